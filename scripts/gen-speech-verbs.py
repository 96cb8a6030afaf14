#!/usr/bin/env python3
"""Expands Lexicons/speech/verbs.txt (lemmas of French verbs of saying) to every inflected form.

Writes Lexicons/speech/forms.tsv (FORM<TAB>LEMMA<TAB>FLAGS, sorted), which SpeechVerbLexicon.load
reads at run time through LexiconLocator. A test checks it stays in sync with verbs.txt.

Tenses generated: present, imperfect, simple past, future, conditional, present subjunctive
(3rd persons), past participle (4 forms), present participle, infinitive — every person, since
novels use "dis-je", "répondis-je", and news "a-t-il ajouté", "ajoute-t-elle".
Usage: python3 scripts/gen-speech-verbs.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Irregular models: present (6), imperfect stem, simple-past stem + vowel, future stem,
# past participle (masc. sg.), present participle. {p} is the prefix the lemma adds to the model.
IRREGULAR = {
    "dire": dict(base="dire", pres="dis dis dit disons dites disent", imp="dis", ps=("d", "i"), fut="dir", pp="dit", ppr="disant"),
    "écrire": dict(base="écrire", pres="écris écris écrit écrivons écrivez écrivent", imp="écriv", ps=("écriv", "i"), fut="écrir", pp="écrit", ppr="écrivant"),
    "faire": dict(base="faire", pres="fais fais fait faisons faites font", imp="fais", ps=("f", "i"), fut="fer", pp="fait", ppr="faisant"),
    "mettre": dict(base="mettre", pres="mets mets met mettons mettez mettent", imp="mett", ps=("m", "i"), fut="mettr", pp="mis", ppr="mettant"),
    "prendre": dict(base="prendre", pres="prends prends prend prenons prenez prennent", imp="pren", ps=("pr", "i"), fut="prendr", pp="pris", ppr="prenant"),
    "suivre": dict(base="suivre", pres="suis suis suit suivons suivez suivent", imp="suiv", ps=("suiv", "i"), fut="suivr", pp="suivi", ppr="suivant"),
    "tenir": dict(base="tenir", pres="tiens tiens tient tenons tenez tiennent", imp="ten", ps=("t", "in"), fut="tiendr", pp="tenu", ppr="tenant"),
    "venir": dict(base="venir", pres="viens viens vient venons venez viennent", imp="ven", ps=("v", "in"), fut="viendr", pp="venu", ppr="venant"),
    "mentir": dict(base="mentir", pres="mens mens ment mentons mentez mentent", imp="ment", ps=("ment", "i"), fut="mentir", pp="menti", ppr="mentant"),
    "conclure": dict(base="conclure", pres="conclus conclus conclut concluons concluez concluent", imp="conclu", ps=("concl", "u"), fut="conclur", pp="conclu", ppr="concluant"),
    "connaître": dict(base="connaître", pres="connais connais connaît connaissons connaissez connaissent", imp="connaiss", ps=("conn", "u"), fut="connaîtr", pp="connu", ppr="connaissant"),
    "rompre": dict(base="rompre", pres="romps romps rompt rompons rompez rompent", imp="romp", ps=("romp", "i"), fut="rompr", pp="rompu", ppr="rompant"),
}

IMP_END = ["ais", "ais", "ait", "ions", "iez", "aient"]
FUT_END = ["ai", "as", "a", "ons", "ez", "ont"]
COND_END = IMP_END


def simple_past(stem, vowel):
    if vowel == "in":  # tint, vint
        return [stem + e for e in ["ins", "ins", "int", "înmes", "întes", "inrent"]]
    hat = {"i": "î", "u": "û", "a": "â"}[vowel]
    if vowel == "a":
        return [stem + e for e in ["ai", "as", "a", "âmes", "âtes", "èrent"]]
    return [stem + e for e in [vowel + "s", vowel + "s", vowel + "t", hat + "mes", hat + "tes", vowel + "rent"]]


def participles(pp):
    if pp.endswith("s"):  # mis, pris: the masculine plural is the same
        return [pp, pp + "e", pp + "es"]
    return [pp, pp + "e", pp + "s", pp + "es"]


def first_group(lemma):
    stem = lemma[:-2]
    soft = stem  # before a, o: c→ç, g→ge
    if stem.endswith("c"):
        soft = stem[:-1] + "ç"
    elif stem.endswith("g"):
        soft = stem + "e"
    # Stem before a mute e: é→è (répéter), e→è (marteler, relever), -eler/-eter doubling (rappeler).
    mute = stem
    if stem.endswith("y") and not stem.endswith("ey"):
        mute = stem[:-1] + "i"
    for i in range(len(stem) - 2, -1, -1):
        c = stem[i]
        if c in "aeiouyéèêâîôûï":
            if c == "é":
                mute = stem[:i] + "è" + stem[i + 1:]
            elif c == "e" and i == len(stem) - 2 and stem[i + 1] in "lt" and lemma in ("rappeler", "appeler", "jeter"):
                mute = stem + stem[-1]
            elif c == "e" and i == len(stem) - 2:
                mute = stem[:i] + "è" + stem[i + 1:]
            break
    forms = [mute + "e", mute + "es", mute + "e", soft + "ons", stem + "ez", mute + "ent"]
    forms += [soft + e if e.startswith("a") else stem + e for e in IMP_END]
    forms += [soft + "ai", soft + "as", soft + "a", soft + "âmes", soft + "âtes", stem + "èrent"]
    fut = (mute if mute != stem and not stem.endswith("é") and "é" not in stem[-3:] else stem) + "er"
    if "é" in stem and mute != stem:
        fut = stem + "er"  # répéter → répéterai (1990 spelling répèterai also accepted below)
        forms += [mute + "er" + e for e in FUT_END]
    forms += [fut + e for e in FUT_END] + [fut + e for e in COND_END]
    forms += [stem + "er"] + participles(stem + "é") + [soft + "ant"]
    return forms


def second_group(lemma):
    stem = lemma[:-2]
    forms = [stem + e for e in ["is", "is", "it", "issons", "issez", "issent"]]
    forms += [stem + "iss" + e for e in IMP_END]
    forms += simple_past(stem, "i")
    forms += [lemma + e for e in FUT_END] + [lemma + e for e in COND_END]
    forms += [lemma] + participles(stem + "i") + [stem + "issant", stem + "isse"]
    return forms


def third_re(lemma):  # rendre: répondre, prétendre
    stem = lemma[:-2]
    forms = [stem + e for e in ["s", "s", "", "ons", "ez", "ent"]]
    forms += [stem + e for e in IMP_END]
    forms += simple_past(stem, "i")
    forms += [stem + "r" + e for e in FUT_END] + [stem + "r" + e for e in COND_END]
    forms += [lemma] + participles(stem + "u") + [stem + "ant", stem + "e"]
    return forms


def irregular(lemma, model):
    m = IRREGULAR[model]
    base = m["base"]
    assert lemma.endswith(base), (lemma, model)
    p = lemma[: len(lemma) - len(base)]
    forms = [p + f for f in m["pres"].split()]
    forms += [p + m["imp"] + e for e in IMP_END]
    forms += [p + f for f in simple_past(*m["ps"])]
    forms += [p + m["fut"] + e for e in FUT_END] + [p + m["fut"] + e for e in COND_END]
    forms += [lemma] + [p + f for f in participles(m["pp"])] + [p + m["ppr"]]
    return forms


def expand(lemma, model):
    if model == "er":
        return first_group(lemma)
    if model == "ir":
        return second_group(lemma)
    if model == "re":
        return third_re(lemma)
    if model in IRREGULAR:
        return irregular(lemma, model)
    sys.exit(f"unknown model {model!r} for {lemma!r}")


def main():
    rows = {}
    with open(os.path.join(ROOT, "Lexicons/speech/verbs.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            lemma, model = parts[0], parts[1]
            flags = parts[2] if len(parts) > 2 else ""
            forms = expand(lemma, model)
            # 1990 spelling: "reconnait", "reconnaitre" beside "reconnaît" (î kept only where it marks a tense).
            forms += [f.replace("aît", "ait") for f in forms if "aît" in f]
            for form in forms:
                key = (form, lemma)
                rows[key] = flags
    lines = sorted(f"{form}\t{lemma}\t{flags}" for (form, lemma), flags in rows.items())
    tsv = "".join(l + "\n" for l in lines)
    with open(os.path.join(ROOT, "Lexicons/speech/forms.tsv"), "w", encoding="utf-8") as f:
        f.write("# FORM\tLEMMA\tFLAGS — generated by scripts/gen-speech-verbs.py from verbs.txt; do not edit.\n")
        f.write(tsv)
    print(f"{len(lines)} forms")


if __name__ == "__main__":
    main()
