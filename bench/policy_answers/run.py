"""The whole chain on policies other than the bundled one: a company describes itself, in its own words, to
the assistant loaded with a real policy of the genre; is the total it is shown exactly the total computed by
hand from that policy's text?

Cases are ``bench/policy_answers/cases/*.yaml`` (see that folder's README.md): written blind, by a writer who
had not read the reading or the understanding code, one or two companies per policy. Each names its policy
file; the policy texts of the corpus are not in the repository (see ``tests/data/policies/SOURCES.md``), so
the folders holding them are given on the command line (``tests/data/policies`` is always searched).

Per split of the policy's reading (``tune``/``holdout``/``holdout-next`` as in ``tests/data/expected/``;
``external`` for a policy with no expected table, such as those in ``tests/data/policies``) and language:
turns, totals exactly right, turns showing more money as sure than the text gives (the worst failure), and
failed replies.

    python bench/policy_answers/run.py --corpus /path/to/corpus [--failures]
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

from assistant.dialogue import AssistantContext, new_state, respond  # noqa: E402
from assistant.eligibility.rules import rules_from_graph  # noqa: E402
from ingest.pipeline import ingest_file  # noqa: E402
from kg.build import build_policy_graph  # noqa: E402

CASES = ROOT / "bench" / "policy_answers" / "cases"
EXPECTED = ROOT / "tests" / "data" / "expected"
IN_REPOSITORY = ROOT / "tests" / "data" / "policies"
"""The policies of other authorities kept in the repository (liuhe, pingshan), always searched."""


@dataclass
class Tally:
    """One split and language's results."""

    cases: int = 0
    """Judged turns."""
    exact: int = 0
    over: int = 0
    """Turns that show more money as sure than the text gives (the worst failure)."""
    failed: int = 0
    lines: list[str] = field(default_factory=list)

    def share(self, count: int) -> str:
        return f"{count / self.cases:.3f}" if self.cases else "-"


def policy_file(name: str, folders: list[Path]) -> Path:
    """The file ``name`` in the first folder that has it; an error naming the folders searched."""
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"policy file {name!r} is in none of: {', '.join(str(f) for f in folders)}")


def split_of(policy_id: str) -> str:
    """The reading split of a corpus policy (its expected table's), ``external`` for one without a table."""
    table = EXPECTED / f"{policy_id}.yaml"
    if not table.is_file():
        return "external"
    return str((yaml.safe_load(table.read_text(encoding="utf-8")) or {}).get("split", "external"))


def _as_of(data: dict[str, Any]) -> dt.date:
    value = data["as_of"]
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _totals(reply: Any) -> tuple[Any, Any]:
    stands = reply.baseline if reply.intent == "whatif" else reply.eligibility
    return (stands or {}).get("total_min_cny"), (stands or {}).get("total_max_cny")


def shows_more(got: tuple[Any, Any], wanted: tuple[int, int]) -> bool:
    """A sure amount above the least the text gives, or a floor above the most it gives."""
    low, high = got
    if low is None:
        return False
    return bool(low > wanted[1] or (low == high and low > wanted[0]))


def run_case(data: dict[str, Any], context: AssistantContext, tally: Tally) -> None:
    """Every turn of one case, each judged on its expected totals."""
    state = new_state(_as_of(data))
    for number, turn in enumerate(data["turns"], start=1):
        wanted = (turn["expect"]["total_min_cny"], turn["expect"]["total_max_cny"])
        tally.cases += 1
        try:
            reply, state = respond(turn["user"], state, context)
        except Exception as error:  # a failed reply is a wrong one, and is counted
            tally.failed += 1
            tally.lines.append(f"{data['id']} turn {number}: failed: {type(error).__name__}: {error}")
            return
        got = _totals(reply)
        if got == wanted:
            tally.exact += 1
            continue
        if shows_more(got, wanted):
            tally.over += 1
        tally.lines.append(f"{data['id']} turn {number}: wanted {wanted}, got {got}")


def _contexts(cases: list[dict[str, Any]], folders: list[Path]) -> dict[str, AssistantContext | str]:
    """Each policy the cases name, read once: its assistant context, or why it could not be read."""
    contexts: dict[str, AssistantContext | str] = {}
    for name in sorted({str(case["policy"]) for case in cases}):
        try:
            policy = ingest_file(policy_file(name, folders), Path(name).stem)
            contexts[name] = AssistantContext(rules_from_graph(build_policy_graph(policy)))
        except Exception as error:  # a policy that cannot be read fails its cases, and says why
            contexts[name] = f"{type(error).__name__}: {error}"
    return contexts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="a folder holding corpus policy files (repeatable)")
    parser.add_argument("--cases", type=Path, default=CASES, help="the folder of cases (default: %(default)s)")
    parser.add_argument("--failures", action="store_true", help="list every wrong or failed turn")
    arguments = parser.parse_args(argv)
    cases = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(arguments.cases.glob("*.yaml"))]
    contexts = _contexts(cases, [*arguments.corpus, IN_REPOSITORY])
    table: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for case in cases:
        tally = table[(split_of(Path(str(case["policy"])).stem), str(case["lang"]))]
        context = contexts[str(case["policy"])]
        if isinstance(context, str):
            tally.cases += len(case["turns"])
            tally.failed += len(case["turns"])
            tally.lines.append(f"{case['id']}: policy not read: {context[:120]}")
            continue
        run_case(case, context, tally)
    print(f"{'split':13} {'lang':4} {'turns':>6} {'totals exact':>13} {'more shown as sure':>20} {'failed':>7}")
    for (split, language), tally in sorted(table.items()):
        print(f"{split:13} {language:4} {tally.cases:>6} {tally.share(tally.exact):>13} "
              f"{tally.share(tally.over):>20} {tally.failed:>7}")
    everything = Tally(sum(t.cases for t in table.values()), sum(t.exact for t in table.values()),
                       sum(t.over for t in table.values()), sum(t.failed for t in table.values()))
    print(f"{'all':13} {'':4} {everything.cases:>6} {everything.share(everything.exact):>13} "
          f"{everything.share(everything.over):>20} {everything.failed:>7}")
    if arguments.failures:
        for (split, language), tally in sorted(table.items()):
            for line in tally.lines:
                print(f"  {split} {language} {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
