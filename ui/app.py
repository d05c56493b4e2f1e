"""The Gradio page for one policy: a banner with the as-of date and the interface language,
then the tabs (chat, company check, pitch sheet, explore, policy text) and the named REST
events. Composition only: each tab is built in its own module, the work is in ``ui.handlers``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from assistant.dialogue import AssistantContext
from assistant.eligibility.engine import policy_status, status_notice
from assistant.format import markdown_text
from ui import handlers
from ui.chat_tab import build_chat_tab
from ui.check_tab import build_check_tab
from ui.examples import load_examples
from ui.explore_tab import build_explore_tab
from ui.labels import MODES, choices, label
from ui.page_assets import PAGE_CSS, PAGE_SCRIPT
from ui.page_context import Labelled, PageContext
from ui.pitch_tab import build_pitch_tab
from ui.policy_text import citation_targets
from ui.policy_text_tab import build_policy_text_tab
from ui.rest_api import register_rest_api
from ui.warmup import WARMING, Warmup, announce, follow, search_warmup, status_text, status_update

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7860


def offline_environment(base: Path) -> None:
    """No analytics, no hub look-ups, caches inside the project (set before Gradio is imported)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    os.environ.setdefault("GRADIO_TEMP_DIR", str(base / "gradio-tmp"))
    os.environ.setdefault("MPLCONFIGDIR", str(base / "matplotlib"))


def status_markdown(context: AssistantContext, as_of_text: str | None, mode: str = "both") -> str:
    """The banner: the policy, the date and whether it is in force then (expired is prominent),
    in the interface's language (``mode``: both, zh or en)."""
    record = context.rules.record
    try:
        as_of = handlers.parse_as_of(as_of_text)
    except handlers.InputError:
        window = f"{record.valid_from or '?'} – {record.valid_until or '?'}"
        typed = markdown_text((as_of_text or "").strip())
        return (f"### {markdown_text(record.title)}\n{label('valid', mode)} {window}\n\n"
                f"**{label('bad_date', mode)}** {typed}")
    status = policy_status(context.rules, as_of)
    notice = status_notice(context.rules, status) or ""
    if mode != "both" and "。 " in notice:  # the notice says it in Chinese, then in English
        zh, en = notice.split("。 ", 1)
        notice = zh + "。" if mode == "zh" else en
    window = f"{record.valid_from or '?'} – {record.valid_until or '?'}"
    line = f"### {markdown_text(record.title)}\n{label('valid', mode)} {window} · {label('as_of_short', mode)} {as_of}"
    if status == "expired":
        return f"{line}\n\n**{label('expired', mode)}** — {notice}"
    return f"{line}\n\n**{notice}**" if notice else f"{line}\n\n{label('in_force', mode)}"


def relabelled_components(labelled: Labelled) -> list[tuple[Any, list[tuple[str, str]]]]:
    """Each component the language switch rewrites once, with its (words key, attribute) pairs
    (a radio has a label and choices)."""
    grouped: dict[int, tuple[Any, list[tuple[str, str]]]] = {}
    for component, key, attribute in labelled:
        grouped.setdefault(id(component), (component, []))[1].append((key, attribute))
    return list(grouped.values())


def words_update(entries: list[tuple[str, str]], mode: str) -> dict[str, Any]:
    """The properties that put one component's words in ``mode``'s language."""
    return {attribute: choices(key, mode) if attribute == "choices" else label(key, mode)
            for key, attribute in entries}


def build_app(context: AssistantContext, policy_graph: Graph, dataset: Dataset, downloads: Path,
              warmup: Warmup | None = None) -> Any:
    """The page for one policy; ``dataset`` (its graph with the vocabulary) answers SPARQL and
    downloads (of ``policy_graph``) are written to ``downloads``. While ``warmup`` (search being
    prepared in the background) runs, a status line under the banner says so (without one,
    search is built by the first question that needs it)."""
    import gradio as gr

    record = context.rules.record
    warmup = warmup or Warmup.skipped()
    with gr.Blocks(title="policykg") as page:
        with gr.Row(equal_height=False):
            with gr.Column():
                status = gr.Markdown(status_markdown(context, dt.date.today().isoformat()), elem_id="status-banner")
                search_text = status_text(warmup)
                search_status = gr.Markdown(search_text, visible=bool(search_text), elem_id="search-status")
            with gr.Column(scale=0, min_width=340):
                as_of = gr.Textbox(dt.date.today().isoformat(), label=label("as_of"), elem_id="as-of", max_lines=1)
                language = gr.Radio(MODES, value="both", label=label("language"), elem_id="interface-language")
        as_of.change(lambda text, mode: status_markdown(context, text, mode), [as_of, language], status,
                     api_visibility="private")
        shared = PageContext(context, citation_targets(record), as_of, language, downloads, load_examples(record.id))
        labelled: Labelled = [(as_of, "as_of", "label"), (language, "language", "label")]
        with gr.Tabs():
            with gr.Tab(label("tab_chat"), id="chat") as tab_chat:
                labelled += [(tab_chat, "tab_chat", "label"), *build_chat_tab(shared)]
            with gr.Tab(label("tab_check"), id="check") as tab_check:
                company_a, words = build_check_tab(shared)
                labelled += [(tab_check, "tab_check", "label"), *words]
            with gr.Tab(label("tab_pitch"), id="pitch") as tab_pitch:
                labelled += [(tab_pitch, "tab_pitch", "label"), *build_pitch_tab(shared, company_a)]
            with gr.Tab(label("tab_explore"), id="explore") as tab_explore:
                labelled += [(tab_explore, "tab_explore", "label"),
                             *build_explore_tab(shared, policy_graph, dataset, tab_explore)]
            with gr.Tab(label("tab_text"), id="text") as tab_text:
                labelled += [(tab_text, "tab_text", "label"), *build_policy_text_tab(shared, record)]

        relabelled = relabelled_components(labelled)

        def switch_language(mode: str, as_of_text: str) -> list[Any]:
            return [status_markdown(context, as_of_text, mode), status_update(warmup, mode),
                    *(gr.update(**words_update(entries, mode)) for _, entries in relabelled)]

        language.change(switch_language, [language, as_of],
                        [status, search_status, *(component for component, _ in relabelled)],
                        api_visibility="private")

        def follow_warmup(mode: str) -> Iterator[dict[str, Any]]:
            yield from follow(warmup, mode)

        page.load(follow_warmup, language, search_status, api_visibility="private", show_progress="hidden",
                  concurrency_limit=None)
        register_rest_api(context)
    return page


def serve(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, block: bool = True, eager: bool = False) -> Any:
    """Start the app on the bundled policy; binds to 127.0.0.1 unless another host is asked for.

    The policy comes from the start-up cache (:mod:`ui.policy_cache`) and search warms up in the
    background once the page is served (:mod:`ui.warmup`). ``eager`` is the old synchronous
    start, kept as the benchmark's baseline: the policy read from its text and search built
    before the page is served."""
    cache = Path.cwd() / ".cache"
    offline_environment(cache)
    from assistant.retrieval.search import default_cache_dir
    from ui.policy_cache import load_bundled_policy, read_bundled_policy

    loaded = read_bundled_policy() if eager else load_bundled_policy(default_cache_dir())
    context = AssistantContext(loaded.rules)
    warmup = search_warmup(context, on_done=announce)
    if eager:
        warmup.run()
    page = build_app(context, loaded.graph, loaded.store.dataset(), cache / "downloads", warmup)
    # quiet: Gradio's own lines include a hint about public share links, which this offline app
    # never makes; the address is said here instead
    page.launch(server_name=host, server_port=port, prevent_thread_lock=True, css=PAGE_CSS,
                footer_links=["api"], show_error=True, head=PAGE_SCRIPT, max_file_size="1mb",
                allowed_paths=[str(cache / "downloads")], quiet=True)
    print(f"policykg: the app is ready at {page.local_url} (Ctrl+C stops it)"
          + ("; search is warming up" if warmup.state == WARMING else ""), flush=True)
    if not eager:
        warmup.start()
    if block:
        page.block_thread()
    return page


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="policykg web app")
    parser.add_argument("--host", default=DEFAULT_HOST, help="interface to bind (default 127.0.0.1 only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--eager", action="store_true",
                        help="read the policy and build search before serving, without the start-up cache "
                             "(the old start, for comparison)")
    arguments = parser.parse_args(argv)
    serve(arguments.host, arguments.port, eager=arguments.eager)
