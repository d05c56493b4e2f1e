"""Understanding accuracy: per language, the share of single-turn descriptions whose totals
are exactly right and the share of facts extracted correctly; the holdout third (never
looked at while the parser was tuned) is reported separately.

Run: ``python bench/conversation/run.py``. As a baseline in the same run, the same
descriptions are scored with a parser that only finds vocabulary concepts (no levels,
rounds, dates, negations or amounts), to show what the rest of the parser adds.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from assistant.dialogue import _profile, new_state, respond  # noqa: E402
from assistant.eligibility import evaluate  # noqa: E402
from assistant.profile import parse_profile  # noqa: E402
from assistant.understanding.evaluation import canonical, facts_of  # noqa: E402
from ingest.concepts import load_vocabulary  # noqa: E402


def concepts_only(message: str) -> dict[str, Any]:
    """The baseline parser: every qualification concept named, nothing else."""
    vocabulary = load_vocabulary()
    ids = {hit.concept.id for hit in vocabulary.find(message, "qualifications")
           if hit.concept.group in ("enterprise_recognition", "enterprise_type")}
    return {"qualifications": [{"id": concept} for concept in sorted(ids)]}


def main() -> int:
    from assistant.dialogue import default_context

    rules = default_context().rules
    rows: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for path in sorted((ROOT / "tests" / "conversations" / "single").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        as_of = data["as_of"] if isinstance(data["as_of"], dt.date) else dt.date.fromisoformat(str(data["as_of"]))
        turn = data["turns"][0]
        expect = turn["expect"]
        if "profile" not in expect:
            continue
        reply, state = respond(turn["user"], new_state(as_of))
        expected = canonical(expect["profile"] or {})
        got = canonical(_profile(state.facts))
        wanted, found = facts_of(expected), facts_of(got)
        baseline = facts_of(canonical(concepts_only(turn["user"])))
        for split in (data["split"], "all"):
            key = (split, data["lang"])
            rows[key]["facts"].append(len(wanted & found) / len(wanted) if wanted else float(found == wanted))
            rows[key]["baseline_facts"].append(len(wanted & baseline) / len(wanted) if wanted else 1.0)
            if "total_min_cny" in expect:
                totals = (reply.eligibility or {}).get("total_min_cny"), (reply.eligibility or {}).get("total_max_cny")
                rows[key]["totals"].append(float(totals == (expect["total_min_cny"], expect["total_max_cny"])))
                base = evaluate(parse_profile(concepts_only(turn["user"])), as_of, rules)
                rows[key]["baseline_totals"].append(
                    float((base.total_min_cny, base.total_max_cny) == (expect["total_min_cny"],
                                                                        expect["total_max_cny"])))
    print(f"{'split':8} {'lang':4} {'n':>4} {'totals exact':>13} {'facts correct':>14} "
          f"{'baseline totals':>16} {'baseline facts':>15}")
    for (split, language), values in sorted(rows.items()):
        def mean(name: str, values: dict[str, list[float]] = values) -> float:
            return sum(values[name]) / len(values[name]) if values[name] else float("nan")

        print(f"{split:8} {language:4} {len(values['facts']):>4} {mean('totals'):13.3f} {mean('facts'):14.3f} "
              f"{mean('baseline_totals'):16.3f} {mean('baseline_facts'):15.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
