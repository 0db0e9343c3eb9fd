#!/usr/bin/env python3
"""e-Saraban with a million letters over HTTP (issue 7): the register page, its JSON and the
letter search as a clerk sees them, next to the same database work measured in-process.

    python3 bench/saraban_register.py [--letters 1000000] [--seconds 10] [--connections 4]
                                      [--work DIR]

--work DIR keeps the database in DIR (made on the first run, reused after: building a million
letters takes minutes), so a measurement can be repeated on a quiet machine.

1. a fresh SQLite database (`pao migrate`, `pao demo-data` for the accounts);
2. `pao_benchmarks --benchmark_filter=Saraban` with
   PAO_SARABAN_BENCH_DB pointing at it: adds the letters (1994–2026, ~30,000 a year, 3 % urgent,
   1 % secret, Thai subjects drawn from the plan's words; numbers after the demo letters'), indexes
   them in the Thai search exactly as registering does, and measures what the register page and
   the search ask the database (the reference: no HTTP, no HTML);
3. `pao serve` on it and `wrk --latency` as the demo central clerk on
   - /saraban/incoming: the register page (count + 50 rows, most urgent first) for one of the
     last five years, a third with a month's date range, a quarter on a later page;
   - /api/v1/saraban/incoming?year=…: the same as JSON;
   - /search?kind=saraban.letter&q=…: one or two content words of the plan, limited to letters;
     one in ten a word that every letter holds;
4. prints req/s, p50, p95 and p99 per target and the in-process p95/p99 beside them.

The issue's targets (SQLite, 1,000,000 letters): list page p99 < 20 ms, search p95 < 50 ms.
wrk, pao and the benchmark share the machine: run it on an otherwise idle box.
Everything started is stopped and the temp dir removed on exit. Loopback only.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

from pao_http import PaoServer, migrate_with_demo_data, pao_env, rotation_script, wrk

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAO = os.environ.get("PAO_BIN", os.path.join(ROOT, "build", "pao"))
BENCHMARKS = os.environ.get("PAO_BENCHMARKS_BIN", os.path.join(ROOT, "build", "pao_benchmarks"))
LAST_YEAR = 2026
# In every letter (all are addressed to นายกองค์การบริหารส่วนจังหวัดลำพูน), typed whole or not.
EVERY_LETTER = ["นายก", "องค์การ", "ลำพูน ", "จังหวัด", "องค์", "บริหาร ส่วน", "นายก ลำพูน"]


def register_paths(rng, n=400):
    """Register pages as clerks open them: mostly this year's first page, some a month, some
    deeper (the same mix as BM_SarabanRegisterListPage)."""
    paths = []
    for i in range(n):
        year = LAST_YEAR - rng.randrange(5)
        q = {"year": year}
        if i % 3 == 1:
            month = rng.randrange(1, 13)
            q["from"], q["to"] = f"{year}-{month:02}-01", f"{year}-{month:02}-28"
        if i % 4 == 3:
            q["page"] = rng.randrange(1, 400)  # clamped to the pages there are
        paths.append("/saraban/incoming?" + urllib.parse.urlencode(q))
    return paths


def search_paths(rng, n=400):
    with open(os.path.join(ROOT, "bench", "data", "plan_words.tsv"), encoding="utf-8") as f:
        words = [line.split("\t")[0] for line in f if line.strip()][50:]  # content words
    paths = []
    for i in range(n):
        # One in ten: words every letter holds (as BM_SarabanLetterSearch), the slowest kind.
        q = (EVERY_LETTER[i // 10 % len(EVERY_LETTER)] if i % 10 == 0 else
             rng.choice(words) if i % 2 else rng.choice(words) + " " + rng.choice(words))
        paths.append("/search?" + urllib.parse.urlencode({"kind": "saraban.letter", "q": q}))
    return paths


def in_process(work, letters):
    env = dict(pao_env(work), PAO_SARABAN_BENCH_DB=os.path.join(work, "pao.db"),
               PAO_SARABAN_BENCH_LETTERS=str(letters))
    out = os.path.join(work, "micro.json")
    t0 = time.time()
    subprocess.run([BENCHMARKS, "--benchmark_filter=Saraban",
                    f"--benchmark_out={out}", "--benchmark_out_format=json"],
                   env=env, check=True, stdout=subprocess.DEVNULL, timeout=4 * 3600)
    print(f"# {letters} letters added and measured in-process in {time.time() - t0:.0f} s",
          flush=True)
    with open(out) as f:
        # "BM_SarabanLetterSearch/iterations:1" → "BM_SarabanLetterSearch"
        return {b["name"].split("/")[0]: b for b in json.load(f)["benchmarks"]}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--letters", type=int, default=1_000_000)
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--connections", type=int, default=4)
    p.add_argument("--work", help="keep the database in this directory and reuse it")
    args = p.parse_args()
    rng = random.Random(2569)
    work = args.work or tempfile.mkdtemp(prefix="pao-saraban-bench-")
    os.makedirs(work, exist_ok=True)
    try:
        if not os.path.exists(os.path.join(work, "pao.db")):
            migrate_with_demo_data(PAO, work)
        # The index as a served database has it after a night (platform.search.merge_index);
        # a no-op when the corpus build already merged it.
        subprocess.run([PAO, "search", "merge"], env=pao_env(work), check=True,
                       capture_output=True, timeout=3600)
        micro = in_process(work, args.letters)
        results = {}
        with PaoServer(PAO, work) as srv:
            cookie = [f"Cookie: {srv.sign_in('clerk')}"]
            for name, url, paths in (
                    ("register page /saraban/incoming", "/saraban/incoming",
                     register_paths(rng)),
                    ("register JSON /api/v1/saraban/incoming", "/api/v1/saraban/incoming",
                     [f"/api/v1/saraban/incoming?year={LAST_YEAR - i % 5}" for i in range(5)]),
                    ("search /search?kind=saraban.letter", "/search", search_paths(rng))):
                script = rotation_script(paths, os.path.join(work, "paths.lua"))
                results[name] = wrk(srv.base + url, args.seconds, args.connections, cookie,
                                    script)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)

    ref = {"register page /saraban/incoming": "BM_SarabanRegisterListPage",
           "search /search?kind=saraban.letter": "BM_SarabanLetterSearch"}
    print(f"\n{'target (HTTP, clerk)':40} | {'req/s':>7} | {'p50 ms':>7} | {'p95 ms':>7} | "
          f"{'p99 ms':>7} | {'DB-only p95':>11} | {'DB-only p99':>11}")
    print("-" * 41 + ("+" + "-" * 9) * 4 + "+" + "-" * 13 + "+" + "-" * 12)
    for name, r in results.items():
        b = micro.get(ref.get(name, ""), {})
        db95 = f"{b['p95_ms']:11.2f}" if b else f"{'':11}"
        db99 = f"{b['p99_ms']:11.2f}" if b else f"{'':11}"
        print(f"{name:40} | {r['rps']:7.0f} | {r['p50']:7.2f} | {r['p95']:7.2f} | "
              f"{r['p99']:7.2f} | {db95} | {db99}")
    print(f"(wrk -t{min(2, args.connections)} -c{args.connections} -d{args.seconds}s --latency; {args.letters} letters; "
          "SQLite; DB-only = the same queries in-process, no HTTP/HTML, same database)")
    print("\nin-process, same database:")
    for name, b in micro.items():
        print(f"  {name:32} p50 {b['p50_ms']:7.2f} ms  p95 {b['p95_ms']:7.2f} ms  "
              f"p99 {b['p99_ms']:7.2f} ms")
    print("targets: list page p99 < 20 ms; search p95 < 50 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
