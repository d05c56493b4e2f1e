"""What a message asks for, by rules a reader can check."""

from __future__ import annotations

import re
from enum import StrEnum


class Intent(StrEnum):
    ELIGIBILITY = "eligibility"
    CLAUSE_QUESTION = "clause_question"
    EXPLANATION = "explanation"
    WHATIF = "whatif"
    GRAPH_QUESTION = "graph_question"
    VALIDITY = "validity"
    CORRECTION = "correction"
    SMALLTALK = "smalltalk"
    OUT_OF_SCOPE = "out_of_scope"


_CORRECTION = re.compile(r"^\s*(?:不对|不是的|错了|更正|纠正|我说错了|说错了|应该是|sorry\b|i should have said|i meant|"
                         r"my mistake|actually|correction|no,? it)", re.IGNORECASE)
_WHATIF = re.compile(r"如果|假如|假设|要是|万一|换成|改成|what if|suppose|supposing|if we (?:also|were|got|became|get)|"
                     r"\bif it (?:were|was)\b|\binstead\b",
                     re.IGNORECASE)
_EXPLANATION = re.compile(r"为什么|为何|怎么算|如何计算|怎么得出|依据是什么|\bwhy\b|how (?:is|was|did you) .*"
                          r"(?:calculat|comput|get)|where does .* come from|explain", re.IGNORECASE)
_GRAPH = re.compile(r"哪些条款|哪几条|哪些条|列出.*条款|which (?:clauses|provisions|measures)|list (?:the )?(?:clauses|"
                    r"provisions)", re.IGNORECASE)
_HOW_MUCH = re.compile(r"能拿多少|能拿到|可以拿|能领|能享受|能获得|拿多少|多少钱|补多少|能补|有多少|符合哪些|能申请|"
                       r"what (?:can|could|do|would) we (?:get|receive|claim)|how much|eligible|entitled|qualify",
                       re.IGNORECASE)
_SMALLTALK = re.compile(r"^\s*(?:你好|您好|嗨|哈喽|谢谢|多谢|再见|早上好|hi|hello|hey|thanks|thank you|bye|good (?:morning|"
                        r"afternoon))\b[\s!！。.,，]*$", re.IGNORECASE)
_RULE_QUESTION = re.compile(r"退钱|退回|要不要退|要退|退吗|会怎样|会怎么样|pay (?:it )?back|have to repay|refund|what happens if|"
                            r"give (?:the )?(?:money|subsid\w*|funds?) back|give back|return the (?:money|subsid)|"
                            r"(?:如果|假如|要是).{0,12}(?:搬走|迁走|迁出|搬离|迁离)(?!.{0,12}(?:迁入|搬入|落户))|"
                            r"\bif we (?:leave|move out|move away|relocate)\b", re.IGNORECASE)
_ABOUT_YOU = re.compile(r"你是谁|你能(?:帮我)?做什么|能帮我做什么|你会什么|who are you|what can you do|what do you do",
                        re.IGNORECASE)
_POLICY_WORDS = re.compile(r"支持|补贴|补助|奖励|资助|扶持|政策|条款|申报|退|有效期|过期|到期|认定|上市|专利|人才|孵化|实验室|标准|"
                           r"经费|运营|工作站|联盟|"
                           r"support|subsid|grant|reward|policy|polic|funding|fund|eligib|apply|refund|repay|incentive|"
                           r"clause|valid|expire|listing|patent|talent|incubat|lab\b|standard|zone|award|bonus", re.IGNORECASE)
_VALIDITY = re.compile(
    r"有效期|还能申请|还可以申请|还能申报|还可以申报|(?:是否|还)有效|有效吗|有效没|过期|失效|到期|政策.{0,4}截止|"
    r"什么时候(?:开始|结束)|(?:\d{4}年|\d{1,2}月|明年|今年|去年)(?:还)?能申请吗|"
    r"\bvalid\b|validity|expire|\bstill (?:apply|claim|open|in force|running)\b|in force|"
    r"when does (?:it|the policy|this policy) (?:end|start)", re.IGNORECASE)
"""A question about the policy's window, not about a company."""
_ABOUT_A_RECOGNITION = re.compile(r"(?:资格|认定|证书|称号)(?:的)?有效期|有效期.{0,3}(?:几|多少)年|"
                                  r"(?:资格|认定|证书|称号).{0,8}(?:还)?有效(?:吗|么)|"
                                  r"(?:recognition|certificate|status) (?:is )?valid for", re.IGNORECASE)
"""高企资格的有效期是几年？ asks about a recognition's term, which a support policy does not set."""
_THANKS = re.compile(r"^\s*(?:谢谢|多谢|感谢|thanks|thank you|great|perfect|好的)\b", re.IGNORECASE)
_QUESTION = re.compile(r"[?？]|吗|呢|是否|有没有|能不能|可不可以|怎么|如何|多久|多少|什么|\b(?:is|are|do|does|can|will|"
                       r"what|how|when|which|who)\b", re.IGNORECASE)
_INJECTION = re.compile(r"ignore (?:all |the )?(?:previous|above) instructions|system prompt|忽略(?:之前|以上)|"
                        r"<script|drop\s+table|;\s*--|\bunion\s+select\b", re.IGNORECASE)


def classify(message: str, has_facts: bool, has_result: bool) -> Intent:
    """The intent of ``message``; ``has_facts``: it states facts about the company;
    ``has_result``: an earlier answer exists to explain or vary."""
    if _INJECTION.search(message):
        return Intent.OUT_OF_SCOPE
    if _SMALLTALK.match(message) or (_THANKS.match(message) and not has_facts and not _QUESTION.search(message)) \
            or (_ABOUT_YOU.search(message) and not has_facts):
        return Intent.SMALLTALK
    if _CORRECTION.match(message):
        return Intent.CORRECTION
    if _RULE_QUESTION.search(message) and _QUESTION.search(message):
        return Intent.CLAUSE_QUESTION
    if _VALIDITY.search(message) and _QUESTION.search(message) and not has_facts \
            and not _ABOUT_A_RECOGNITION.search(message):
        return Intent.VALIDITY
    if _WHATIF.search(message):
        return Intent.WHATIF
    if _EXPLANATION.search(message) and has_result and not has_facts:
        return Intent.EXPLANATION
    if _GRAPH.search(message):
        return Intent.GRAPH_QUESTION
    if has_facts or _HOW_MUCH.search(message):
        return Intent.ELIGIBILITY
    if _QUESTION.search(message) and (_POLICY_WORDS.search(message) or _names_policy_concept(message)):
        return Intent.CLAUSE_QUESTION
    return Intent.OUT_OF_SCOPE


def _names_policy_concept(message: str) -> bool:
    from ingest.concepts import SCHEMES, load_vocabulary

    vocabulary = load_vocabulary()
    return any(vocabulary.find(message, scheme, plurals=True) for scheme in SCHEMES if scheme != "levels")
