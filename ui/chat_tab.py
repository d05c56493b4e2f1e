"""The chat tab: the conversation, cited answers, the question asked back offered as quick
replies, and what was understood beside it as the profile form (edited, then recalculated)."""

from __future__ import annotations

from typing import Any

from assistant.profile import CompanyProfile
from assistant.retrieval.language import detect_language
from ui import handlers
from ui.form_widgets import profile_form_widgets
from ui.labels import label
from ui.page_context import Labelled, PageContext
from ui.profile_form import form_values

History = list[dict[str, str]]


def build_chat_tab(page: PageContext) -> Labelled:
    """The tab's components, created in the current Gradio layout, wired to their events."""
    import gradio as gr

    def turn(message: str, history: History, state_json: str, as_of_text: str, mode: str) -> list[Any]:
        said = {"role": "user", "content": handlers.answer_markdown(message)}
        try:
            reply, new_state_json = handlers.ask(message, state_json, as_of_text, page.assistant)
        except handlers.InputError as error:  # the typed message stays in the box to send again
            refused = {"role": "assistant", "content": handlers.error_markdown(error, mode)}
            return [[*history, said, refused], state_json, *(gr.skip() for _ in panel), gr.skip(), gr.skip(),
                    *no_buttons()]
        answer = {"role": "assistant", "content": handlers.answer_markdown(reply["answer"], page.citations)}
        in_language = mode if mode in ("zh", "en") else reply["lang"]  # both: the conversation's language
        offered = handlers.quick_replies(reply, state_json, new_state_json, in_language, page.assistant)
        return [[*history, said, answer], new_state_json, *panel_values(reply, mode), "", reply["lang"],
                *buttons(offered)]

    def panel_values(reply: dict[str, Any], mode: str) -> list[Any]:
        """The fact panel: the form with what was understood, and the words it came from."""
        return [*facts.show(handlers.chat_form_values(reply, mode), mode), handlers.chat_words_markdown(reply, mode)]

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

    def apply_edits(*cells: Any) -> list[Any]:
        history, state_json, as_of_text, lang, mode = cells[len(facts.components):]
        try:
            reply, state_json = handlers.apply_profile_form(facts.read(cells[:len(facts.components)]), state_json,
                                                            as_of_text, lang, page.assistant, mode)
        except handlers.InputError as error:
            note = f"{label('not_applied', lang if lang in ('zh', 'en') else 'both')}：{error}"
            return [[*history, {"role": "assistant", "content": handlers.answer_markdown(note)}], state_json,
                    *(gr.skip() for _ in panel), *no_buttons()]
        question = handlers.EDIT_QUESTION.get(lang, handlers.EDIT_QUESTION["en"])
        answer = handlers.answer_markdown(reply["answer"], page.citations)
        history = [*history, {"role": "user", "content": question}, {"role": "assistant", "content": answer}]
        return [history, state_json, *panel_values(reply, mode), *no_buttons()]

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
        with gr.Column(scale=2, elem_id="profile"):
            panel_title = gr.Markdown(f"**{label('chat_form')}**", elem_id="profile-title")
            facts = profile_form_widgets("chat", form_values(CompanyProfile()), page.language, adder_open=False)
            words = gr.Markdown(elem_id="profile-words")
            apply = gr.Button(label("apply"), elem_id="profile-apply")
    panel = [*facts.components, words]
    inputs = [message, chatbot, state, page.as_of, page.language]
    outputs = [chatbot, state, *panel, message, lang, *quick, quick_messages]
    send.click(turn, inputs, outputs, api_visibility="private")
    message.submit(turn, inputs, outputs, api_visibility="private")
    for number, button in enumerate(quick):
        button.click(quick_turn(number), [quick_messages, *inputs[1:]], outputs, api_visibility="private")
    chatbot.clear(lambda mode: ["", *facts.show(form_values(CompanyProfile()), mode), "", *no_buttons()],
                  page.language, [state, *panel, *quick, quick_messages], api_visibility="private")
    apply.click(apply_edits, [*facts.components, chatbot, state, page.as_of, lang, page.language],
                [chatbot, state, *panel, *quick, quick_messages], api_visibility="private")
    page.language.change(lambda mode, *values: [f"**{label('chat_form', mode)}**", *facts.reworded(mode, values)],
                         [page.language, *facts.worded], [panel_title, *facts.reworded_components],
                         api_visibility="private", queue=False)
    labelled: Labelled = [(chatbot, "chatbot", "label"), (message, "message", "label"), (send, "send", "value"),
                          (apply, "apply", "value"), *facts.labelled]
    shown = list(examples.items())
    for _, example in shown:  # a clicked example restores the box's first label: put the interface's back
        example.load_input_event.then(lambda mode: gr.update(label=label("message", mode)), page.language, message,
                                      api_visibility="private")
    page.language.change(lambda mode: [gr.update(visible=mode in ("both", lang)) for lang, _ in shown], page.language,
                         [example.dataset for _, example in shown], api_visibility="private")
    return labelled
