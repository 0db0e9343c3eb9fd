#!/usr/bin/env python3
"""The IT queue with 200,000 tickets: pao's /helpdesk/queue against Redmine 5's issue list.

    python3 bench/helpdesk_queue.py [--tickets 200000] [--open-share 0.2] [--seconds 10]

pao: a fresh SQLite database (`pao migrate`, `pao demo-data` for the accounts), N tickets
bulk-loaded in one statement with `--open-share` of them open (in the queue), `pao serve`, then
`wrk --latency` on the queue's first page and on a page deep in it (keyset cursor) as the demo
IT technician (session cookie).

Redmine (Debian's `redmine` + `redmine-sqlite`, when installed): a copy of the packaged instance's
migrated SQLite database into a temp dir, one public project holding the same number of issues
with the same open share, `rails server` (WEBrick, production), then `wrk --latency` on the
project's issue list as the anonymous user (the default query: open issues, 25 a page, with its
COUNT for the pager) and on its page 100 (OFFSET).

Prints one table: req/s and p50/p99 latency per target and pao's p99 as a fraction of Redmine's.
Everything started is stopped and every temp dir removed on exit. Loopback only.
"""
import argparse
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

from pao_http import PaoServer, free_port, migrate_with_demo_data, wait_http, wrk

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAO = os.environ.get("PAO_BIN", os.path.join(ROOT, "build", "pao"))
REDMINE = "/usr/share/redmine"
REDMINE_DB = "/var/lib/dbconfig-common/sqlite3/redmine/instances/default/redmine_default"


def load_pao_tickets(db_path, n, open_share):
    open_every = max(1, round(1 / open_share))
    with sqlite3.connect(db_path) as c:
        c.execute(f"""
          WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {n})
          INSERT INTO helpdesk_ticket (title, description, urgency, priority, category, status,
            asset_no, requester_id, requester_name, division, assignee_id, assignee_name,
            created_at, updated_at, sla_version, own_target_seconds, resolve_target_seconds,
            own_due_at, resolve_due_at, queue_due_at, owned_at, resolved_at, closed_at)
          SELECT 'เครื่องพิมพ์ไม่ทำงาน เลขที่ ' || i, 'กระดาษติด', 'medium', 'medium', 'เครื่องพิมพ์',
            CASE WHEN i % {open_every} = 0 THEN 'in_progress' ELSE 'closed' END,
            '416-66-' || (i % 500), 1, 'ผู้แจ้ง ทดสอบ', 'finance', 1, 'ช่างเอก คอมพิวเตอร์',
            strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 300) || ' seconds'),
            strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 300) || ' seconds'),
            1, 14400, 86400,
            strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 300 + 14400) || ' seconds'),
            strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 300 + 86400) || ' seconds'),
            CASE WHEN i % {open_every} = 0 THEN
              strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 300 + 86400) || ' seconds')
            END,
            strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 300 + 600) || ' seconds'),
            CASE WHEN i % {open_every} = 0 THEN NULL ELSE
              strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 300 + 7200) || ' seconds') END,
            CASE WHEN i % {open_every} = 0 THEN NULL ELSE
              strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (i * 300 + 9000) || ' seconds') END
          FROM seq""")
        c.execute("UPDATE helpdesk_status_count SET n = (SELECT COUNT(*) FROM helpdesk_ticket t "
                  "WHERE t.status = helpdesk_status_count.status)")
        c.execute("ANALYZE")
    return n // open_every


def bench_pao(args, work):
    migrate_with_demo_data(PAO, work)
    t0 = time.time()
    in_queue = load_pao_tickets(os.path.join(work, "pao.db"), args.tickets, args.open_share)
    print(f"# pao: {args.tickets} tickets ({in_queue} open) loaded in {time.time() - t0:.1f} s",
          flush=True)
    with PaoServer(PAO, work) as srv:
        cookie = srv.sign_in("itstaff")
        # A cursor half-way down the queue, from the JSON queue's pages.
        page = json.loads(srv.get("/api/v1/helpdesk/queue?limit=200", cookie))
        assert len(page["items"]) == 200, page
        deep = srv.base + "/helpdesk/queue"
        m = re.search(r'href="/helpdesk/queue\?after=([^"]+)"', srv.get("/helpdesk/queue", cookie))
        if m:
            deep = srv.base + "/helpdesk/queue?after=" + m.group(1)
        results = {}
        for name, url in (("pao /helpdesk/queue (first page)", srv.base + "/helpdesk/queue"),
                          ("pao /helpdesk/queue (next page, keyset)", deep)):
            results[name] = wrk(url, args.seconds, args.connections, [f"Cookie: {cookie}"])
        return results


def load_redmine_issues(db_path, n, open_share):
    open_every = max(1, round(1 / open_share))
    with sqlite3.connect(db_path) as c:
        c.execute("INSERT INTO projects (id, name, identifier, is_public, status, lft, rgt, "
                  "created_on, updated_on) VALUES (1, 'IT help', 'ithelp', 1, 1, 1, 2, "
                  "'2024-01-01 00:00:00', '2024-01-01 00:00:00')")
        c.execute("INSERT INTO enabled_modules (project_id, name) VALUES (1, 'issue_tracking')")
        c.execute("INSERT INTO projects_trackers (project_id, tracker_id) VALUES (1, 1), (1, 3)")
        c.execute(f"""
          WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {n})
          INSERT INTO issues (id, tracker_id, project_id, subject, description, status_id,
            priority_id, author_id, assigned_to_id, lock_version, created_on, updated_on,
            done_ratio, root_id, lft, rgt, is_private, closed_on)
          SELECT i, 3, 1, 'เครื่องพิมพ์ไม่ทำงาน เลขที่ ' || i, 'กระดาษติด',
            CASE WHEN i % {open_every} = 0 THEN 2 ELSE 5 END, 2, 1, 1, 0,
            datetime('2024-01-01', '+' || (i * 300) || ' seconds'),
            datetime('2024-01-01', '+' || (i * 300 + 600) || ' seconds'),
            0, i, 1, 2, 0,
            CASE WHEN i % {open_every} = 0 THEN NULL
                 ELSE datetime('2024-01-01', '+' || (i * 300 + 9000) || ' seconds') END
          FROM seq""")
        c.execute("ANALYZE")


def bench_redmine(args, work):
    db = os.path.join(work, "redmine.db")
    shutil.copyfile(REDMINE_DB, db)
    t0 = time.time()
    load_redmine_issues(db, args.tickets, args.open_share)
    print(f"# redmine: {args.tickets} issues loaded in {time.time() - t0:.1f} s", flush=True)
    port = free_port()
    env = dict(os.environ, RAILS_ENV="production", DATABASE_URL="sqlite3:" + db,
               RAILS_LOG_LEVEL="warn")
    srv = subprocess.Popen(["bin/rails", "server", "-b", "127.0.0.1", "-p", str(port),
                            "-P", os.path.join(work, "redmine.pid")], cwd=REDMINE, env=env,
                           stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "rails.log"), "w"),
                           start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_http(base + "/projects/ithelp/issues", 300)
        results = {}
        for name, url in (("redmine /projects/ithelp/issues (first page)",
                           base + "/projects/ithelp/issues"),
                          ("redmine /projects/ithelp/issues?page=100", base
                           + "/projects/ithelp/issues?page=100")):
            results[name] = wrk(url, args.seconds, args.connections)
        return results
    finally:
        os.killpg(srv.pid, signal.SIGTERM)
        srv.wait(timeout=60)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tickets", type=int, default=200_000)
    p.add_argument("--open-share", type=float, default=0.2)
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--connections", type=int, default=4)
    p.add_argument("--no-redmine", action="store_true")
    args = p.parse_args()
    work = tempfile.mkdtemp(prefix="pao-helpdesk-bench-")
    try:
        results = bench_pao(args, work)
        if not args.no_redmine and os.path.exists(REDMINE_DB):
            results.update(bench_redmine(args, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{'target':48} | {'req/s':>8} | {'p50 ms':>7} | {'p99 ms':>7}")
    print("-" * 49 + "+" + "-" * 10 + "+" + "-" * 9 + "+" + "-" * 8)
    for name, r in results.items():
        print(f"{name:48} | {r['rps']:8.1f} | {r['p50']:7.2f} | {r['p99']:7.2f}")
    pao_first = results.get("pao /helpdesk/queue (first page)")
    rm_first = results.get("redmine /projects/ithelp/issues (first page)")
    if pao_first and rm_first:
        print(f"\nfirst page: Redmine p99 / pao p99 = {rm_first['p99'] / pao_first['p99']:.1f}x; "
              f"pao req/s / Redmine req/s = {pao_first['rps'] / rm_first['rps']:.1f}x")
    print(f"(wrk -t2 -c{args.connections} -d{args.seconds}s --latency; {args.tickets} tickets, "
          f"{args.open_share:.0%} open; SQLite for both; same machine, same run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
