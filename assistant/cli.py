"""The ``policykg`` command line: wiring only, no rules, no parsing, no amounts."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from assistant.eligibility import EligibilityResult, evaluate
from assistant.eligibility.rules import PolicyRules, rules_from_graph
from assistant.eligibility.whatif import compare
from assistant.format import amount_summary, cny_zh
from assistant.profile import CompanyProfile, ProfileError, load_profile, profile_schema
from assistant.report import amount_range, citation, eligibility_markdown, whatif_markdown, with_relevant_questions
from ingest.concepts import load_vocabulary
from ingest.errors import IngestError
from ingest.model import PolicyArea
from kg.export import ExportFormat, serialize
from kg.query import QueryError, load_record
from kg.store import PolicyStore, StoreError, ValidationFailed, ingest_into, open_store
from kg.time_limit import QueryTimeout, run_sparql_limited
from kg.validate import validate_graph

if TYPE_CHECKING:
    from assistant.dialogue import AssistantContext

app = typer.Typer(help="policykg: Chinese support policies as a knowledge graph, with cited "
                       "numbers.", no_args_is_help=True, add_completion=False)
out = Console(width=None if sys.stdout.isatty() else 180)
err = Console(stderr=True, soft_wrap=True)

DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", envvar="POLICYKG_DATA_DIR", file_okay=False,
    help="Folder of persisted policy graphs; without it the bundled policy is used.")]
PolicyOption = Annotated[str | None, typer.Option(
    "--policy", help="Policy id (needed when several policies are loaded).")]


class ProvisionFormat(StrEnum):
    JSON = "json"
    TABLE = "table"


class SparqlFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(Text("error: ", style="bold red") + Text(message), highlight=False)
    raise typer.Exit(code)


def _store(data_dir: Path | None) -> PolicyStore:
    try:
        return open_store(data_dir)
    except StoreError as error:
        fail(str(error))


@app.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="Policy file: .txt, .md or .html (UTF-8, GBK or Big5), .pdf (with "
                                              "a text layer) or .docx.")],
    policy_id: Annotated[str | None, typer.Option("--id", help="Policy id (default: from the "
                                                  "file name).")] = None,
    data_dir: DataDir = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace a stored policy of the same id whose "
                                          "text differs.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Refuse the whole policy when any provision fails "
                                         "the shapes (by default it is left out, with a warning).")] = False,
) -> None:
    """Read a policy, build and validate its graph; with --data-dir, store it."""
    area = _checked_area(file) if data_dir is not None else None
    store = PolicyStore()
    try:
        policy_id, graph = ingest_into(store, file, policy_id, data_dir=data_dir, replace=replace, strict=strict)
    except (IngestError, StoreError) as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot write to the data directory {data_dir}: {error.strerror or error}")
    record = load_record(graph)
    counts: dict[str, int] = {}
    for provision in record.provisions:
        counts[provision.kind.value] = counts.get(provision.kind.value, 0) + 1
    out.print(f"[bold]{record.title}[/] ({policy_id})")
    out.print(f"valid {record.valid_from or '?'} → {record.valid_until or '?'}; "
              f"{len(record.clauses)} clauses, {len(record.provisions)} provisions: "
              + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), highlight=False)
    beside = file.with_suffix(".area.yaml")
    _print_area(record.area, beside if beside.is_file() else None)
    for warning in record.warnings:
        err.print(f"[yellow]warning:[/] {warning}")
    if data_dir is not None:
        out.print(f"stored in {PolicyStore.graph_file(data_dir, policy_id)}")
        _store_area(area, data_dir, policy_id)


def _print_area(read: PolicyArea | None, file: Path | None) -> None:
    """Where the policy applies: as read from its words (code, kind, the words), and the hand-written area
    file that wins over it when there is one."""
    if read is None:
        out.print("area: not found in the text (the assistant will say it assumed the company is in it)")
    else:
        out.print(f"area: {read.label} [{read.code}, {read.kind}] read from 「{read.evidence}」", highlight=False)
    if file is not None:
        out.print(f"area: the hand-written {file.name} is used instead", highlight=False)


def _checked_area(file: Path) -> Path | None:
    """The policy's area (``<name>.area.yaml`` beside its file), read before anything is stored so that a
    broken one is refused naming the file and entry; None when the policy has none."""
    from assistant.understanding.cue_files import CueFileError
    from assistant.understanding.places import load_area

    area = file.with_suffix(".area.yaml")
    if not area.is_file():
        return None
    try:
        load_area(area)
    except CueFileError as error:
        fail(f"the policy's area file {error}")
    return area


def _store_area(area: Path | None, data_dir: Path, policy_id: str) -> None:
    """The policy's area is kept beside its graph, for the chat: written whole (a temporary file renamed
    over it) or not at all; a policy ingested with no area file loses the area an earlier ingest kept."""
    from kg.store import write_atomically

    target = PolicyStore.graph_file(data_dir, policy_id).with_suffix(".area.yaml")
    try:
        if area is None:
            if target.exists():
                target.unlink()
                out.print(f"area: removed {target} (the policy's file has no area file beside it)")
            return
        write_atomically(target, area.read_bytes())
    except OSError as error:
        fail(f"the policy's graph is stored, but its area file {target} could not be "
             f"{'removed' if area is None else 'written'}: {error.strerror or error}")
    out.print(f"area: {target}")


@app.command()
def policies(data_dir: DataDir = None) -> None:
    """List the loaded policies."""
    store = _store(data_dir)
    for policy_id in store.policy_ids():
        record = load_record(store.graph(policy_id))
        window = f"{record.valid_from or '?'} → {record.valid_until or '?'}"
        out.print(f"{policy_id}\t{record.title}\t{window}", highlight=False)


@app.command()
def text(policy: PolicyOption = None, data_dir: DataDir = None) -> None:
    """Print the canonical text (every span refers to it)."""
    store = _store(data_dir)
    try:
        record = load_record(store.graph(policy))
    except StoreError as error:
        fail(str(error))
    sys.stdout.write(record.text + "\n")


@app.command()
def provisions(
    policy: PolicyOption = None,
    output_format: Annotated[ProvisionFormat, typer.Option("--format")] = ProvisionFormat.TABLE,
    data_dir: DataDir = None,
) -> None:
    """Every provision read from the policy, from the graph."""
    store = _store(data_dir)
    try:
        record = load_record(store.graph(policy))
    except StoreError as error:
        fail(str(error))
    if output_format is ProvisionFormat.JSON:
        document = {"policy": record.header_json(),
                    "provisions": [p.to_json() for p in record.provisions]}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=f"{record.title} ({record.valid_from} → {record.valid_until})")
    for column in ("clause", "kind", "tier / level", "amount"):
        table.add_column(column, no_wrap=True)
    table.add_column("who", min_width=16, max_width=24, overflow="fold")
    table.add_column("quote", max_width=32, overflow="ellipsis", no_wrap=True)
    for p in record.provisions:
        tier = " ".join(x for x in (p.tier, p.level) if x)
        who = "、".join(_label(q) for q in p.qualifications) + ("（其他）" if p.residual else "")
        kind = p.kind.value + (" *" if p.discretionary else "")
        quote = p.quote
        table.add_row("".join(p.clause_path) or "—", kind, tier, amount_summary(p), who, quote)
    out.print(table)
    out.print("* discretionary (经综合评估 / 择优 / 一事一议)")


@app.command()
def concepts(
    policy: PolicyOption = None,
    output_format: Annotated[ProvisionFormat, typer.Option("--format")] = ProvisionFormat.TABLE,
    data_dir: DataDir = None,
) -> None:
    """Who the policy's benefits pay, for review: each concept linked to the vocabulary or induced
    from the text, with its provisions and a quote (link one by adding an altLabel to the vocabulary)."""
    from ingest.concept_review import concept_review

    store = _store(data_dir)
    try:
        record = load_record(store.graph(policy))
    except (StoreError, QueryError) as error:
        fail(str(error))
    rows = concept_review(record.provisions)
    if output_format is ProvisionFormat.JSON:
        document = {"policy": record.header_json(), "concepts": [row.to_json() for row in rows]}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=f"{record.title}: who the benefits pay")
    for column in ("concept", "label", "status", "provisions"):
        table.add_column(column, overflow="fold")
    table.add_column("quote", max_width=40, overflow="ellipsis", no_wrap=True)
    for row in rows:
        label = row.label + (f" / {row.label_en}" if row.label_en else "")
        status = row.status + (f" (under {_label(row.group)})" if row.group else "") + (
            f"; serves {'、'.join(_label(s) for s in row.serves)}" if row.serves else "")
        table.add_row(row.concept, label or "—", status,
                      f"{len(row.provisions)}: " + " ".join(f"〔{c}〕" for c in row.clauses), row.quote)
    out.print(table)


@app.command()
def sparql(
    query: Annotated[str | None, typer.Argument(help="A SELECT, ASK, CONSTRUCT or DESCRIBE "
                                                "query; prefixes pkg, pkv, eli, oa, schema, "
                                                "skos, prov, xsd are predeclared.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the query from a file.")]
    = None,
    output_format: Annotated[SparqlFormat, typer.Option("--format")] = SparqlFormat.TABLE,
    limit: Annotated[int, typer.Option(help="At most this many rows.", min=1)] = 1000,
    timeout: Annotated[float, typer.Option(help="Stop the query after this many seconds.", min=0.1)] = 5.0,
    data_dir: DataDir = None,
) -> None:
    """Run a read-only SPARQL query over all loaded policies (updates, SERVICE and FROM
    naming anything but the store's graphs are refused; stopped after --timeout seconds)."""
    if (query is None) == (file is None):
        fail("give a query or --file, not both and not neither")
    text_of_query = query if query is not None else _read_query(file)
    store = _store(data_dir)
    try:
        result = run_sparql_limited(store.dataset(), text_of_query, row_limit=limit, seconds=timeout)
    except QueryTimeout as error:
        fail(f"{error}; allow more with --timeout")
    except QueryError as error:
        fail(str(error))
    if result.form == "ask":
        out.print("true" if result.answer else "false")
        return
    if result.graph is not None:
        sys.stdout.write(result.graph.serialize(format="turtle"))
        return
    if output_format is SparqlFormat.JSON:
        rows = [dict(zip(result.variables, row, strict=True)) for row in result.rows]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif output_format is SparqlFormat.CSV:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(result.variables)
        writer.writerows(result.rows)
    else:
        table = Table(*result.variables)
        for row in result.rows:
            table.add_row(*(value or "" for value in row))
        out.print(table)
    if result.truncated:
        err.print(f"[yellow]warning:[/] stopped at {limit} rows (--limit)")


def _label(concept_id: str) -> str:
    vocabulary = load_vocabulary()
    return vocabulary[concept_id].label_zh if concept_id in vocabulary else concept_id


def _read_query(file: Path | None) -> str:
    assert file is not None
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        fail(f"{file}: cannot read the query ({error})")


@app.command()
def validate(policy: PolicyOption = None, data_dir: DataDir = None) -> None:
    """Check the graph against the SHACL shapes; exit 1 if it does not conform."""
    store = _store(data_dir)
    ids = [policy] if policy else store.policy_ids()
    failed = False
    for policy_id in ids:
        try:
            report = validate_graph(store.graph(policy_id))
        except StoreError as error:
            fail(str(error))
        out.print(f"{policy_id}: {report.summary()}", highlight=False)
        failed = failed or not report.conforms
    if failed:
        raise typer.Exit(1)


@app.command()
def export(
    policy: PolicyOption = None,
    output_format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.TURTLE,
    output: Annotated[Path | None, typer.Option("--output", "-o", dir_okay=False)] = None,
    data_dir: DataDir = None,
) -> None:
    """Write one policy's graph as Turtle, JSON-LD, N-Triples or TriG."""
    store = _store(data_dir)
    try:
        text_out = serialize(store.graph(policy), output_format)
    except StoreError as error:
        fail(str(error))
    if output is None:
        sys.stdout.write(text_out)
        return
    from kg.store import write_atomically

    try:
        write_atomically(output, text_out.encode("utf-8"))
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")
    err.print(f"wrote {output}", highlight=False, markup=False)


class ReportFormat(StrEnum):
    JSON = "json"
    TABLE = "table"
    MD = "md"


def _as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--as-of {value!r} is not a date in the form YYYY-MM-DD")


def _profile(path: Path) -> CompanyProfile:
    try:
        return load_profile(path)
    except ProfileError as error:
        fail(str(error))


def _rules(policy: str | None, data_dir: Path | None) -> PolicyRules:
    store = _store(data_dir)
    try:
        graph = store.graph(policy)
    except StoreError as error:
        fail(str(error))
    rules = rules_from_graph(graph)
    _check_area(rules.record.id, data_dir)
    return rules


def _check_area(policy_id: str, data_dir: Path | None) -> None:
    """A stored policy whose area file is broken is refused, naming the file and what is wrong."""
    from assistant.understanding.cue_files import CueFileError
    from assistant.understanding.policy_terms import policy_area

    try:
        policy_area(policy_id, data_dir)
    except CueFileError as error:
        fail(f"the policy's area file {error}")


def _evaluate(profile: CompanyProfile, as_of: dt.date, policy: str | None, data_dir: Path | None
              ) -> EligibilityResult:
    return evaluate(profile, as_of, _rules(policy, data_dir))


@app.command()
def schema(what: Annotated[str, typer.Argument(help="What to describe: profile.")] = "profile") -> None:
    """Print the JSON Schema of the company profile."""
    if what != "profile":
        fail(f"unknown schema {what!r}; available: profile")
    sys.stdout.write(json.dumps(profile_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def eligibility(
    profile: Annotated[Path, typer.Option("--profile", help="Company profile, JSON or YAML.")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (default today).")] = None,
    output_format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.TABLE,
    policy: PolicyOption = None,
    data_dir: DataDir = None,
) -> None:
    """What the company can claim on a date, every amount with its clause."""
    company = _profile(profile)
    rules = _rules(policy, data_dir)
    result = evaluate(company, _as_of(as_of), rules)
    if output_format is ReportFormat.JSON:  # for programs: every question the engine has
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    shown = with_relevant_questions(result, rules, company)  # for a person: the few that matter to this company
    if output_format is ReportFormat.MD:
        sys.stdout.write(eligibility_markdown(shown, company.name))
    else:
        _print_result(shown)


def _print_result(result: EligibilityResult) -> None:
    if result.notice:
        out.print(f"[bold red]{result.notice}[/]")
    out.print(f"[bold]{result.policy['title']}[/] — {result.as_of}: {result.policy_status}", highlight=False)
    table = Table()
    for column in ("clause", "measure", "amount", "basis"):
        table.add_column(column, overflow="fold")
    for b in result.benefits:
        table.add_row(citation(b.clause_path), b.title + (" *" if b.discretionary else ""),
                      amount_range(b.amount_min_cny, b.amount_max_cny), b.basis)
    out.print(table)
    out.print(f"guaranteed {cny_zh(result.total_min_cny)}, up to {cny_zh(result.total_max_cny)}"
              + (" + case by case" if result.total_max_unbounded else ""), highlight=False)
    for question in result.questions:
        out.print(f"? {question.question_en} (up to {cny_zh(question.value_cny)})", highlight=False)


@app.command()
def whatif(
    profile_a: Annotated[Path, typer.Argument(help="Profile A (JSON or YAML).")],
    profile_b: Annotated[Path | None, typer.Argument(help="Profile B (default: A again).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date for A (and B).")] = None,
    as_of_b: Annotated[str | None, typer.Option("--as-of-b", help="Another date for B.")] = None,
    output_format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.MD,
    policy: PolicyOption = None,
    data_dir: DataDir = None,
) -> None:
    """Compare two profiles, or one profile on two dates, side by side."""
    if profile_b is None and as_of_b is None:
        fail("give a second profile or --as-of-b to compare against")
    first = _profile(profile_a)
    second = _profile(profile_b) if profile_b is not None else first
    date_a = _as_of(as_of)
    date_b = _as_of(as_of_b) if as_of_b is not None else date_a
    comparison = compare(_evaluate(first, date_a, policy, data_dir), _evaluate(second, date_b, policy, data_dir))
    if output_format is ReportFormat.JSON:
        sys.stdout.write(json.dumps(comparison.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(whatif_markdown(comparison))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="A question, in Chinese, English or another language.")],
    k: Annotated[int, typer.Option("-k", min=1, max=20, help="How many clauses to return.")] = 3,
    output_format: Annotated[ProvisionFormat, typer.Option("--format")] = ProvisionFormat.TABLE,
    policy: PolicyOption = None,
    data_dir: DataDir = None,
) -> None:
    """Find the clauses that answer a question, citing the best sentence of each."""
    from assistant.retrieval.embedders import EmbedderError, embedder_from_name
    from assistant.retrieval.search import MAX_QUERY_CHARS, build_search, default_cache_dir
    from assistant.retrieval.search import QueryError as SearchQueryError

    store = _store(data_dir)
    try:
        record = load_record(store.graph(policy))
        cache = data_dir / "index" if data_dir is not None else default_cache_dir()
        result = build_search(record, embedder_from_name(), cache).search(query, k)
    except (StoreError, EmbedderError, SearchQueryError) as error:
        fail(str(error))
    if output_format is ProvisionFormat.JSON:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    labels = {"answer": "answer", "caveat": "caveat: the nearest clauses may not answer this",
              "not_covered": "not covered: the policy does not address this; nearest clauses"}
    if result.truncated:
        err.print(f"[yellow]warning:[/] only the first {MAX_QUERY_CHARS} characters of the query were searched")
    out.print(f"[bold]{labels[result.status]}[/]")
    for hit in result.hits:
        out.print(f"{citation(hit.clause_path)} {hit.score:.3f}  {hit.sentence}", highlight=False)


def _assistant_context(policy: str | None, data_dir: Path | None) -> AssistantContext | None:
    """The conversation's policy: None (the bundled default, cached) when neither option is given."""
    if policy is None and data_dir is None:
        return None
    from assistant.dialogue import AssistantContext
    from assistant.eligibility.rules import rules_from_graph

    store = _store(data_dir)
    try:
        rules = rules_from_graph(store.graph(policy))
    except (StoreError, QueryError) as error:
        fail(str(error))
    _check_area(rules.record.id, data_dir)
    return AssistantContext(rules, data_dir=data_dir)  # its search index is built on first use, cached by content


class AskFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


@app.command()
def ask(
    message: Annotated[str, typer.Argument(help="What you would say: a question or your company's situation.")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date YYYY-MM-DD (default today).")] = None,
    session: Annotated[Path | None, typer.Option("--session", dir_okay=False,
                                                 help="A JSON file keeping the conversation between calls.")] = None,
    output_format: Annotated[AskFormat, typer.Option("--format")] = AskFormat.TEXT,
    policy: PolicyOption = None,
    data_dir: DataDir = None,
) -> None:
    """Talk to the assistant (Chinese or English) about one policy; with --session, facts accumulate
    across calls."""
    from assistant.dialogue import new_state, respond
    from assistant.session_state import StateError, read_state_file

    context = _assistant_context(policy, data_dir)

    state = new_state(_as_of(as_of))
    if session is not None and session.is_file():
        try:
            state = read_state_file(session)
        except StateError as error:
            fail(str(error))
        if as_of is not None:
            state = state.model_copy(update={"as_of": _as_of(as_of)})
    reply, state = respond(message, state, context)
    if session is not None:
        from kg.store import write_atomically

        try:
            write_atomically(session, state.model_dump_json(indent=1).encode("utf-8"))
        except OSError as error:
            fail(f"cannot write the session file {session}: {error.strerror or error}")
    if output_format is AskFormat.JSON:
        sys.stdout.write(json.dumps(reply.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(reply.answer + "\n")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to bind; anything but 127.0.0.1 is explicit.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 7860,
) -> None:
    """Start the web app (chat, company check, policy text) on the bundled policy."""
    from ui.app import serve as serve_app

    serve_app(host, port)


@app.command()
def api(
    host: Annotated[str, typer.Option("--host", help="Interface to bind; anything but 127.0.0.1 is explicit.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, max=16, help="Server processes.")] = 1,
    rate_limit: Annotated[str, typer.Option("--rate-limit", envvar="POLICYKG_API_RATE_LIMIT",
                                            help="Per client address, e.g. '40/2 second', or 'off'.")]
    = "40/2 second",
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body, bytes.")] = 256 * 1024,
    access_log: Annotated[bool, typer.Option("--access-log", help="Log every request.")] = False,
    policy: PolicyOption = None,
    data_dir: DataDir = None,
) -> None:
    """Serve the JSON web API (eligibility, ask, search, provisions, SPARQL; OpenAPI page at /docs)."""
    from api.server import serve as serve_api
    from api.settings import ApiSettings, SettingsError
    from assistant.retrieval.embedders import EmbedderError
    from assistant.understanding.cue_files import CueFileError

    try:
        settings = ApiSettings(rate_limit=rate_limit, max_body_bytes=max_body, data_dir=data_dir, policy=policy)
        serve_api(settings, host, port, workers=workers, access_log=access_log)
    except (SettingsError, StoreError, EmbedderError, CueFileError) as error:
        fail(str(error))


def main() -> None:  # pragma: no cover - the console script calls app directly
    app()


__all__ = ["ValidationFailed", "app"]

if __name__ == "__main__":  # python -m assistant.cli, as the console script
    main()
