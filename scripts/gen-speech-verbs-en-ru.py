#!/usr/bin/env python3
"""Writes Lexicons/speech/en-forms.tsv, ru-forms.tsv and uk-forms.tsv (FORM<TAB>LEMMA<TAB>FLAGS, the format of
the French forms.tsv) from the verb lists below: English verbs of saying with their inflected
forms, Russian ones from their past stem (заяви-л, -ла, -ло, -ли) and present/future forms.
Usage: python3 scripts/gen-speech-verbs-en-ru.py
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# lemma: other forms (3sg, past, participle, -ing)
ENGLISH = {
    "say": "says said saying", "tell": "tells told telling", "add": "adds added adding", "state": "states stated stating",
    "note": "notes noted noting", "warn": "warns warned warning", "insist": "insists insisted insisting",
    "claim": "claims claimed claiming", "write": "writes wrote written writing", "declare": "declares declared declaring",
    "announce": "announces announced announcing", "explain": "explains explained explaining", "argue": "argues argued arguing",
    "ask": "asks asked asking", "reply": "replies replied replying", "call": "calls called calling",
    "stress": "stresses stressed stressing", "emphasize": "emphasizes emphasized emphasizing", "confirm": "confirms confirmed confirming",
    "deny": "denies denied denying", "acknowledge": "acknowledges acknowledged acknowledging", "admit": "admits admitted admitting",
    "report": "reports reported reporting", "urge": "urges urged urging", "describe": "describes described describing",
    "comment": "comments commented commenting", "respond": "responds responded responding", "suggest": "suggests suggested suggesting",
    "recall": "recalls recalled recalling", "assert": "asserts asserted asserting", "affirm": "affirms affirmed affirming",
    "complain": "complains complained complaining", "predict": "predicts predicted predicting", "promise": "promises promised promising",
    "vow": "vows vowed vowing", "tweet": "tweets tweeted tweeting", "post": "posts posted posting", "quote": "quotes quoted quoting",
    "conclude": "concludes concluded concluding", "observe": "observes observed observing", "remark": "remarks remarked remarking",
    "caution": "cautions cautioned cautioning", "tout": "touts touted touting", "dismiss": "dismisses dismissed dismissing",
}

# lemma: (past stem, other forms)
RUSSIAN = {
    "заявить": ("заяви", "заявит заявят заявляет заявляют заявлял заявляла заявляли заявлено"),
    "сказать": ("сказа", "скажет скажут сказано"),
    "отметить": ("отмети", "отметит отметят отмечает отмечают отмечал отмечала отмечали отмечено"),
    "сообщить": ("сообщи", "сообщит сообщат сообщает сообщают сообщал сообщала сообщали сообщало сообщается"),
    "добавить": ("добави", "добавит добавят добавляет добавляют добавлял добавляла"),
    "подчеркнуть": ("подчеркну", "подчеркнёт подчеркивает подчёркивает подчеркивают подчёркивают подчеркивал подчёркивал"),
    "пояснить": ("поясни", "поясняет поясняют пояснял"),
    "уточнить": ("уточни", "уточняет уточняют уточнял"),
    "назвать": ("назва", "назовёт называет называют называл называла"),
    "написать": ("написа", "пишет пишут писал писала писали"),
    "признать": ("призна", "признаёт признает признают признавал"),
    "указать": ("указа", "указывает указывают указывал"),
    "констатировать": ("констатирова", "констатирует констатируют"),
    "ответить": ("ответи", "отвечает отвечают отвечал"),
    "предупредить": ("предупреди", "предупреждает предупреждают предупреждал"),
    "заверить": ("завери", "заверяет заверяют"),
    "подтвердить": ("подтверди", "подтверждает подтверждают подтверждал"),
    "опровергнуть": ("опроверг", "опровергает опровергают"),
    "говорить": ("говори", "говорит говорят говорится"),
    "считать": ("счита", "считает считают"),
    "рассказать": ("рассказа", "рассказывает рассказывают рассказывал"),
    "объявить": ("объяви", "объявляет объявляют"),
    "напомнить": ("напомни", "напоминает напоминают"),
    "пообещать": ("пообеща", "обещает обещают"),
    "выразить": ("вырази", "выражает выражают"),
    "процитировать": ("процитирова", "цитирует цитируют"),
}


# Base and -s forms that are more often nouns in news ("the State Department", "a report"): left out.
ENGLISH_NOUNS = {"state", "states", "note", "notes", "post", "posts", "quote", "quotes", "report", "reports", "comment",
                 "comments", "call", "calls", "claim", "claims", "promise", "promises", "vow", "vows", "tweet", "tweets",
                 "caution", "remark", "remarks", "warning", "posting", "saying", "reply", "ask", "stress", "add"}


# Ukrainian: lemma: (past stem, other forms); the masculine past ends in -в after a vowel.
UKRAINIAN = {
    "заявити": ("заяви", "заявить заявлять заявляє заявляють заявляв"),
    "сказати": ("сказа", "скаже скажуть"),
    "зазначити": ("зазначи", "зазначає зазначають зазначав"),
    "повідомити": ("повідоми", "повідомляє повідомляють повідомляв повідомлялося"),
    "додати": ("дода", "додає додають"),
    "наголосити": ("наголоси", "наголошує наголошують наголошував"),
    "підкреслити": ("підкресли", "підкреслює підкреслюють"),
    "пояснити": ("поясни", "пояснює пояснюють"),
    "уточнити": ("уточни", "уточнює"),
    "назвати": ("назва", "називає називають"),
    "написати": ("написа", "пише пишуть"),
    "визнати": ("визна", "визнає визнають"),
    "відповісти": ("відповіс", "відповідає відповідають"),
    "попередити": ("попереди", "попереджає"),
    "підтвердити": ("підтверди", "підтверджує"),
    "говорити": ("говори", "говорить говорять йдеться"),
    "розповісти": ("розповіс", "розповідає розповідають"),
}


def ukrainian_past(stem):
    if stem[-1] in "аеєиіїоуюя":
        return [stem + "в", stem + "ла", stem + "ло", stem + "ли"]
    return [stem + "в", stem + "ла", stem + "ло", stem + "ли"]


def russian_past(stem):
    # -л, -ла, -ло, -ли; a stem ending in a consonant ("опроверг") takes no -л in the masculine.
    if stem[-1] in "аеёиоуыэюя":
        return [stem + "л", stem + "ла", stem + "ло", stem + "ли"]
    return [stem, stem + "ла", stem + "ло", stem + "ли"]


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for form, lemma in sorted(set(rows)):
            f.write(f"{form}\t{lemma}\t\n")


def main():
    rows = [(lemma, lemma) for lemma in ENGLISH] + [(f, l) for l, forms in ENGLISH.items() for f in forms.split()]
    rows = [(f, l) for f, l in rows if f not in ENGLISH_NOUNS]
    write(os.path.join(ROOT, "Lexicons/speech/en-forms.tsv"),
          "# FORM\tLEMMA\tFLAGS — English verbs of saying; generated by scripts/gen-speech-verbs-en-ru.py; do not edit.\n", rows)
    rows = []
    for lemma, (stem, forms) in RUSSIAN.items():
        rows.append((lemma, lemma))
        rows += [(f, lemma) for f in russian_past(stem) + forms.split()]
    write(os.path.join(ROOT, "Lexicons/speech/ru-forms.tsv"),
          "# FORM\tLEMMA\tFLAGS — Russian verbs of saying; generated by scripts/gen-speech-verbs-en-ru.py; do not edit.\n", rows)
    rows = []
    for lemma, (stem, forms) in UKRAINIAN.items():
        rows.append((lemma, lemma))
        rows += [(f, lemma) for f in ukrainian_past(stem) + forms.split()]
    write(os.path.join(ROOT, "Lexicons/speech/uk-forms.tsv"),
          "# FORM\tLEMMA\tFLAGS — Ukrainian verbs of saying; generated by scripts/gen-speech-verbs-en-ru.py; do not edit.\n", rows)


if __name__ == "__main__":
    main()
