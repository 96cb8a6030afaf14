// Standalone ICU word-break reference for scripts/bench-peers and `make bench-peers`:
//   cc -O2 scripts/icu-wordbreak-ref.c $(pkg-config --cflags --libs icu-uc) -o .build/icu-wordbreak-ref
//   .build/icu-wordbreak-ref [--repeat N] FILE...
// Reads every file into memory first, then times (best of N) ICU's word BreakIterator with rule
// status over each, UTF-8 -> UTF-16 conversion included. Prints one JSON object.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "../Benchmarks/Sources/ICUWordBreakReference/ICUWordBreakReference.c"

static double clock_seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
static double now(void) { return clock_seconds(CLOCK_MONOTONIC); }
/* CPU time of the process: what a pass costs even when other processes share the cores. */
static double cpu_now(void) { return clock_seconds(CLOCK_PROCESS_CPUTIME_ID); }

int main(int argc, char **argv) {
    int repeat = 3, first = 1;
    if (argc > 2 && strcmp(argv[1], "--repeat") == 0) { repeat = atoi(argv[2]); first = 3; }
    int n = argc - first;
    if (n <= 0) { fprintf(stderr, "usage: %s [--repeat N] FILE...\n", argv[0]); return 2; }
    char **texts = calloc((size_t)n, sizeof *texts);
    long *lengths = calloc((size_t)n, sizeof *lengths);
    long total = 0;
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(argv[first + i], "rb");
        if (!f) { perror(argv[first + i]); return 1; }
        fseek(f, 0, SEEK_END);
        lengths[i] = ftell(f);
        fseek(f, 0, SEEK_SET);
        texts[i] = malloc((size_t)lengths[i] + 1);
        if (fread(texts[i], 1, (size_t)lengths[i], f) != (size_t)lengths[i]) { perror(argv[first + i]); return 1; }
        fclose(f);
        total += lengths[i];
    }
    icuref_word_break *ref = icuref_open("fr");
    if (!ref) { fprintf(stderr, "cannot open ICU word break iterator\n"); return 1; }
    double best = 1e30, best_cpu = 1e30;
    long long words = 0, boundaries = 0;
    for (int r = 0; r < repeat; r++) {
        words = boundaries = 0;
        double t0 = now(), c0 = cpu_now();
        for (int i = 0; i < n; i++) {
            icuref_counts c = icuref_run(ref, texts[i], lengths[i]);
            if (c.boundaries < 0) { fprintf(stderr, "%s: ICU error\n", argv[first + i]); return 1; }
            boundaries += c.boundaries;
            words += c.words;
        }
        double t = now() - t0, c = cpu_now() - c0;
        if (t < best) best = t;
        if (c < best_cpu) best_cpu = c;
    }
    printf("{\"tool\":\"icu-wordbreak-c\",\"documents\":%d,\"bytes\":%ld,\"boundaries\":%lld,\"words\":%lld,"
           "\"seconds\":%.6f,\"mb_per_s\":%.3f,\"cpu_seconds\":%.6f}\n",
           n, total, boundaries, words, best, total / 1e6 / best, best_cpu);
    icuref_close(ref);
    return 0;
}
