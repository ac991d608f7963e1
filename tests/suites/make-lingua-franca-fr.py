#!/usr/bin/env python3
"""Writes lingua-franca-fr.jsonl: the French cases of lingua_franca's own
tests (MycroftAI/lingua-franca 0.4.3, Apache-2.0, `test/test_parse_fr.py` of
the PyPI sdist), in the spec's number-suite format. Usage, from a folder
holding the sdist:

    pip download --no-deps --no-binary :all: lingua-franca==0.4.3 && tar xzf lingua_franca-0.4.3.tar.gz
    python tests/suites/make-lingua-franca-fr.py lingua_franca-0.4.3 > tests/suites/lingua-franca-fr.jsonl

The test file is read with `ast`; lingua_franca is not imported. Every
assertion of the French test methods is one upstream case, numbered in file
order (`lingua-franca/<n>`, gaps where a case is left out, so that ids stay
put when a reading changes); `source` gives its line.

Taken: `extract_number(text)` (its value); `extract_datetime(text, anchor)`
through the file's `testExtract_fr` / `testExtractDate2_fr` helpers, whose
anchor (2017-06-27 00:00, 2017-06-30 17:00) becomes `reference_date`;
`extract_datetime(text) is None` and `extract_number(text) is False` as
negative cases (`expected: []`) where the contract too finds nothing there;
`extract_duration(text)` (its timedelta); and `normalize(text)` of
`test_numbers_fr`, whose digits say which numbers the text holds.

lingua_franca returns one value per call, not a span, and the contract's
kind, unit and span depend on the words; so each text's reading under the
contract is written below by hand (READINGS: the phrase that holds the
quantity, its kind, unit, and for dates the grain), while the value is
taken from the upstream expectation and checked against the reading
(a duration's ISO string must equal the timedelta; a normalised text's
digits must equal the values; a `time` must fall on the anchor's day).

Mapping to the contract (`shared/spec/ANNOTATIONS.md`):
- extract_datetime: a text naming only a day, whose result is at 00:00 (or
  at the anchor's clock), is a `date` "YYYY-MM-DD"; a whole week, month or
  year ("la semaine prochaine", "le mois dernier", "l'an prochain") is a
  date at that grain ("2017-W27", "2017-05", "2018": upstream's day moved
  by one unit, truncated); a clock time is a `datetime` "YYYY-MM-DDTHH:MM",
  or a `time` "HH:MM" when the text names no day ("du soir", "de
  l'après-midi" name none; "ce soir", "cet après-midi", "ce matin", "cette
  nuit" name today) and upstream's date is the anchor's. "dans 33 minutes"
  is a datetime from the anchor's clock, as in Duckling's suite; seconds
  are dropped.
- extract_number: an ordinal word is an `ordinal`; a number before a noun
  is a `count` of that noun (span: the number alone), and so are fractions
  of kitchen vessels with no SI symbol ("un quart de bol", "3 cuillères");
  a number with a unit is a `measure` (litre -> "L", cm; "degrés" alone has
  no unit, as in Duckling's suite) or a `duration` ("32.00 secondes" ->
  PT32S); "un trentième", "un 20e" are fractions (`number` 1/30, 0.05, as
  Recognizers-Text's "un cinquieme" -> 0.2). A dot followed by one or two
  digits ("32.2", "32.00", "7.5") cannot group thousands, so it is read as
  the decimal point it is upstream.
- extract_duration: an ISO 8601 duration in the units the text names
  ("25 semaines" -> P25W, "5 jours et vingt-neuf secondes" -> P5DT29S).
- normalize (test_numbers_fr): each number the output writes in digits is
  one quantity: a `number` ("un deux trois" -> 1, 2, 3; "zéro sur vingt"
  -> 0, 20), `money` before "euros" (-> EUR), an `ordinal` for "Ne"/"1er";
  "quatre-quart" (a cake, kept as a word) is a negative case.
`whole: true` when the reading's phrase is the whole text (not for counts,
whose span is the number alone); otherwise `whole: false` with spans, and
other number-bearing words of the sentence ("un rappel", "une visite")
marked optional, as the spec asks.

Left out, and counted on stderr: normalize() tests of articles and spaces
and the get_gender test (no quantity asserted); a call with another setting
(`default_time`); the empty text; duplicates (same text up to spaces);
parts of day that upstream gives a default clock ("vendredi matin" 08:00,
"soir" 19:00, "après-midi" 15:00, "cette nuit" 02:00: the contract has no
value for them); a shift under a minute ("dans 20 secondes", equal to the
anchor at HH:MM); readings the contract does not share: "le test numéro 4"
(an identifier), "point 6a" read as 6 a.m. (an item label), "à 1700
heures" (not French notation), "virgule 2" with no whole part (not a French
number), "à 37 heures" expected to hold nothing (the contract has a
quantity there); and "dans 3 semaines, 497 jours et 391.6 secondes", a
date under the contract ("dans une semaine" is a date in Duckling's suite)
asked of extract_duration with no anchor.
"""
import ast
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

SOURCE = "MycroftAI/lingua-franca:test/test_parse_fr.py"
TEST_FILE = "test/test_parse_fr.py"

# Test methods that are no quantity test (reason for the count on stderr).
SKIPPED_METHODS = {
    "test_articles_fr": "normalize() of articles or spaces, or get_gender: no quantity asserted",
    "test_spaces_fr": "normalize() of articles or spaces, or get_gender: no quantity asserted",
    "test_gender_fr": "normalize() of articles or spaces, or get_gender: no quantity asserted",
}

PART_OF_DAY = "part of day given a default clock (matin 08:00, soir 19:00, après-midi 15:00, nuit 02:00): no contract value"

# Upstream texts left out, with why.
LEFT_OUT = {
    "voici le test numéro 4": "an identifier ('numéro 4'): not a quantity under the contract",
    "ça fait virgule 2 cm": "'virgule 2' with no whole part: not a French number",
    "quel temps est prévu pour vendredi matin ?": PART_OF_DAY,
    "Quel temps fera-t-il vendredi matin ?": PART_OF_DAY,
    "Quel temps fera-t-il vendredi soir": PART_OF_DAY,
    "Quel temps fera-t-il vendredi après-midi": PART_OF_DAY,
    "cette nuit dormir": PART_OF_DAY,
    "réveille-moi dans 20 secondes aujourd'hui": "shift under a minute: equals the anchor at the contract's HH:MM",
    "point 6a: dans 10 mois": "upstream reads an item label ('point 6a') as 6 a.m.",
    "ranger son bureau à 1700 heures": "military clock ('1700 heures'): not French notation",
    "apprendre à compter à 37 heures": "expects nothing, but the contract has a quantity there ('37 heures')",
    "réveille moi dans 3 semaines,  497 jours et 391.6 secondes": "'dans' + durations is a date under the contract, asked with no anchor",
}


def it(at, kind, unit=None, grain=None, value=None, optional=False):
    """One quantity of a reading: `at` is the phrase ("phrase@2" for its
    second occurrence), the value comes from upstream unless given."""
    return {"at": at, "kind": kind, "unit": unit, "grain": grain, "value": value, "optional": optional}


def opt(at):
    """Another number-bearing word of the sentence: optional."""
    return {"at": at, "optional": True}


def nums(*pairs):
    """normalize() readings: (phrase, value) numbers."""
    return [it(p, "number", value=v) for p, v in pairs]


# The contract's reading of each upstream text; [] is a negative case.
READINGS = {
    # extract_number
    "voici le premier test": [it("premier", "ordinal")],
    "c'est 2 tests": [it("2", "count", "test")],
    "voici le second test": [it("second", "ordinal")],
    "voici trois tests": [it("trois", "count", "test")],
    "un tiers de litre": [it("un tiers de litre", "measure", "L")],
    "3 cuillères": [it("3", "count", "cuillère")],
    "1/3 de litre": [it("1/3 de litre", "measure", "L")],
    "un quart de bol": [it("un quart", "count", "bol")],
    "1/4 de verre": [it("1/4", "count", "verre")],
    "2/3 de bol": [it("2/3", "count", "bol")],
    "3/4 de bol": [it("3/4", "count", "bol")],
    "1 et 3/4 de bol": [it("1 et 3/4", "count", "bol")],
    "1 bol et demi": [it("1 bol et demi", "count", "bol")],
    "un bol et demi": [it("un bol et demi", "count", "bol")],
    "un et demi bols": [it("un et demi", "count", "bol")],
    "un bol et un demi": [it("un bol et un demi", "count", "bol")],
    "trois quarts de bol": [it("trois quarts", "count", "bol")],
    "32.2 degrés": [it("32.2 degrés", "measure")],
    "2 virgule 2 cm": [it("2 virgule 2 cm", "measure", "cm")],
    "2 virgule 0 2 cm": [it("2 virgule 0 2 cm", "measure", "cm")],
    "point du tout": [],
    "32.00 secondes": [it("32.00 secondes", "duration", value="PT32S")],
    "mange trente-et-une bougies": [it("trente-et-une", "count", "bougie")],
    "un trentième": [it("un trentième", "number")],
    "un centième": [it("un centième", "number")],
    "un millième": [it("un millième", "number")],
    "un 20e": [it("un 20e", "number")],
    # extract_datetime, anchor 2017-06-27 00:00 (a Tuesday)
    "Planifier l'embûche dans 5 jours": [it("dans 5 jours", "date")],
    "Quel temps fera-t-il après-demain ?": [it("après-demain", "date")],
    "Met un rappel à 10:45 du soir": [opt("un"), it("à 10:45 du soir", "time")],
    "quel temps fait-il demain": [it("demain", "date")],
    "rappelle-moi d'appeler maman dans 8 semaines et 2 jours": [it("dans 8 semaines et 2 jours", "date")],
    "Jouer des musiques de Beyonce 2 jours après vendredi": [it("2 jours après vendredi", "date")],
    "Commencer l'invasion à 15 heures 45 jeudi": [it("à 15 heures 45 jeudi", "datetime")],
    "Lundi, commander le gâteau à la boulangerie": [it("Lundi", "date")],
    "Jouer la chanson Joyeux anniversaire dans 5 ans": [it("dans 5 ans", "date")],
    "Skyper Maman à 12 heures 45 jeudi prochain": [it("à 12 heures 45 jeudi prochain", "datetime")],
    "Quel temps fera-t-il jeudi prochain ?": [it("jeudi prochain", "date")],
    "rappelle-moi d'appeler maman le 3 août": [it("le 3 août", "date")],
    "Acheter des feux d'artifice pour le 14 juil": [it("le 14 juil", "date")],
    "Quel temps fera-t-il 2 semaines après vendredi": [it("2 semaines après vendredi", "date")],
    "Quel temps fera-t-il mercredi à 7 heures": [it("mercredi à 7 heures", "datetime")],
    "Prendre rendez-vous à 12:45 jeudi prochain": [it("à 12:45 jeudi prochain", "datetime")],
    "Quel temps fait-il ce jeudi ?": [it("ce jeudi", "date")],
    "Organiser une visite 2 semaines et 6 jours après samedi": [opt("une"), it("2 semaines et 6 jours après samedi", "date")],
    "Commencer l'invasion à 3 heures 45 jeudi": [it("à 3 heures 45 jeudi", "datetime")],
    "Commencer l'invasion à 20 heures jeudi": [it("à 20 heures jeudi", "datetime")],
    "Lancer la fête jeudi à 8 heures du soir": [it("jeudi à 8 heures du soir", "datetime")],
    "Commencer l'invasion à 4 heures de l'après-midi jeudi": [it("à 4 heures de l'après-midi jeudi", "datetime")],
    "Commencer l'invasion jeudi à midi": [it("jeudi à midi", "datetime")],
    "Commencer l'invasion jeudi à minuit": [it("jeudi à minuit", "datetime")],
    "Commencer l'invasion jeudi à dix-sept heures": [it("jeudi à dix-sept heures", "datetime")],
    "rappelle-moi de me réveiller dans 4 années": [it("dans 4 années", "date")],
    "rappelle-moi de me réveiller dans 4 ans et 4 jours": [it("dans 4 ans et 4 jours", "date")],
    "Quel temps fera-t-il 3 jours après demain ?": [it("3 jours après demain", "date")],
    "3 décembre": [it("3 décembre", "date")],
    "retrouvons-nous à 8:00 ce soir": [it("à 8:00 ce soir", "datetime")],
    "retrouvons-nous demain à minuit et demi": [it("demain à minuit et demi", "datetime")],
    "retrouvons-nous à midi et quart": [it("à midi et quart", "time")],
    "retrouvons-nous à midi moins le quart": [it("à midi moins le quart", "time")],
    "retrouvons-nous à midi moins dix": [it("à midi moins dix", "time")],
    "retrouvons-nous à midi dix": [it("à midi dix", "time")],
    "retrouvons-nous à minuit moins 23": [it("à minuit moins 23", "time")],
    "mangeons à 3 heures moins 23 minutes": [it("à 3 heures moins 23 minutes", "time")],
    "mangeons aussi à 4 heures moins le quart du matin": [it("à 4 heures moins le quart du matin", "time")],
    "mangeons encore à minuit moins le quart": [it("à minuit moins le quart", "time")],
    "buvons à 4 heures et quart": [it("à 4 heures et quart", "time")],
    "buvons également à 18 heures et demi": [it("à 18 heures et demi", "time")],
    "dormons à 20 heures moins le quart": [it("à 20 heures moins le quart", "time")],
    "buvons le dernier verre à 10 heures moins 12 du soir": [it("à 10 heures moins 12 du soir", "time")],
    "s'échapper de l'île à 15h45": [it("à 15h45", "time")],
    "s'échapper de l'île à 3h45min de l'après-midi": [it("à 3h45min de l'après-midi", "time")],
    "décale donc ça à 3h48min cet après-midi": [it("à 3h48min cet après-midi", "datetime")],
    "construire un bunker à 9h42min du matin": [opt("un"), it("à 9h42min du matin", "time")],
    "ou plutôt à 9h43 ce matin": [it("à 9h43 ce matin", "datetime")],
    "faire un feu à 8h du soir": [opt("un"), it("à 8h du soir", "time")],
    "faire la fête jusqu'à 18h cette nuit": [it("jusqu'à 18h cette nuit", "datetime")],
    "cuver jusqu'à 4h cette nuit": [it("jusqu'à 4h cette nuit", "datetime")],
    "réveille-moi dans 33 minutes": [it("dans 33 minutes", "datetime")],
    "tais-toi dans 12 heures et 3 minutes": [it("dans 12 heures et 3 minutes", "datetime")],
    "ouvre-la dans 1 heure 3": [it("dans 1 heure 3", "datetime")],
    "ferme-la dans 1 heure et quart": [it("dans 1 heure et quart", "datetime")],
    "scelle-la dans 1 heure et demi": [it("dans 1 heure et demi", "datetime")],
    "zippe-la dans 2 heures moins 12": [it("dans 2 heures moins 12", "datetime")],
    "soude-la dans 3 heures moins le quart": [it("dans 3 heures moins le quart", "datetime")],
    "mange la semaine prochaine": [it("la semaine prochaine", "date", grain="week")],
    "bois la semaine dernière": [it("la semaine dernière", "date", grain="week")],
    "mange le mois prochain": [it("le mois prochain", "date", grain="month")],
    "bois le mois dernier": [it("le mois dernier", "date", grain="month")],
    "mange l'an prochain": [it("l'an prochain", "date", grain="year")],
    "bois l'année dernière": [it("l'année dernière", "date", grain="year")],
    "reviens à lundi dernier": [it("lundi dernier", "date")],
    "capitule le 8 mai 1945": [it("le 8 mai 1945", "date")],
    "rédige le contrat 3 jours après jeudi prochain": [it("3 jours après jeudi prochain", "date")],
    "signe le contrat 2 semaines après jeudi dernier": [it("2 semaines après jeudi dernier", "date")],
    "lance le four dans un quart d'heure": [it("dans un quart d'heure", "datetime")],
    "enfourne la pizza dans une demi-heure": [it("dans une demi-heure", "datetime")],
    "arrête le four dans trois quarts d'heure": [it("dans trois quarts d'heure", "datetime")],
    "mange la pizza dans une heure": [it("dans une heure", "datetime")],
    "bois la bière dans 2h23": [it("dans 2h23", "datetime")],
    "faire les plantations le 3ème jour de mars": [it("le 3ème jour de mars", "date")],
    "récolter dans 10 mois": [it("dans 10 mois", "date")],
    "l'après-midi démissionner à 4:59": [it("à 4:59", "time")],
    # extract_datetime, anchor 2017-06-30 17:00 (a Friday)
    "range le contrat 2 semaines après lundi": [it("2 semaines après lundi", "date")],
    "achète-toi de l'humour à 15h": [it("à 15h", "datetime")],
    # extract_datetime(text) is None
    "phrase inutile": [],
    # extract_duration
    "10 secondes": [it("10 secondes", "duration", value="PT10S")],
    "5 minutes": [it("5 minutes", "duration", value="PT5M")],
    "2 heures": [it("2 heures", "duration", value="PT2H")],
    "3 jours": [it("3 jours", "duration", value="P3D")],
    "25 semaines": [it("25 semaines", "duration", value="P25W")],
    "sept heures": [it("sept heures", "duration", value="PT7H")],
    "7.5 secondes": [it("7.5 secondes", "duration", value="PT7.5S")],
    "5 jours et vingt-neuf secondes": [it("5 jours et vingt-neuf secondes", "duration", value="P5DT29S")],
    "démarre un minuteur pour 30 minutes": [opt("un"), it("30 minutes", "duration", value="PT30M")],
    "Une heure dix-neuf minutes": [it("Une heure dix-neuf minutes", "duration", value="PT1H19M")],
    "Le film dure une heure, cinquante-sept minutes": [it("une heure, cinquante-sept minutes", "duration", value="PT1H57M")],
    "10-secondes": [it("10-secondes", "duration", value="PT10S")],
    "5-minutes": [it("5-minutes", "duration", value="PT5M")],
    # normalize (test_numbers_fr): the numbers its output writes in digits
    "c'est un deux trois  test": nums(("un", 1), ("deux", 2), ("trois", 3)),
    "  c'est  le quatre cinq six  test": nums(("quatre", 4), ("cinq", 5), ("six", 6)),
    "c'est  le sept huit neuf test": nums(("sept", 7), ("huit", 8), ("neuf", 9)),
    "voilà le test dix onze douze": nums(("dix", 10), ("onze", 11), ("douze", 12)),
    "voilà le treize quatorze test": nums(("treize", 13), ("quatorze", 14)),
    "ça fait quinze seize dix-sept": nums(("quinze", 15), ("seize", 16), ("dix-sept", 17)),
    "ça fait dix-huit dix-neuf vingt": nums(("dix-huit", 18), ("dix-neuf", 19), ("vingt", 20)),
    "ça fait mille cinq cents": nums(("mille cinq cents", 1500)),
    "voilà cinq cents trente et un mille euros": [it("cinq cents trente et un mille euros", "money", "EUR", value=531000)],
    "voilà trois cents soixante mille cinq cents quatre-vingt-dix-huit euros": [
        it("trois cents soixante mille cinq cents quatre-vingt-dix-huit euros", "money", "EUR", value=360598)],
    "voilà vingt et un euros": [it("vingt et un euros", "money", "EUR", value=21)],
    "joli zéro sur vingt": nums(("zéro", 0), ("vingt", 20)),
    "je veux du quatre-quart": [],
    "pour la neuf centième fois": [it("neuf centième", "ordinal", value=900)],
    "pour la première fois": [it("première", "ordinal", value=1)],
    "le neuf cents quatre-vingt-dix millième épisode": [it("neuf cents quatre-vingt-dix millième", "ordinal", value=990000)],
    "la septième clé": [it("septième", "ordinal", value=7)],
    "la neuvième porte": [it("neuvième", "ordinal", value=9)],
    "le cinquième jour": [it("cinquième", "ordinal", value=5)],
    "le trois-cents-soixante-cinquième jour": [it("trois-cents-soixante-cinquième", "ordinal", value=365)],
    "la 1ère fois": [it("1ère", "ordinal", value=1)],
    "le centième centime": [it("centième", "ordinal", value=100)],
    "le millième millésime": [it("millième", "ordinal", value=1000)],
    "le trentième anniversaire": [it("trentième", "ordinal", value=30)],
}


def number(node):
    """A numeric literal or arithmetic on literals (`1.0 / 3.0`), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = number(node.operand)
        return None if value is None else -value
    if isinstance(node, ast.BinOp):
        left, right = number(node.left), number(node.right)
        if left is None or right is None:
            return None
        ops = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
               ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b}
        op = ops.get(type(node.op))
        return op(left, right) if op else None
    return None


def literal(node):
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError):
        return None


def name_of(call):
    func = call.func
    return getattr(func, "id", getattr(func, "attr", None))


def timedelta_of(node):
    """A `timedelta(...)` call's value, or None."""
    if isinstance(node, ast.Call) and name_of(node) == "timedelta":
        kwargs = {k.arg: number(k.value) for k in node.keywords}
        if all(v is not None for v in kwargs.values()):
            return dt.timedelta(**kwargs)
    return None


def anchors(method):
    """The anchor of each `testExtract*` helper nested in a test method,
    from the `datetime(...)` of the `extractWithFormat*` helper it calls."""
    defs = {f.name: f for f in method.body if isinstance(f, ast.FunctionDef)}
    anchor_of = {}
    for name, f in defs.items():
        for node in ast.walk(f):
            if isinstance(node, ast.Call) and name_of(node) == "datetime" and node.args:
                anchor_of[name] = dt.datetime(*[literal(a) for a in node.args])
    result = {}
    for name, f in defs.items():
        for node in ast.walk(f):
            if isinstance(node, ast.Call) and name_of(node) in defs and name_of(node) != name:
                result[name] = anchor_of.get(name_of(node))
    return result


def upstream_cases(tree):
    """(method, line, function, text, expected, anchor, settings) for every
    assertion of the French test methods, in file order."""
    found = []
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for method in cls.body:
            if not (isinstance(method, ast.FunctionDef) and method.name.startswith("test_")):
                continue
            helpers = anchors(method)
            for node in ast.walk(method):
                if not isinstance(node, ast.Call):
                    continue
                name = name_of(node)
                if name == "assertEqual" and isinstance(node.args[0], ast.Call):
                    inner = node.args[0]
                    function = name_of(inner)
                    if function not in ("extract_number", "extract_datetime", "extract_duration", "normalize"):
                        continue
                    settings = sorted(k.arg for k in inner.keywords if k.arg != "lang")
                    found.append((method.name, node.lineno, function, literal(inner.args[0]),
                                  node.args[1], None, settings))
                elif name in helpers:
                    found.append((method.name, node.lineno, "extract_datetime", literal(node.args[0]),
                                  node.args[1], helpers[name], []))
                elif name == "extract_datetime" and any(k.arg == "default_time" for k in node.keywords):
                    found.append((method.name, node.lineno, name, literal(node.args[0]), None, None, ["default_time"]))
                elif name == "assertRaises":
                    found.append((method.name, node.lineno, "get_gender", None, None, None, []))
    return sorted(found, key=lambda case: case[1])


def iso_seconds(iso):
    """Seconds of an ISO 8601 duration of weeks, days, hours, minutes, seconds."""
    m = re.fullmatch(r"P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?", iso)
    assert m, iso
    w, d, h, mi, s = (float(g or 0) for g in m.groups())
    return (((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s


def span(text, at):
    """Code-point span of `at` ("phrase@n": its n-th occurrence) as a word in text."""
    phrase, _, nth = at.partition("@")
    hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)]
    assert len(hits) >= int(nth or 1), (text, at)
    return hits[int(nth or 1) - 1]


def upstream_value(function, expected, anchor):
    """The upstream expectation as a Python value."""
    if function == "extract_number":
        value = number(expected)
        if value is None and literal(expected) is False:
            return False
        return value
    if function == "extract_datetime":
        if expected is None:
            return None
        value = literal(expected)
        return None if value is None else dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    if function == "extract_duration":
        return timedelta_of(expected.elts[0]) if isinstance(expected, ast.Tuple) else None
    if function == "normalize":
        return literal(expected)
    return None


def contract_value(item, function, upstream, anchor):
    """The contract's value of the reading's main item, checked against upstream."""
    kind = item["kind"]
    if function == "extract_datetime":
        if kind == "date":
            grain = item["grain"] or "day"
            if grain == "day":
                assert (upstream.hour, upstream.minute) in ((0, 0), (anchor.hour, anchor.minute)), item
                return upstream.strftime("%Y-%m-%d")
            if grain == "week":
                year, week, _ = upstream.isocalendar()
                return f"{year}-W{week:02d}"
            return upstream.strftime("%Y-%m" if grain == "month" else "%Y")
        if kind == "time":
            assert upstream.date() == anchor.date(), item
            return upstream.strftime("%H:%M")
        assert kind == "datetime", item
        return upstream.strftime("%Y-%m-%dT%H:%M")
    if function == "extract_duration":
        assert iso_seconds(item["value"]) == upstream.total_seconds(), item
        return item["value"]
    if function == "extract_number":
        if kind == "duration":
            assert iso_seconds(item["value"]) == upstream, item
            return item["value"]
        return int(upstream) if float(upstream).is_integer() else upstream
    raise AssertionError(item)


def build(text, function, upstream, anchor, reading):
    """The case's `whole` and `expected` from the reading."""
    required = [i for i in reading if not i["optional"]]
    if function == "normalize":
        digits = [int(d) for d in re.findall(r"\d+", upstream)]
        assert digits == [i["value"] for i in required], (text, upstream)
    else:
        assert len(required) <= 1, text
        assert bool(required) == (upstream not in (None, False)), text
    whole = (len(reading) == 1 and len(required) == 1 and required[0]["kind"] != "count"
             and required[0]["at"] == text.strip())
    expected = []
    for item in reading:
        start, end = span(text, item["at"])
        out = {} if whole else {"start": start, "end": end}
        if item["optional"]:
            out["optional"] = True
        else:
            out["kind"] = item["kind"]
            if function == "normalize":
                out["value"] = item["value"]
            else:
                out["value"] = contract_value(item, function, upstream, anchor)
            if item["unit"] is not None:
                out["unit"] = item["unit"]
        expected.append(out)
    return whole, expected


def main():
    root = Path(sys.argv[1])
    tree = ast.parse((root / TEST_FILE).read_text(encoding="utf-8"))
    skipped = Counter()
    seen = set()
    taken = 0
    for n, (method, line, function, text, expected_node, anchor, settings) in enumerate(upstream_cases(tree), 1):
        if method in SKIPPED_METHODS:
            skipped[SKIPPED_METHODS[method]] += 1
            continue
        if settings:
            skipped[f"other settings ({', '.join(settings)})"] += 1
            continue
        if not text:
            skipped["empty text"] += 1
            continue
        key = " ".join(text.split())
        if key in seen:
            skipped["duplicate (same text up to spaces)"] += 1
            continue
        seen.add(key)
        if text in LEFT_OUT:
            skipped[LEFT_OUT[text]] += 1
            continue
        if text not in READINGS:
            skipped["no reading written for it (new upstream case?)"] += 1
            print(f"no reading: line {line}: {text!r}", file=sys.stderr)
            continue
        upstream = upstream_value(function, expected_node, anchor)
        whole, expected = build(text, function, upstream, anchor, READINGS[text])
        case = {"id": f"lingua-franca/{n}", "text": text, "whole": whole}
        if anchor is not None:
            case["reference_date"] = anchor.strftime("%Y-%m-%dT%H:%M:%S")
        case["expected"] = expected
        case["source"] = f"{SOURCE}#{line}"
        print(json.dumps(case, ensure_ascii=False))
        taken += 1
    total = taken + sum(skipped.values())
    print(f"{total} upstream cases, {taken} taken; left out {sum(skipped.values())}:", file=sys.stderr)
    for reason, count in skipped.most_common():
        print(f"  {count:3d}  {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
