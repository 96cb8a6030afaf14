"""Throughput of spaCy's blank tokenizer, PyICU's word BreakIterator, the C ICU reference and
Recoupe on the same corpora, in one run (driven by scripts/bench-peers)."""
import argparse
import glob
import json
import os
import subprocess
import sys
import time


def corpus_files(path):
    if os.path.isfile(path):
        return [path]
    files = sorted(glob.glob(os.path.join(path, "**", "*.txt"), recursive=True))
    return [f for f in files if os.path.isfile(f)]


def best_of(repeat, fn):
    """Best wall-clock and best CPU time over `repeat` passes, and the pass's result."""
    best, best_cpu, result = float("inf"), float("inf"), None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best, best_cpu, result


def spacy_tokens(texts, lang):
    import spacy
    try:
        nlp = spacy.blank(lang)
    except Exception:
        nlp = spacy.blank("xx")
    tok = nlp.tokenizer
    return lambda: sum(len(tok(t)) for t in texts)


def pyicu_words(texts, lang):
    import icu
    bi = icu.BreakIterator.createWordInstance(icu.Locale(lang))

    def run():
        words = 0
        for t in texts:
            bi.setText(t)  # str -> UnicodeString (UTF-16): the conversion counts, as for the others
            for _ in bi:
                if bi.getRuleStatus() >= 100:
                    words += 1
        return words
    return run


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpora", nargs="*", help="folders or files of .txt (default: ../shared/corpus/{eltec-fra,ruslit})")
    ap.add_argument("--repeat", type=int, default=3, help="passes per tool for the fast ones (best is kept); spaCy runs once")
    ap.add_argument("--json", action="store_true", help="print one JSON object per corpus instead of tables")
    ap.add_argument("--recoupe", default=os.path.join(repo, ".build/release/recoupe"))
    ap.add_argument("--icu-ref", default=os.path.join(repo, ".build/icu-wordbreak-ref"))
    args = ap.parse_args()

    corpora = args.corpora
    if not corpora:
        shared = os.path.join(os.path.dirname(repo), "shared", "corpus")
        corpora = [p for p in (os.path.join(shared, "eltec-fra"), os.path.join(shared, "ruslit")) if os.path.isdir(p)]
    if not corpora:
        sys.exit("bench-peers: no corpus. Give a folder of .txt files, or put ELTeC-fra's plain1/ texts "
                 "(GitHub COST-ELTeC/ELTeC-fra, folder plain1/) in ../shared/corpus/eltec-fra beside the repository.")

    for corpus in corpora:
        files = corpus_files(corpus)
        if not files:
            sys.exit(f"bench-peers: {corpus}: no .txt files")
        lang = "ru" if "ruslit" in corpus or "/ru" in corpus else "fr"
        raw = [open(f, "rb").read() for f in files]
        texts = [b.decode("utf-8", errors="replace") for b in raw]
        nbytes = sum(len(b) for b in raw)
        mb = nbytes / 1e6
        rows = []

        def add(tool, seconds, cpu_seconds, count, unit, note=""):
            # MB per CPU-second does not depend on how many other processes share the cores; with
            # several jobs it is per core, so compare jobs by wall clock (on a quiet machine).
            rows.append({"tool": tool, "seconds": round(seconds, 3), "mb_per_s": round(mb / seconds, 3),
                         "cpu_seconds": round(cpu_seconds, 3), "mb_per_cpu_s": round(mb / cpu_seconds, 3),
                         unit: count, "note": note})

        print(f"bench-peers: {corpus}: {len(files)} files, {mb:.1f} MB ({lang})", file=sys.stderr)
        # Interleaved order, fast tools first so that their best-of is taken on a quiet machine.
        out = subprocess.run([args.icu_ref, "--repeat", str(args.repeat)] + files, check=True,
                             capture_output=True, text=True).stdout
        ref = json.loads(out)
        add("ICU word break (C, UTF-8 -> UTF-16 included)", ref["seconds"], ref["cpu_seconds"], ref["words"], "words")
        out = subprocess.run([args.recoupe, "bench", corpus, "--jobs", "1", "--repeat", str(args.repeat), "--json"]
                             + (["--lang", lang] if lang != "fr" else []),
                             check=True, capture_output=True, text=True).stdout
        rec = json.loads(out)
        add("Recoupe annotate, end to end, 1 job (JSON out)", rec["seconds"], rec["cpu_seconds"], rec["tokens"], "tokens",
            f"peak RSS {rec['peak_rss_bytes'] / 1e6:.0f} MB")
        out = subprocess.run([args.recoupe, "bench", corpus, "--jobs", "2", "--repeat", str(args.repeat), "--json"]
                             + (["--lang", lang] if lang != "fr" else []),
                             check=True, capture_output=True, text=True).stdout
        rec2 = json.loads(out)
        add("Recoupe annotate, end to end, 2 jobs", rec2["seconds"], rec2["cpu_seconds"], rec2["tokens"], "tokens",
            f"peak RSS {rec2['peak_rss_bytes'] / 1e6:.0f} MB")
        secs, cpu, words = best_of(args.repeat, pyicu_words(texts, lang))
        add("PyICU word BreakIterator", secs, cpu, words, "words")
        secs, cpu, tokens = best_of(1, spacy_tokens(texts, lang))
        add(f'spaCy {__import__("spacy").__version__} blank("{lang}") tokenizer', secs, cpu, tokens, "tokens")

        by = {r["tool"].split(" ")[0] + ("2" if "2 jobs" in r["tool"] else ""): r for r in rows}
        spacy_r, icu_r, rec_r, rec2_r, pyicu_r = by["spaCy"], by["ICU"], by["Recoupe"], by["Recoupe2"], by["PyICU"]
        ratios = {
            "recoupe_1job_vs_icu_c": rec_r["mb_per_s"] / icu_r["mb_per_s"],
            "recoupe_1job_vs_icu_c_cpu": rec_r["mb_per_cpu_s"] / icu_r["mb_per_cpu_s"],
            "recoupe_1job_vs_spacy_cpu": rec_r["mb_per_cpu_s"] / spacy_r["mb_per_cpu_s"],
            "recoupe_1job_vs_spacy": rec_r["mb_per_s"] / spacy_r["mb_per_s"],
            "recoupe_2jobs_vs_1job": rec2_r["mb_per_s"] / rec_r["mb_per_s"],
            "icu_c_vs_spacy": icu_r["mb_per_s"] / spacy_r["mb_per_s"],
            "pyicu_vs_spacy": pyicu_r["mb_per_s"] / spacy_r["mb_per_s"],
        }
        if args.json:
            print(json.dumps({"corpus": corpus, "files": len(files), "bytes": nbytes, "results": rows,
                              "ratios": {k: round(v, 3) for k, v in ratios.items()}}))
            continue
        print(f"\n{corpus}: {len(files)} files, {mb:.1f} MB")
        print(f"{'tool':<50} {'MB/s':>9} {'seconds':>9} {'MB/CPU-s':>9}  count")
        for r in rows:
            count = r.get("tokens", r.get("words"))
            unit = "tokens" if "tokens" in r else "words"
            print(f"{r['tool']:<50} {r['mb_per_s']:>9.2f} {r['seconds']:>9.2f} {r['mb_per_cpu_s']:>9.2f}  "
                  f"{count} {unit}  {r['note']}")
        print("ratios (same run; *_cpu from CPU time, robust to other load):")
        for k, v in ratios.items():
            print(f"  {k:<26} {v:8.2f}x")


if __name__ == "__main__":
    main()
