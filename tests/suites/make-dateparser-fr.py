#!/usr/bin/env python3
"""Writes dateparser-fr.jsonl: the French date cases of dateparser's own test
suite (scrapinghub/dateparser, BSD-3-Clause, tests/ of the PyPI sdist), in
the spec's number-suite format. Usage, from a folder holding the sdist:

    pip download --no-deps --no-binary :all: dateparser==1.5.0 && tar xzf dateparser-1.5.0.tar.gz
    python tests/suites/make-dateparser-fr.py dateparser-1.5.0 > tests/suites/dateparser-fr.jsonl

Taken: every `param(TEXT, expected=datetime(...))` (or a datetime as the
second argument) of a parameterised test whose parser is French
(`languages=["fr"]`); the reference date is the test's `RELATIVE_BASE`,
and a case without one is taken only when its expected date does not
depend on the day it runs. Left out, and counted on stderr: cases with
other settings (`PREFER_DATES_FROM`, `NORMALIZE`…, which change the
reading), cases whose expectation is "not a date" (they record what
dateparser does not parse, not what the text says), and cases whose text
is not French. Mapping to the contract: a datetime at the reference time
(dateparser keeps the base's clock for "demain") is a `date`; another
clock time is a `datetime`, or a `time` when the text names no day
("à midi"); seconds are dropped (the contract's times are HH:MM).
"""
import ast
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

DAY_WORDS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain", "hier", "jour", "semaine", "mois", "an")


def literal(node):
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError):
        return None


def datetime_of(node):
    """A `datetime(...)` / `datetime.datetime(...)` call's value, or None."""
    if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "datetime":
        args = [literal(a) for a in node.args]
        if all(isinstance(a, int) for a in args) and len(args) >= 3:
            return dt.datetime(*args)
    return None


def french_base(function):
    """Whether the test parses French, and its RELATIVE_BASE if any."""
    french, base = False, None
    for node in ast.walk(function):
        if isinstance(node, ast.keyword) and node.arg == "languages" and literal(node.value) == ["fr"]:
            french = True
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if key is not None and literal(key) == "RELATIVE_BASE":
                    base = datetime_of(value)
    return french, base


def contract_item(text, expected, base):
    """The contract's kind and value for dateparser's datetime."""
    clock = (expected.hour, expected.minute)
    names_day = any(w in text.lower() for w in DAY_WORDS) or any(c.isdigit() for c in text.replace(":", " ").split("h")[0][:2]) or len(text.split()) > 3
    if clock == (0, 0) or (base is not None and clock == (base.hour, base.minute)):
        return {"kind": "date", "value": expected.strftime("%Y-%m-%d")}
    if not names_day and base is not None and expected.date() == base.date():
        return {"kind": "time", "value": expected.strftime("%H:%M")}
    return {"kind": "datetime", "value": expected.strftime("%Y-%m-%dT%H:%M")}


def cases(path, skipped):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        french, base = french_base(function)
        if not french:
            continue
        for decorator in function.decorator_list:
            if not (isinstance(decorator, ast.Call) and getattr(decorator.func, "attr", "") == "expand" and decorator.args):
                continue
            for param in getattr(decorator.args[0], "elts", []):
                if not (isinstance(param, ast.Call) and getattr(param.func, "id", "") == "param" and param.args):
                    continue
                text = literal(param.args[0])
                keywords = {k.arg: k.value for k in param.keywords}
                expected_node = keywords.get("expected", param.args[1] if len(param.args) > 1 else None)
                if not isinstance(text, str):
                    continue
                if "settings" in keywords:
                    skipped["other settings"] += 1
                    continue
                if "languages" in keywords and literal(keywords["languages"]) != ["fr"]:
                    skipped["not French"] += 1
                    continue
                expected = datetime_of(expected_node) if expected_node is not None else None
                if expected is None:
                    skipped["expected: not a date"] += 1
                    continue
                if base is None and not any(c.isdigit() for c in text):
                    skipped["relative, without a reference date"] += 1
                    continue
                line = function.lineno
                case = {"text": text, "whole": True}
                if base is not None:
                    case["reference_date"] = base.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"
                case["expected"] = [contract_item(text, expected, base)]
                case["source"] = f"scrapinghub/dateparser@1.5.0:tests/{path.name}#{line} ({function.name})"
                yield case


def main():
    root = Path(sys.argv[1])
    skipped = Counter()
    seen = set()
    n = 0
    for path in sorted((root / "tests").glob("test_*.py")):
        for case in cases(path, skipped):
            key = (case["text"], case.get("reference_date"))
            if key in seen:
                skipped["duplicate"] += 1
                continue
            seen.add(key)
            n += 1
            print(json.dumps({"id": f"dateparser-fr/{n}", **case}, ensure_ascii=False))
    print(f"{n} cases; left out: {dict(skipped)}", file=sys.stderr)


if __name__ == "__main__":
    main()
