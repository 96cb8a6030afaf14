#!/usr/bin/env python3
"""Generates the ICU transliterator rule files of Lexicons/translit/ from the compact scheme
tables below (run from the repository root: python3 scripts/translit/make_rules.py).

Each scheme is a letter map plus contextual rules in the spirit of iuliia's schemas
(https://github.com/nalgeon/iuliia, MIT): `prev` (a letter after given letters, or at the start
of a word), `next` (a letter before given letters), `ending` (the last letters of a word of three
letters or more). Contextual rules go in ICU's first pass (their contexts still see the Cyrillic
source), the letter map in the second pass. Case: every rule gets a lowercase, a Titlecase and an
UPPERCASE variant; a capital whose output has several letters is written in capitals when the
next (or previous) letter is a capital too (ЩЕГЛОВ → SHCHEGLOV, Щеглов → Shcheglov).
"""
import os

UPPER = {c: c.upper() for c in "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя"}
VOWELS_RU = "аеёиоуыэюя"
WORD = "[[:L:][:M:][:N:]_]"          # iuliia splits words on regex \b
NONWORD = "[^[:L:][:M:][:N:]_]"
LATIN_VOWELS = "aeioyïAEIOYÏ"      # not u: pass 1 writes г as "gu" before е/и


def both(letters):
    """ICU set of lowercase Cyrillic letters with their capitals (and given Latin extras)."""
    return "[" + "".join(c + UPPER.get(c, "") for c in letters) + "]"


def vboth(letters):
    """Like both(), plus the Latin vowels that pass 1 may already have written before."""
    return both(letters)[:-1] + ("iïIÏ" if letters in ("и", "і") else LATIN_VOWELS) + "]"


def esc(s):
    """Writes a rule key or output: letters as is, anything else as \\uXXXX."""
    if s == "":
        return ""
    out = []
    for ch in s:
        if ch.isalpha() and not (0x2B0 <= ord(ch) < 0x370):
            out.append(ch)
        else:
            out.append("\\u%04X" % ord(ch))
    return "".join(out)


def cap(s):
    return s[:1].upper() + s[1:]


class Rules:
    def __init__(self):
        self.lines = []
        self.seen = set()

    def add(self, before, key, after, out, comment=None):
        """One rule for each case of `key` (lowercase Cyrillic). before/after: None, 'START',
        'END', or an ICU set string."""
        variants = [(key, out)]
        if any(c in UPPER for c in key):
            variants.append((key[:1].upper() + key[1:], cap(out)))
            if len(key) > 1:
                variants.append((key.upper(), out.upper()))
        for k, o in variants:
            allcaps = k != key and k == key[:1].upper() + key[1:] and len(o) > 1 and o != o.upper()
            for b in ([NONWORD + " {", "^"] if before == "START" else [None] if before is None else [before + " {"]):
                if after is None:
                    afters = [None]
                elif after.endswith("END"):
                    pre = after[:-3].strip()
                    afters = ["} " + (pre + " " if pre else "") + "$", "} " + (pre + " " if pre else "") + NONWORD]
                else:
                    afters = ["} " + after]
                for a in afters:
                    if allcaps and a is None:
                        self.emit(b, k, "} [:Lu:]", o.upper())
                    if allcaps and a is None and b is None:
                        self.emit("[:Lu:] {", k, None, o.upper())
                    self.emit(b, k, a, o)

    def emit(self, b, k, a, o):
        k = esc(k)
        parts = [p for p in (b, k, a) if p]
        line = " ".join(parts)
        if b == "^":
            line = "^" + k + ((" " + a) if a else "")
        line = line + " → " + esc(o) + " ;"
        if line not in self.seen:      # ICU rejects a rule masked by an identical earlier one
            self.seen.add(line)
            self.lines.append(line)

    def text(self):
        # ICU reports an anchored rule (^е) as masking later rules with a before-context
        # (а { е), so anchored rules go last; nothing unanchored before them has their key alone.
        plain = [l for l in self.lines if not l.startswith("^")]
        anchored = [l for l in self.lines if l.startswith("^")]
        return "\n".join(plain + anchored)


def build(name, description, source, mapping, prev=None, next_=None, ending=None, extra_first=None, notes="", ukrainian=False):
    """prev: {(before, letter): out} with before a string of letters or 'START';
    next_: {(letter, after_letters): out}; ending: {ending: out}."""
    prev, next_, ending = prev or {}, next_ or {}, ending or {}
    p1 = Rules()
    for (b, k, a, o) in extra_first or []:
        p1.add(b, k, a, o)
    for e, o in ending.items():
        p1.add("[[:L:][:M:]]", e, "END", o)
    # A letter pair in both prev and next (mvd-310-fr кс → x) becomes one key.
    combined = set()
    for (b, k), o in prev.items():
        if b != "START" and (b, k) in {(kk, aa) for (kk, aa) in next_.keys() if len(aa) == 1}:
            p1.add(None, b + k, None, next_[(b, k)] + o)
            combined.add((b, k))
    for (b, k), o in prev.items():
        if (b, k) in combined:
            continue
        p1.add("START" if b == "START" else both(b), k, None, o)
    # A stem-final letter does not see a mapped ending (iuliia translates stem and ending apart).
    for (k, a), o in next_.items():
        for e in ending:
            if e[0] in a:
                p1.add(None, k, ending_after(e), mapping[k])
    for (k, a), o in next_.items():
        if (k, a) in combined:
            continue
        p1.add(None, k, both(a), o)
    p2 = Rules()
    for k, o in mapping.items():
        p2.add(None, k, None, o)
    header = [
        "# %s — %s" % (name, description),
        "# Source: %s" % source,
        "# Generated by scripts/translit/make_rules.py: edit the tables there, not this file.",
    ] + ["# " + l for l in notes.strip().splitlines() if l.strip()] + [
        "# Pass 1: contextual rules (contexts see the Cyrillic source).",
    ]
    body = p1.text()
    if ukrainian:   # the apostrophe is inside a Ukrainian word (Знам’янка = Znamianka)
        body = body.replace(NONWORD, NONWORD[:-1] + "'\u2019\u02BC]")
    return "\n".join(header) + "\n" + body + "\n::Null;\n# Pass 2: letters.\n" + p2.text() + "\n"


def ending_after(e):
    return "".join(both(c) for c in e) + " END"


def m(s):
    """'а:a б:b …' → dict."""
    d = {}
    for item in s.split():
        k, _, v = item.partition(":")
        d[k] = v
    return d


RU_BASE = "а:a б:b в:v г:g д:d е:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ы:y э:e ю:yu я:ya"

SCHEMES = {}

# --- The five schemes checked against iuliia's published samples ---------------------------
w = m(RU_BASE + " ё:yo ъ: ь:")
SCHEMES["wikipedia"] = build(
    "wikipedia", "English Wikipedia romanization of Russian (modified BGN/PCGN)",
    "https://en.wikipedia.org/wiki/Wikipedia:Romanization_of_Russian ; tables as in iuliia's schema `wikipedia` (MIT)",
    w,
    prev={**{("START", "е"): "ye"}, **{(v, "е"): "ye" for v in "аиоуэюяьъ"}},
    next_={(s, v): "y" for s in "ъь" for v in "аиоуыэ"},
    ending={"ий": "y", "ый": "y"},
)

mvd = m("а:a б:b в:v г:g д:d е:e ё:e ж:j з:z и:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:ou ф:f х:kh ц:ts ч:tch ш:ch щ:chtch ъ: ы:y ь: э:e ю:iou я:ia")
SCHEMES["mvd-310-fr"] = build(
    "mvd-310-fr", "Russian MVD order 310 (1997), French-based passport transliteration",
    "Order of the Ministry of Internal Affairs of Russia No. 310 (26 May 1997), French table; as in iuliia's schema `mvd_310_fr` (MIT)",
    mvd,
    prev={("г", "е"): "ue", ("г", "и"): "ui", ("г", "ы"): "uy", ("ь", "е"): "ie", ("к", "с"): "x"},
    next_={("к", "с"): ""},
    ending={"ин": "ine"},
)

icao = m(RU_BASE.replace("ю:yu", "ю:iu").replace("я:ya", "я:ia").replace("й:y", "й:i") + " ё:e ъ:ie ь: і:i ї:i є:ie ґ:g")
SCHEMES["icao-9303"] = build(
    "icao-9303", "ICAO Doc 9303 (7th edition, 2015), machine-readable travel documents; Russian passports since 2014",
    "ICAO Doc 9303 Part 3, section 6 (Cyrillic); as in iuliia's schema `icao_doc_9303` (MIT)",
    icao,
)

iso = m("а:a б:b в:v г:g д:d е:e ё:ё ж:ž з:z и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:c ч:č ш:š щ:ŝ ъ:ʺ ы:y ь:ʹ э:è ю:û я:â і:ì ї:ï є:ê ґ:g̀")
SCHEMES["iso9"] = build(
    "iso9", "ISO 9:1995 = GOST 7.79-2000 system A (one Latin letter per Cyrillic letter, reversible)",
    "ISO 9:1995; GOST 7.79-2000 table A; as in iuliia's schema `gost_779` (MIT)",
    iso,
    notes="""
ё is kept as the Cyrillic letter U+0451, as iuliia's published gost_779 sample has it
(ISO 9 itself writes ë U+00EB): the samples are the byte-for-byte contract.
""",
)

sci = m("а:a б:b в:v г:g д:d е:e ё:ё ж:ž з:z и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:x ц:c ч:č ш:š щ:šč ъ:ʺ ы:y ь:ʹ э:è ю:ju я:ja і:i ї:ji є:je ґ:g")
SCHEMES["scientific"] = build(
    "scientific", "Scientific transliteration (linguistics), Russian",
    "Scientific transliteration of Cyrillic; as in iuliia's schema `scientific` (MIT)",
    sci,
    notes="""
ё is kept as the Cyrillic letter U+0451, as iuliia's published scientific sample has it
(the scientific system itself writes ë U+00EB): the samples are the byte-for-byte contract.
Ukrainian letters (г → h is not applied: Russian input is assumed).
""",
)

SCHEMES["bgn-pcgn"] = """# bgn-pcgn — BGN/PCGN 1947 romanization of Russian, as CLDR defines it
# Source: CLDR transform ru-ru_Latn_BGN (ICU built-in Russian-Latin/BGN); checked against
# CLDR's test data common/testData/transforms/ru-Latn-t-ru-m0-bgn.txt.
::Russian-Latin/BGN;
"""
SCHEMES["bgn-pcgn-uk"] = """# bgn-pcgn (Ukrainian input) — BGN/PCGN 1965 romanization of Ukrainian, as CLDR defines it
# Source: CLDR transform uk-uk_Latn_BGN (ICU built-in Ukrainian-Latin/BGN).
::Ukrainian-Latin/BGN;
"""

# --- Ukrainian national standard ------------------------------------------------------------
kmu = m("а:a б:b в:v г:h ґ:g д:d е:e є:ie ж:zh з:z и:y і:i ї:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ь: ю:iu я:ia")
kmu["'"] = ""
kmu["’"] = ""
kmu["ʼ"] = ""
kmu.update({"ы": "y", "э": "e", "ё": "io", "ъ": ""})   # Russian-only letters: not in the standard
SCHEMES["uk-kmu-2010"] = build(
    "uk-kmu-2010", "Ukrainian national transliteration (Cabinet of Ministers resolution No. 55, 27 January 2010)",
    "Resolution of the Cabinet of Ministers of Ukraine No. 55 of 27.01.2010 (its table and examples)",
    kmu,
    prev={("START", "є"): "ye", ("START", "ї"): "yi", ("START", "й"): "y", ("START", "ю"): "yu", ("START", "я"): "ya"},
    extra_first=[(None, "зг", None, "zgh")],
    notes="""
Word-initial є ї й ю я are ye yi y yu ya, elsewhere ie i i iu ia; зг is zgh (Zghorany);
the apostrophe and ь are dropped. Russian-only letters (ы э ё ъ → y e io, dropped) are a
convenience outside the standard.
""",
    ukrainian=True,
)

# --- Press usage ----------------------------------------------------------------------------
HUSH = "жчшщц"
ALLV = VOWELS_RU + "ьъ"

fr = m("а:a б:b в:v г:g д:d е:e ё:io ж:j з:z и:i й:ï к:k л:l м:m н:n о:o п:p р:r с:s т:t у:ou ф:f х:kh ц:ts ч:tch ш:ch щ:chtch ъ: ы:y ь: э:e ю:iou я:ia")
SCHEMES["fr-press"] = build(
    "fr-press", "French newsroom usage for Russian names (AFP, Le Monde, French Wikipedia)",
    "Usage of the French press; conventions described in Lexicons/translit/README.md",
    fr,
    extra_first=[
        ("[[:L:][:M:]]", "ин", "END", "ine"),        # Poutine, Eltsine, Prigojine
        ("[[:L:][:M:]]", "ий", "END", "i"),          # Evgueni, Dmitri, -ski
        ("[[:L:][:M:]]", "ый", "END", "y"),          # Navalny, Krasny
        ("[[:L:][:M:]]", "ын", "END", "yne"),        # Soljenitsyne
        ("[[:L:][:M:]]", "др", "END", "dre"),        # Alexandre
        ("START", "алекс", None, "alex"),           # Alexandre, Alexeï (but Ksenia, Oksana)
        ("START", "й", None, "i"),                   # Iochkar-Ola
        (None, "г", both("еиыэё"), "gu"),            # Sergueï, Evgueni, Guerassimov
        (vboth(VOWELS_RU), "с", both(VOWELS_RU), "ss"),  # Vassili, Raïssa
        (both(HUSH), "ё", None, "e"),                # Khrouchtchev, Gorbatchev
        (vboth("и"), "е", None, "e"),                 # Dartchiev, Dmitriev
        (vboth("аоуыэюяеё"), "е", None, "ïe"),          # Dostoïevski, Andreïev
        (both("ьъ"), "е", None, "ie"),               # Soloviev
        (vboth("и"), "я", None, "a"),                 # Maria, Ioulia
        (vboth("аоуыэеё"), "я", None, "ïa"),          # Navalnaïa
        (vboth("и"), "ю", None, "ou"),                # -ию
        (vboth("аоуыэеё"), "ю", None, "ïou"),
        (vboth("аоуыэеёюя"), "и", None, "ï"),          # Aïda, Raïssa
    ],
)

fr_uk = m("а:a б:b в:v г:h ґ:g д:d е:e є:ie ж:j з:z и:y і:i ї:ï й:ï к:k л:l м:m н:n о:o п:p р:r с:s т:t у:ou ф:f х:kh ц:ts ч:tch ш:ch щ:chtch ь: ю:iou я:ia")
fr_uk["'"] = ""
fr_uk["’"] = ""
fr_uk["ʼ"] = ""
SCHEMES["fr-press-uk"] = build(
    "fr-press (Ukrainian input)", "French newsroom usage for Ukrainian names (Volodymyr Zelensky, Louhansk, Andriï Iermak)",
    "Usage of the French press; conventions described in Lexicons/translit/README.md",
    fr_uk,
    extra_first=[
        ("[[:L:][:M:]]", "ий", "END", "y"),          # Zelensky, Syrsky
        ("START", "й", None, "i"),
        ("START", "ї", None, "i"),
        (vboth("и"), "ї", None, "i"),                 # Kyiv
        (None, "жж", None, "j"),                     # Zaporijia
        (vboth("аеєиіоуюя"), "с", both("аеєиіоуюя"), "ss"),
        (vboth("і"), "я", None, "a"),
        (vboth("аоуие"), "я", None, "ïa"),
        (vboth("аоуиеі"), "є", None, "ïe"),
    ],
    ukrainian=True,
)

en = m(RU_BASE + " ё:yo ъ: ь:")
SCHEMES["en-press"] = build(
    "en-press", "English newsroom usage for Russian names (AP, Reuters, BBC): BGN/PCGN without diacritics",
    "Usage of the English-language press; conventions described in Lexicons/translit/README.md",
    en,
    extra_first=[
        ("[[:L:][:M:]]", "ий", "END", "y"),          # Yevgeny, Dmitry, Zelensky
        ("[[:L:][:M:]]", "ый", "END", "y"),          # Navalny
        ("[[:L:][:M:]]", "андр", "END", "ander"),    # Alexander
        ("START", "алекс", None, "alex"),           # Alexander, Alexei
        (both("ае"), "й", None, "i"),                # Sergei, Nikolai, Andrei
        (both("оуыиэюя"), "й", "END", "y"),          # Tolstoy, Donskoy
        (both("оуыиэюя"), "й", None, "i"),           # Shoigu
        ("START", "е", None, "ye"),                 # Yevgeny, Yeltsin
        (vboth("и"), "е", None, "e"),                 # Darchiev, Dmitriev
        (both("аоуыэюяеёьъ"), "е", None, "ye"),        # Dostoyevsky
        (both(HUSH), "ё", None, "e"),                # Khrushchev, Gorbachev
        (vboth("и"), "я", None, "a"),                 # Maria, Yulia
        (vboth("и"), "ю", None, "u"),
        (both("ь"), "и", None, "yi"),                # Ilyich
    ],
)

en_uk = m("а:a б:b в:v г:h ґ:g д:d е:e є:ie ж:zh з:z и:y і:i ї:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ь: ю:iu я:ia")
en_uk["'"] = ""
en_uk["’"] = ""
en_uk["ʼ"] = ""
SCHEMES["en-press-uk"] = build(
    "en-press (Ukrainian input)", "English newsroom usage for Ukrainian names: the KMU 2010 national system (Zelenskyy, Kyiv)",
    "Resolution of the Cabinet of Ministers of Ukraine No. 55 of 27.01.2010, as used by the English press",
    en_uk,
    prev={("START", "є"): "ye", ("START", "ї"): "yi", ("START", "й"): "y", ("START", "ю"): "yu", ("START", "я"): "ya"},
    extra_first=[
        ("[[:L:][:M:]]", "ий", "END", "y"),          # Zelensky, Syrsky (press drop the -yi of KMU)
        ("[[:L:][:M:]]", "ій", "END", "iy"),         # Andriy, Serhiy
        (None, "зг", None, "zgh"),
    ],
    ukrainian=True,
)

de = m("а:a б:b в:w г:g д:d е:e ё:jo ж:sch з:s и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:ch ц:z ч:tsch ш:sch щ:schtsch ъ: ы:y ь: э:e ю:ju я:ja")
SCHEMES["de-press"] = build(
    "de-press", "German newsroom usage for Russian names (Duden transcription)",
    "Duden transcription of Russian as used by the German press; conventions in Lexicons/translit/README.md",
    de,
    extra_first=[
        ("[[:L:][:M:]]", "ий", "END", "i"),          # Jewgeni, Dostojewski, Tschaikowski
        ("[[:L:][:M:]]", "ый", "END", "y"),          # Nawalny
        ("[[:L:][:M:]]", "ой", "END", "oi"),         # Tolstoi
        ("[[:L:][:M:]]", "андр", "END", "ander"),    # Alexander
        ("START", "алекс", None, "alex"),           # Alexander, Alexej
        (both("е"), "й", "END", "j"),                # Sergej, Andrej
        (both(VOWELS_RU), "й", both(VOWELS_RU), "j"),
        (both(VOWELS_RU), "й", None, "i"),           # Schoigu, Tschaikowski, Nikolai
        (vboth("и"), "я", None, "a"),                # Maria, Julia, Ksenia (press, not Duden's -ija)
        ("START", "е", None, "je"),                 # Jelzin, Jewgeni
        (both("аоуыэюяеёиьъ"), "е", None, "je"),      # Dartschijew, Dostojewski
        (both(HUSH), "ё", None, "o"),                # Gorbatschow, Chruschtschow
        (vboth(VOWELS_RU), "с", both(VOWELS_RU), "ss"),  # Wassili
        (both("ь"), "и", None, "ji"),                # Iljitsch
    ],
)

de_uk = m("а:a б:b в:w г:h ґ:g д:d е:e є:je ж:sch з:s и:y і:i ї:ji й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:ch ц:z ч:tsch ш:sch щ:schtsch ь: ю:ju я:ja")
de_uk["'"] = ""
de_uk["’"] = ""
de_uk["ʼ"] = ""
SCHEMES["de-press-uk"] = build(
    "de-press (Ukrainian input)", "German newsroom usage for Ukrainian names (Selenskyj, Kyjiw, Charkiw)",
    "Duden transcription of Ukrainian as used by the German press; conventions in Lexicons/translit/README.md",
    de_uk,
    extra_first=[(vboth("аеєиіоуюя"), "с", both("аеєиіоуюя"), "ss")],
    ukrainian=True,
)

if __name__ == "__main__":
    out = os.path.join("Lexicons", "translit")
    os.makedirs(out, exist_ok=True)
    for name, text in SCHEMES.items():
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote", len(SCHEMES), "rule files to", out)
