"""Understanding accuracy, per split and language: single descriptions whose totals are exactly
right, facts extracted correctly, and judged turns of conversations whose totals are right.

Run: ``python bench/conversation/run.py``. Splits:

- ``tune`` and ``holdout``: ``tests/conversations/`` (the regression set; the holdout third was
  measured once before the parser was tuned on it, and has been tuned on since);
- ``blind-N``: ``bench/conversation/blind/blind-N/`` — written from the policy text alone by a
  writer who had not read the understanding code, totals computed by hand; never tuned on.
  These are the figures that count.

As a baseline in the same run, every single description is also scored with a parser that only
finds vocabulary concepts (no levels, rounds, dates, negations or amounts). A turn whose reply
raises counts as wrong and is reported (``failed``).

A judged turn is right when the totals after it are the expected ones: the reply's totals (a what-if's: the
baseline it compares with), or, when the turn computes nothing (a question about the policy, a why), the totals of
the facts the conversation holds after it.

``facts correct``: the share of the expected profile's facts found exactly as written; ``facts stated``: the
share found on the fields the expected fact states (a writer who leaves a fact's date out does not say there is
none, so a found date does not make it wrong).

``accounted``: the share of single descriptions whose reply accounts for every clause (issue 11,
item 4): each clause is quoted by the echo line as used, or shown back on the not-understood line,
or only asks or greets; and the echo quotes no clause in which no reader finds anything (a concept,
amount, count, date or place). A reply that declines the whole message (out of scope) accounts for
it. ``--failures`` lists the single descriptions and turns that are wrong, for tuning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assistant.dialogue import DialogueState, _profile, new_state, respond  # noqa: E402
from assistant.eligibility import evaluate  # noqa: E402
from assistant.eligibility.questions import sectors_named  # noqa: E402
from assistant.profile import parse_profile  # noqa: E402
from assistant.understanding.accounted import account  # noqa: E402
from assistant.understanding.evaluation import canonical, facts_of, stated_facts_found  # noqa: E402
from assistant.understanding.facts import names_anything  # noqa: E402
from ingest.concepts import load_vocabulary  # noqa: E402
from ingest.script import message_reading  # noqa: E402

REGRESSION = ROOT / "tests" / "conversations"
BLIND = ROOT / "bench" / "conversation" / "blind"


def concepts_only(message: str) -> dict[str, Any]:
    """The baseline parser: every qualification concept named, nothing else."""
    vocabulary = load_vocabulary()
    ids = {hit.concept.id for hit in vocabulary.find(message, "qualifications")
           if hit.concept.group in ("enterprise_recognition", "enterprise_type")}
    return {"qualifications": [{"id": concept} for concept in sorted(ids)]}


@dataclass
class Scores:
    totals: list[float] = field(default_factory=list)
    facts: list[float] = field(default_factory=list)
    stated: list[float] = field(default_factory=list)
    """Facts found on the fields the expected profile states (a date left out of it is not compared)."""
    baseline_totals: list[float] = field(default_factory=list)
    turns: list[float] = field(default_factory=list)
    accounted: list[float] = field(default_factory=list)
    failed: int = 0
    wrong: list[str] = field(default_factory=list)

    @staticmethod
    def mean(values: list[float]) -> str:
        return f"{sum(values) / len(values):.3f}" if values else "  —  "


def _as_of(data: dict[str, Any]) -> dt.date:
    value = data["as_of"]
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _totals(reply: Any) -> tuple[Any, Any]:
    stands = reply.baseline if reply.intent == "whatif" else reply.eligibility
    return (stands or {}).get("total_min_cny"), (stands or {}).get("total_max_cny")


def _turn_totals(reply: Any, state: DialogueState, rules: Any) -> tuple[Any, Any]:
    """The totals after a turn of a conversation: the reply's, or, for a turn that computes nothing (a question
    about the policy, a why, a greeting), the totals of the facts the conversation holds after it, which such a
    turn leaves as they stood (a turn that changed them wrongly is scored wrong all the same)."""
    if reply.eligibility is not None or reply.baseline is not None:
        return _totals(reply)
    result = evaluate(_profile(state.facts), state.as_of, rules)
    return result.total_min_cny, result.total_max_cny


def _turn(message: str, state: DialogueState, scores: Scores) -> tuple[Any, DialogueState] | None:
    try:
        return respond(message, state)
    except Exception as error:  # a reply that fails is a wrong turn, and is counted
        scores.failed += 1
        print(f"  failed: {message[:60]!r}: {type(error).__name__}: {error}", file=sys.stderr)
        return None


def accounted(message: str, reply: Any, as_of: dt.date) -> bool:
    """The reply accounts for every clause of ``message`` (see the module's docstring)."""
    if reply.intent in ("out_of_scope", "smalltalk"):
        return True
    def says_something(words: str) -> bool:
        reading = message_reading(words)  # 繁體 read as the understanding reads it
        return names_anything(reading.text if reading else words, as_of)

    return account(message, reply.answer, reply.lang, says_something, sectors_named).complete


def score_single(data: dict[str, Any], scores: Scores, rules: Any) -> None:
    turn, as_of = data["turns"][0], _as_of(data)
    expect = turn.get("expect") or {}
    outcome = _turn(turn["user"], new_state(as_of), scores)
    scores.accounted.append(float(outcome is not None and accounted(turn["user"], outcome[0], as_of)))
    if "total_min_cny" in expect:
        wanted = (expect["total_min_cny"], expect["total_max_cny"])
        right = outcome is not None and _totals(outcome[0]) == wanted
        scores.totals.append(float(right))
        if not right:
            scores.wrong.append(f"{data['id']}: wanted {wanted}, got {_totals(outcome[0]) if outcome else 'failure'}")
        base = evaluate(parse_profile(concepts_only(turn["user"])), as_of, rules)
        scores.baseline_totals.append(float((base.total_min_cny, base.total_max_cny) == wanted))
    if "profile" in expect:
        wanted = canonical(expect["profile"] or {})
        read = canonical(_profile(outcome[1].facts)) if outcome else {}
        expected, found = facts_of(wanted), facts_of(read)
        scores.facts.append(len(expected & found) / len(expected) if expected else float(found == expected))
        scores.stated.append(stated_facts_found(wanted, read))


def score_dialogue(data: dict[str, Any], scores: Scores, rules: Any) -> None:
    state = new_state(_as_of(data))
    for turn in data["turns"]:
        expect = turn.get("expect") or {}
        outcome = _turn(turn["user"], state, scores)
        if "total_min_cny" in expect:
            wanted = (expect["total_min_cny"], expect["total_max_cny"])
            got = _turn_totals(*outcome, rules) if outcome is not None else "failure"
            right = got == wanted
            scores.turns.append(float(right))
            if not right:
                scores.wrong.append(f"{data['id']} turn {data['turns'].index(turn) + 1}: wanted {wanted}, got {got}")
        if outcome is not None:
            state = outcome[1]


def sets(skip: frozenset[str] = frozenset()) -> list[tuple[str, Path]]:
    """(folder kind, folder): the regression set, then every blind set not named in `skip`."""
    found = [("regression", REGRESSION)]
    found += [("blind", folder) for folder in sorted(BLIND.glob("blind-*"))
              if folder.is_dir() and folder.name not in skip]
    return found


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--skip", action="append", default=[], metavar="SET",
                        help="leave a blind set out unread (e.g. --skip blind-3): the one kept blind "
                             "for the round's single measurement; repeatable")
    parser.add_argument("--failures", action="store_true", help="list what is wrong, per split and language")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from assistant.dialogue import default_context

    arguments = _arguments(argv)
    skip = frozenset(arguments.skip)
    rules = default_context().rules
    table: dict[tuple[str, str], Scores] = defaultdict(Scores)
    for _, folder in sets(skip):
        for path in sorted((folder / "single").glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            score_single(data, table[(str(data["split"]), str(data["lang"]))], rules)
        for path in sorted((folder / "multi").glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            score_dialogue(data, table[(str(data["split"]), str(data["lang"]))], rules)
    print(f"{'split':9} {'lang':4} {'single n':>8} {'totals exact':>13} {'facts correct':>14} {'facts stated':>13} "
          f"{'baseline totals':>16} {'accounted':>10} {'judged turns':>13} {'turns right':>12} {'failed':>7}")
    order = {"tune": 0, "holdout": 1}
    for (split, language), s in sorted(table.items(), key=lambda item: (order.get(item[0][0], 2), item[0])):
        print(f"{split:9} {language:4} {len(s.totals):>8} {Scores.mean(s.totals):>13} {Scores.mean(s.facts):>14} "
              f"{Scores.mean(s.stated):>13} "
              f"{Scores.mean(s.baseline_totals):>16} {Scores.mean(s.accounted):>10} {len(s.turns):>13} "
              f"{Scores.mean(s.turns):>12} {s.failed:>7}")
    if arguments.failures:
        for (split, language), s in sorted(table.items()):
            for line in s.wrong:
                print(f"  {split} {language} {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
