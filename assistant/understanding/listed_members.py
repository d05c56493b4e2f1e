"""Several things of one kind, then each told apart ("两个国内首台套：一个是2023年6月签的，合同1800万；一个是上个月签的，
合同3200万" / "two domestic first-of-kind sets: one signed in June 2023 for 18m, the other last month for 32m"): each
member is its own fact, with the amount and the date said in its own part."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.understanding.cues import cue
from assistant.understanding.quantities import Found
from assistant.understanding.tense import event_tense


@dataclass(frozen=True)
class Member:
    start: int
    end: int
    amount: Found
    date: Found | None


def listed_members(message: str, after: int, stop: int, amounts: list[Found], dates: list[Found]) -> list[Member]:
    """The members listed in ``message[after:stop]`` when it lists them one by one (cue ``members_listed``), each
    with the first amount and the first date inside its part, leaving out a member not held (fell through, withdrawn,
    planned); [] when it lists none, or a held member's part says no amount."""
    if not cue("members_listed").search(message[after:stop]):
        return []
    opens = [after + match.start() for match in cue("member_opens").finditer(message[after:stop])]
    members = []
    for index, start in enumerate(opens):
        end = opens[index + 1] if index + 1 < len(opens) else stop
        if not _held(message[start:end]):
            continue  # "the other still being negotiated", 另一个被对方取消了: not one the company has
        amount = next((found for found in amounts if start <= found.start < end), None)
        if amount is None:
            return []
        date = next((found for found in dates if start <= found.start < end), None)
        members.append(Member(start, end, amount, date))
    return members if len(members) >= 2 or (members and len(opens) >= 2) else []


def _held(part: str) -> bool:
    """A member's part says a unit the company has: not one that fell through, was withdrawn, or is only planned."""
    lang = "en" if part.isascii() else "zh"
    return not (cue("fell_through").search(part) or cue("withdrawn").search(part)
                or event_tense(part, lang) in ("planned", "expected"))
