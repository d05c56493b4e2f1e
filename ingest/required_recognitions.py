"""A recognition the payee must obtain, said in a part of its own after the payee (``PAYEE_RECOGNITION``):
经认定的总部企业，自认定之日起，其首次被评为世界企业500强的，给予一次性2000万元 pays a headquarters only once it is
rated a world top-500 — not every headquarters. The reader keeps it as a condition (``recognition_required``, the
recognition as its ``tier``) governing the awards of its sentence; the engine pays them only to a company that says
it holds that recognition, and asks the rest (``assistant/eligibility/required_recognitions.py``). A recognition the
vocabulary names (其被认定为国家B类企业的) is read as a qualification already and gives no condition."""

from __future__ import annotations

import re

from ingest.concepts import Vocabulary
from ingest.draft import Draft
from ingest.model import ProvisionKind
from ingest.structure import Sentence

RECOGNITION_REQUIRED_SUBTYPE = "recognition_required"
PAYEE_RECOGNITION = re.compile(
    r"(?:^|[，,；;])\s*其\s*(?:首次|第一次|初次|新)?\s*(?:被)?(?:评为|认定为|评定为|获评|入选|列入|纳入|荣获)\s*"
    r"(?P<kind>[^，,。；;]{2,24}?)\s*的\s*[，,]")
"""The payee's recognition, in a part opened by 其 and closed by 的: ，其首次被评为世界企业500强的，
，其入选X级服务业标准化试点的， (no_match: 对其给予奖励; 对首次被评为五星级酒店的企业，— the payee itself)."""


def required_recognition_drafts(sentence: Sentence, vocabulary: Vocabulary) -> list[Draft]:
    """The recognitions ``sentence`` requires of its payee that the vocabulary does not name, one condition each."""
    return [Draft(ProvisionKind.CONDITION, sentence, subtype=RECOGNITION_REQUIRED_SUBTYPE, tier=match["kind"].strip())
            for match in PAYEE_RECOGNITION.finditer(sentence.text)
            if not vocabulary.find(match["kind"], "qualifications")]
