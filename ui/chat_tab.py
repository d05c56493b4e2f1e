"""The chat tab: the conversation, cited answers, and the understood profile beside it
(editable, then recalculated)."""

from __future__ import annotations

from typing import Any

from assistant.retrieval.language import detect_language
from ui import handlers
from ui.labels import column_headers, label
from ui.page_context import Labelled, PageContext
from ui.profile_form import table_rows

History = list[dict[str, str]]
PROFILE_TABLE_COLUMNS = ("profile.field", "profile.value", "profile.words")


def build_chat_tab(page: PageContext) -> Labelled:
    """The tab's components, created in the current Gradio layout, wired to their events."""
    import gradio as gr

    def turn(message: str, history: History, state_json: str, as_of_text: str, mode: str) -> list[Any]:
        said = {"role": "user", "content": handlers.answer_markdown(message)}
        try:
            reply, new_state_json = handlers.ask(message, state_json, as_of_text, page.assistant)
        except handlers.InputError as error:  # the typed message stays in the box to send again
            refused = {"role": "assistant", "content": handlers.error_markdown(error, mode)}
            return [[*history, said, refused], state_json, gr.skip(), gr.skip(), gr.skip(), *no_buttons()]
        answer = {"role": "assistant", "content": handlers.answer_markdown(reply["answer"], page.citations)}
        rows = profile_frame(handlers.profile_rows(reply), mode)
        in_language = mode if mode in ("zh", "en") else reply["lang"]  # both: the conversation's language
        offered = handlers.quick_replies(reply, state_json, new_state_json, in_language, page.assistant)
        return [[*history, said, answer], new_state_json, rows, "", reply["lang"], *buttons(offered)]

    def no_buttons() -> list[Any]:
        return [*(gr.update(visible=False) for _ in quick), []]

    def buttons(offered: list[handlers.QuickReply]) -> list[Any]:
        shown = [gr.update(value=offered[i].label, visible=True) if i < len(offered) else gr.update(visible=False)
                 for i in range(len(quick))]
        return [*shown, [reply.message for reply in offered]]

    def quick_turn(number: int) -> Any:
        def send(sent: list[str], history: History, state_json: str, as_of_text: str, mode: str) -> list[Any]:
            if number >= len(sent or []):
                return [gr.skip() for _ in outputs]
            return turn(sent[number], history, state_json, as_of_text, mode)
        return send

    def apply_edits(rows: Any, history: History, state_json: str, as_of_text: str, lang: str, mode: str
                    ) -> tuple[History, str, Any]:
        try:
            reply, state_json = handlers.apply_profile_edits(table_rows(rows), state_json, as_of_text, lang,
                                                             page.assistant)
        except handlers.InputError as error:
            note = ("修改未生效：" if lang == "zh" else "The edit was not applied: ") + str(error)
            return [*history, {"role": "assistant", "content": handlers.answer_markdown(note)}], state_json, gr.skip()
        question = handlers.EDIT_QUESTION.get(lang, handlers.EDIT_QUESTION["en"])
        answer = handlers.answer_markdown(reply["answer"], page.citations)
        history = [*history, {"role": "user", "content": question}, {"role": "assistant", "content": answer}]
        return history, state_json, profile_frame(handlers.profile_rows(reply), mode)

    state = gr.State("")
    lang = gr.State("zh")
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(label=label("chatbot"), elem_id="chatbot", height=520, show_label=False)
            with gr.Row(elem_id="chat-quick-replies"):  # the question just asked, answered by a click
                quick = [gr.Button(visible=False, size="sm", elem_id=f"chat-quick-{i}", min_width=80)
                         for i in range(handlers.MAX_QUICK_REPLIES)]
            quick_messages = gr.State([])
            message = gr.Textbox(label=label("message"), elem_id="chat-input", lines=2)
            send = gr.Button(label("send"), variant="primary", elem_id="chat-send")
            # one list per language, so that a single-language interface shows its own questions only
            by_language = {lang: [q for q in page.examples.questions if (detect_language(q) == "zh") == (lang == "zh")]
                           for lang in ("zh", "en")}
            examples = {lang: gr.Examples(questions, inputs=message, label=label("examples", lang))
                        for lang, questions in by_language.items() if questions}
        with gr.Column(scale=2):
            profile = gr.Dataframe(headers=column_headers(PROFILE_TABLE_COLUMNS), label=label("profile"),
                                   elem_id="profile", wrap=True, interactive=True,
                                   column_widths=["22%", "48%", "30%"], column_count=3, static_columns=[0, 2])
            apply = gr.Button(label("apply"), elem_id="profile-apply")
    inputs = [message, chatbot, state, page.as_of, page.language]
    outputs = [chatbot, state, profile, message, lang, *quick, quick_messages]
    send.click(turn, inputs, outputs, api_visibility="private")
    message.submit(turn, inputs, outputs, api_visibility="private")
    for number, button in enumerate(quick):
        button.click(quick_turn(number), [quick_messages, *inputs[1:]], outputs, api_visibility="private")
    chatbot.clear(lambda mode: ["", profile_frame([], mode), *no_buttons()], page.language,
                  [state, profile, *quick, quick_messages], api_visibility="private")
    apply.click(apply_edits, [profile, chatbot, state, page.as_of, lang, page.language], [chatbot, state, profile],
                api_visibility="private")
    page.language.change(lambda mode, rows: profile_frame(table_rows(rows), mode), [page.language, profile], profile,
                         api_visibility="private")
    words: Labelled = [(chatbot, "chatbot", "label"), (message, "message", "label"), (send, "send", "value"),
                       (profile, "profile", "label"), (apply, "apply", "value")]
    shown = list(examples.items())
    for _, example in shown:  # a clicked example restores the box's first label: put the interface's back
        example.load_input_event.then(lambda mode: gr.update(label=label("message", mode)), page.language, message,
                                      api_visibility="private")
    page.language.change(lambda mode: [gr.update(visible=mode in ("both", lang)) for lang, _ in shown], page.language,
                         [example.dataset for _, example in shown], api_visibility="private")
    return words


def profile_frame(rows: list[list[str]], mode: str) -> Any:
    """The understood-profile table, headed in the interface language ``mode``."""
    import pandas as pd

    return pd.DataFrame(rows, columns=column_headers(PROFILE_TABLE_COLUMNS, mode))
