#!/usr/bin/env bash
# Rebuilds Lexicons/language/*.tsv (character n-gram profiles) and measures language
# identification on held-out text. Usage: scripts/language-profiles/build.sh [WORKDIR]
#
# Training text (none of it is committed; only the derived counts are):
#   fr  ELTeC-fra novels (public domain), shared/corpus/eltec-fra: the first 8 files by name, 60,000 characters of each.
#   ru  RusLit prose (public domain), shared/corpus/ruslit: ru001-ru008 (Bryusov, Chekhov, Dostoevsky), 60,000 characters of each.
#   en  Firefox ESR en-GB language pack (Debian firefox-esr-l10n-en-gb), MPL-2.0.
#   de  Firefox ESR de language pack (Debian firefox-esr-l10n-de), MPL-2.0.
#   uk  Firefox ESR uk language pack (Debian firefox-esr-l10n-uk), MPL-2.0.
#   All five languages also get their Firefox language pack, so no language is the only one
#   learnt from UI strings (fr: firefox-esr-l10n-fr, ru: firefox-esr-l10n-ru).
# Held out: every 5th Firefox file, ELTeC files 91-100, RusLit ru010-ru012 (never trained on).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus="${CORPUS:-$repo/../shared/corpus}"
[ -d "$corpus/eltec-fra" ] || corpus=/work/shared/corpus
work="${1:-$(mktemp -d)}"
mkdir -p "$work" "$repo/Lexicons/language"
cd "$work"

config="${CONFIG:-debug}"
swift build -c "$config" --product recoupe --package-path "$repo" >&2
bin="$repo/.build/$config/recoupe"

for l in de en-gb uk fr ru; do
  [ -f "firefox-esr-l10n-$l.deb" ] || { apt-get download "firefox-esr-l10n-$l" >&2 && mv firefox-esr-l10n-${l}_*.deb "firefox-esr-l10n-$l.deb"; }
  rm -rf "pack-$l" && mkdir "pack-$l" && dpkg-deb -x "firefox-esr-l10n-$l.deb" "pack-$l"
  xpi=$(find "pack-$l" -name '*.xpi' | head -1)
  python3 "$here/extract_l10n.py" "$xpi" 5 > "ff-train-$l.txt" 2> "ff-held-$l.txt"
  version=$(dpkg-deb -f "firefox-esr-l10n-$l.deb" Version)
  echo "Firefox ESR $version $l language pack (Debian firefox-esr-l10n-$l), MPL-2.0" > "ff-source-$l.txt"
done

# Novels: training and held-out files; held-out paragraphs also cut into sentences.
ls "$corpus"/eltec-fra/FRA*.txt | sort | head -8 > fr-train.list
ls "$corpus"/eltec-fra/FRA*.txt | sort | tail -10 > fr-held.list
printf '%s\n' "$corpus"/ruslit/ru00{1..8}.txt > ru-train.list
printf '%s\n' "$corpus"/ruslit/ru01{0..2}.txt > ru-held.list
# Training text is balanced: about 60,000 characters from each novel (8 novels, ~500k characters)
# beside the ~300-700k of a language pack, so no language's profile is sharper for its size alone.
for l in fr ru; do
  : > "novel-train-$l.txt"
  while read -r f; do python3 -c 'import sys; t=open(sys.argv[1],encoding="utf-8").read(); n=len(t)//3; sys.stdout.write(t[n:n+60000]+"\n")' "$f" >> "novel-train-$l.txt"; done < "$l-train.list"
  xargs cat < "$l-held.list" > "novel-held-$l.txt"
  # One sentence a line (rough: after . ! ? … followed by a space).
  sed -E 's/([.!?…]) +/\1\n/g' "novel-held-$l.txt" > "novel-sentences-$l.txt"
done

"$bin" language build-profile --lang fr --script Latn -o "$repo/Lexicons/language/fr.tsv" \
  --source "ELTeC-fra novels 1840-1920 (public domain), first 8 files, 60k characters each; $(cat ff-source-fr.txt)" \
  novel-train-fr.txt ff-train-fr.txt
"$bin" language build-profile --lang ru --script Cyrl -o "$repo/Lexicons/language/ru.tsv" \
  --source "RusLit prose ru001-ru008 (public domain), 60k characters each; $(cat ff-source-ru.txt)" \
  novel-train-ru.txt ff-train-ru.txt
"$bin" language build-profile --lang en --script Latn -o "$repo/Lexicons/language/en.tsv" \
  --source "$(cat ff-source-en-gb.txt)" ff-train-en-gb.txt
"$bin" language build-profile --lang de --script Latn -o "$repo/Lexicons/language/de.tsv" \
  --source "$(cat ff-source-de.txt)" ff-train-de.txt
"$bin" language build-profile --lang uk --script Cyrl -o "$repo/Lexicons/language/uk.tsv" \
  --source "$(cat ff-source-uk.txt)" ff-train-uk.txt

echo "== held-out accuracy (language, correct/total, accuracy, confusions)"
for min in 20 60; do
  echo "-- units with at least $min letters"
  for l in fr ru; do
    "$bin" language identify --lines --min-letters $min --expect $l "novel-held-$l.txt" | sed 's/^/novel paragraphs  /'
    "$bin" language identify --lines --min-letters $min --expect $l "novel-sentences-$l.txt" | sed 's/^/novel sentences   /'
  done
  for l in fr ru en-gb de uk; do
    "$bin" language identify --lines --min-letters $min --expect ${l%-gb} "ff-held-$l.txt" | sed 's/^/firefox strings   /'
  done
done
