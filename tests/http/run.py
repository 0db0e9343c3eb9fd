#!/usr/bin/env python3
"""HTTP tests against the real `pao` binary.

Starts `build/pao migrate`, `demo-data` and `serve` on a free loopback port with the database
given by PAO_DB (a fresh SQLite file when unset), then replays the scenario files in
tests/http/*.http and runs the robustness checks below (huge headers, malformed requests, idle
half-open connections, graceful stop …). Prints one line per test and a closing
"N passed, N failed" line; exits non-zero on any failure.

Scenario file format (one test per block):

    ### GET / shows the PAO's name            <- test name
    GET /?lang=en                              <- request line (method, target)
    Header-Name: value                         <- optional request headers
                                               <- blank line, then optional body up to the
    {"json": "body"}                              next "expect" line
    expect status 200
    expect header Content-Type contains text/html
    expect body contains องค์การบริหารส่วนจังหวัดลำพูน
    expect body not contains Traceback
    expect json error.code == invalid_argument
"""
import gzip
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAO = os.environ.get("PAO_BIN", os.path.join(ROOT, "build", "pao"))
SCENARIOS = os.path.join(ROOT, "tests", "http")

results = []


def check(name, fn):
    try:
        fn()
        results.append((name, None))
        print(f"ok    {name}", flush=True)
    except Exception as e:  # noqa: BLE001 - report every failure, keep going
        results.append((name, e))
        print(f"FAIL  {name}: {e}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, env, port=None):
        self.env = env
        self.port = port or free_port()
        self.proc = None
        self.log = tempfile.NamedTemporaryFile(prefix="pao-serve-", suffix=".log", delete=False)

    def start(self):
        self.proc = subprocess.Popen(
            [PAO, "serve", "--listen", f"127.0.0.1:{self.port}", "--access-log", "off"],
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 10
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"pao serve exited {self.proc.returncode}: {self.output()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("pao serve did not start listening within 10 s")

    def output(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()[-3000:]

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode if self.proc else None


def request(port, method, target, headers=None, body=None, timeout=10):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    conn.request(method, target, body=body, headers=headers or {})
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp, data


# ---- scenario files --------------------------------------------------------------------------


def parse_scenarios(path):
    tests, cur = [], None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("### "):
            cur = {"name": line[4:].strip(), "request": None, "headers": {}, "body": [],
                   "expects": [], "in_body": False}
            tests.append(cur)
        elif cur is None or line.startswith("#"):
            continue
        elif line.startswith("expect "):
            cur["expects"].append(line[7:])
            cur["in_body"] = False
        elif cur["request"] is None:
            if line.strip():
                cur["request"] = line.split(" ", 1)
        elif cur["in_body"]:
            cur["body"].append(line)
        elif not line.strip():
            cur["in_body"] = True
        else:
            k, v = line.split(":", 1)
            cur["headers"][k.strip()] = v.strip()
    return tests


def json_path(doc, path):
    for part in path.split("."):
        if isinstance(doc, list):
            doc = doc[int(part)]
        else:
            doc = doc[part]
    return doc


def run_scenario(port, t):
    method, target = t["request"]
    body = "\n".join(t["body"]).strip().encode() or None
    resp, data = request(port, method, target, t["headers"], body)
    if resp.getheader("Content-Encoding") == "gzip":
        data = gzip.decompress(data)
    text = data.decode("utf-8", errors="replace")
    for e in t["expects"]:
        kind, rest = e.split(" ", 1)
        if kind == "status":
            assert resp.status == int(rest), f"status {resp.status} != {rest}; body: {text[:300]}"
        elif kind == "header":
            name, op, want = rest.split(" ", 2)
            got = resp.getheader(name)
            if op == "contains":
                assert got is not None and want in got, f"header {name}={got!r} lacks {want!r}"
            elif op == "==":
                assert got == want, f"header {name}={got!r} != {want!r}"
            elif op == "absent":
                assert got is None, f"header {name} present: {got!r}"
        elif kind == "body":
            if rest.startswith("not contains "):
                want = rest[len("not contains "):]
                assert want not in text, f"body contains {want!r}"
            else:
                want = rest[len("contains "):]
                assert want in text, f"body lacks {want!r}: {text[:300]}"
        elif kind == "json":
            path, op, want = rest.split(" ", 2)
            doc = json.loads(text)
            got = json_path(doc, path)
            if op == "==":
                assert str(got) == want, f"{path}={got!r} != {want!r}"
            elif op == "len>=":
                assert len(got) >= int(want), f"len({path})={len(got)} < {want}"
        else:
            raise AssertionError(f"unknown expectation: {e}")


# ---- robustness ------------------------------------------------------------------------------


def raw(port, payload, timeout=5, read=True):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.sendall(payload)
    data = b""
    if read:
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
                if b"\r\n\r\n" in data and b"Connection: close" not in data and b"connection: close" not in data:
                    break
        except socket.timeout:
            pass
    s.close()
    return data


def status_of(data):
    line = data.split(b"\r\n", 1)[0].decode(errors="replace")
    parts = line.split(" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def robustness_tests(port):
    def huge_header():
        data = raw(port, b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n")
        assert status_of(data) == 431, data[:200]

    def malformed():
        data = raw(port, b"THIS IS NOT HTTP\r\n\r\n")
        assert status_of(data) in (400, None), data[:200]
        resp, _ = request(port, "GET", "/healthz")
        assert resp.status == 200

    def garbage_bytes():
        data = raw(port, bytes(range(256)) * 8)
        assert status_of(data) in (400, None)
        resp, _ = request(port, "GET", "/healthz")
        assert resp.status == 200

    def body_too_large():
        big = b"x" * (2 * 1024 * 1024)
        data = raw(port, b"POST /api/v1/org/divisions HTTP/1.1\r\nHost: x\r\nContent-Length: "
                   + str(len(big)).encode() + b"\r\n\r\n")
        assert status_of(data) == 413, data[:200]

    def unknown_route_json():
        resp, data = request(port, "GET", "/api/v1/no/such/thing")
        assert resp.status == 404
        doc = json.loads(data)
        assert doc["error"]["code"] == "not_found"

    def method_not_allowed():
        resp, _ = request(port, "DELETE", "/api/v1/org/divisions")
        assert resp.status == 405
        assert "GET" in resp.getheader("Allow")

    def etag_304():
        resp, _ = request(port, "GET", "/")
        tag = resp.getheader("ETag")
        assert tag
        resp2, data2 = request(port, "GET", "/", {"If-None-Match": tag})
        assert resp2.status == 304 and data2 == b""

    def gzip_when_accepted():
        resp, data = request(port, "GET", "/", {"Accept-Encoding": "gzip"})
        assert resp.getheader("Content-Encoding") == "gzip"
        assert "องค์การบริหารส่วนจังหวัดลำพูน" in gzip.decompress(data).decode()

    def static_hashed_and_cached():
        resp, data = request(port, "GET", "/")
        html = data.decode()
        start = html.index('href="/static/css/pao.') + 6
        url = html[start:html.index('"', start)]
        resp, css = request(port, "GET", url)
        assert resp.status == 200, url
        assert "immutable" in resp.getheader("Cache-Control")
        assert b"@font-face" in css
        font = css.decode().split("url(")[1].split(")")[0]
        resp, woff = request(port, "GET", font)
        assert resp.status == 200 and resp.getheader("Content-Type") == "font/woff2", font
        resp, _ = request(port, "GET", url, {"If-None-Match": resp.getheader("ETag") or ""})

    def idle_half_open_connections():
        socks = []
        try:
            for _ in range(1000):
                s = socket.create_connection(("127.0.0.1", port), timeout=5)
                s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # never finishes its header
                socks.append(s)
            t0 = time.time()
            for _ in range(50):
                resp, _ = request(port, "GET", "/healthz", timeout=5)
                assert resp.status == 200
            assert time.time() - t0 < 5, "requests slowed down by idle connections"
        finally:
            for s in socks:
                s.close()

    def slow_header_is_cut_off():
        s = socket.create_connection(("127.0.0.1", port), timeout=20)
        s.sendall(b"GET / HTTP/1.1\r\n")
        t0 = time.time()
        data = s.recv(100)  # server closes after its header timeout (~10 s)
        assert data == b"" and time.time() - t0 < 15
        s.close()

    def invalid_query_lang_is_ignored():
        resp, data = request(port, "GET", "/?lang=xx")
        assert resp.status == 200 and 'lang="th"' in data.decode()

    def metrics_count_requests():
        request(port, "GET", "/healthz")
        resp, data = request(port, "GET", "/metrics")
        text = data.decode()
        assert resp.status == 200
        assert 'pao_http_requests_total{method="GET",route="/healthz",status="200"}' in text
        assert "pao_http_request_duration_seconds_bucket" in text
        assert "pao_db_pool_connections" in text and "pao_uptime_seconds" in text

    def openapi_lists_json_routes():
        resp, data = request(port, "GET", "/api/v1/openapi.json")
        doc = json.loads(data)
        assert doc["openapi"].startswith("3.")
        for p in ("/healthz", "/api/v1/org/divisions", "/api/v1/org/profile",
                  "/api/v1/plan/strategies", "/api/v1/openapi.json"):
            assert p in doc["paths"], p

    checks = [huge_header, malformed, garbage_bytes, body_too_large, unknown_route_json,
              method_not_allowed, etag_304, gzip_when_accepted, static_hashed_and_cached,
              idle_half_open_connections, invalid_query_lang_is_ignored, metrics_count_requests,
              openapi_lists_json_routes, slow_header_is_cut_off]
    for fn in checks:
        check(fn.__name__.replace("_", " "), fn)


def graceful_stop_test(env):
    """SIGTERM while requests are in flight: they all complete, then the process exits 0."""
    srv = Server(env).start()
    errors, done = [], []

    def client():
        try:
            for _ in range(20):
                resp, _ = request(srv.port, "GET", "/")
                if resp.status != 200:
                    errors.append(resp.status)
            done.append(1)
        except (ConnectionError, OSError):
            done.append(0)  # refused after the listener closed: expected once stopping

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    time.sleep(0.05)
    rc = srv.stop()
    for t in threads:
        t.join()
    assert rc == 0, f"exit code {rc}: {srv.output()}"
    assert not errors, f"non-200 answers during stop: {errors}"


def cli_tests(env):
    def port_in_use():
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            s.listen()
            port = s.getsockname()[1]
            p = subprocess.run([PAO, "serve", "--listen", f"127.0.0.1:{port}"], env=env,
                               capture_output=True, text=True, timeout=20)
            assert p.returncode != 0
            assert "already in use" in p.stderr, p.stderr

    def bad_listen_flag():
        p = subprocess.run([PAO, "serve", "--listen", "nonsense"], env=env, capture_output=True,
                           text=True, timeout=20)
        assert p.returncode == 2 and "--listen" in p.stderr, p.stderr

    def unknown_command():
        p = subprocess.run([PAO, "frobnicate"], env=env, capture_output=True, text=True)
        assert p.returncode != 0

    def unreachable_database():
        bad = dict(env, PAO_DB="postgresql://pao:secretpw@127.0.0.1:1/pao")
        p = subprocess.run([PAO, "migrate"], env=bad, capture_output=True, text=True, timeout=30)
        assert p.returncode == 1, p.stderr
        assert "database" in p.stderr and "secretpw" not in p.stderr, p.stderr

    def migrate_is_idempotent():
        p = subprocess.run([PAO, "migrate"], env=env, capture_output=True, text=True, timeout=60)
        assert p.returncode == 0 and "up to date" in p.stdout, p.stdout + p.stderr

    def demo_data_again_keeps_the_sign_in_details():
        # `make run` twice: the second `pao demo-data` makes no accounts, and must not leave
        # var/demo-credentials.txt without the password the first one printed.
        file = os.path.join(env["PAO_DATA_DIR"], "demo-credentials.txt")
        with open(file) as f:
            before = f.read()
        assert "password" in before, before
        p = subprocess.run([PAO, "demo-data"], env=env, capture_output=True, text=True,
                           timeout=120)
        assert p.returncode == 0, p.stderr
        with open(file) as f:
            assert f.read() == before

    def version():
        p = subprocess.run([PAO, "version"], capture_output=True, text=True)
        assert p.returncode == 0 and p.stdout.startswith("pao ")

    def backup_opens():
        if not env["PAO_DB"].startswith("sqlite:"):
            return
        out = tempfile.mkdtemp(prefix="pao-backup-")
        file = os.path.join(out, "copy.db")
        p = subprocess.run([PAO, "backup", "--to", file], env=env, capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        srv = Server(dict(env, PAO_DB="sqlite:" + file)).start()
        try:
            resp, data = request(srv.port, "GET", "/api/v1/org/divisions")
            assert resp.status == 200 and len(json.loads(data)["items"]) == 10
        finally:
            srv.stop()

    for fn in (port_in_use, bad_listen_flag, unknown_command, unreachable_database,
               migrate_is_idempotent, demo_data_again_keeps_the_sign_in_details, version,
               backup_opens):
        check("cli " + fn.__name__.replace("_", " "), fn)


# ---- identity, sessions across servers, the audit chain ------------------------------------


def pao(env, *args, stdin=None):
    return subprocess.run([PAO, *args], env=env, input=stdin, capture_output=True, text=True,
                          timeout=60)


def sign_in(port, username, password):
    resp, data = request(port, "POST", "/api/v1/auth/login", {"Content-Type": "application/json"},
                         json.dumps({"username": username, "password": password}).encode())
    assert resp.status == 200, f"sign-in {resp.status}: {data[:200]}"
    cookie = resp.getheader("Set-Cookie")
    return {"Cookie": cookie.split(";")[0], "X-CSRF-Token": json.loads(data)["csrf_token"],
            "Content-Type": "application/json", "set-cookie": cookie}


def sql(env, statement):
    """Runs one statement on the test database directly, as someone with database access would."""
    db = env["PAO_DB"]
    if db.startswith("sqlite:"):
        import sqlite3
        with sqlite3.connect(db[len("sqlite:"):]) as c:
            c.execute(statement)
    else:
        p = subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", db, "-c", statement],
                           capture_output=True, text=True, timeout=30)
        assert p.returncode == 0, p.stderr


def identity_tests(env, port):
    password = "http-test-secret-1"

    def user_add_cli():
        p = pao(env, "user", "add", "--username", "httpadmin", "--name", "ผู้ทดสอบ เอชทีทีพี",
                "--division", "office_of_chief", "--role", "admin", "--password-stdin",
                stdin=password + "\n")
        assert p.returncode == 0, p.stderr
        again = pao(env, "user", "add", "--username", "httpadmin", "--name", "ซ้ำ",
                    "--password-stdin", stdin=password + "\n")
        assert again.returncode != 0 and "taken" in again.stderr, again.stderr

    def sign_in_sets_a_hardened_cookie():
        h = sign_in(port, "httpadmin", password)
        for flag in ("HttpOnly", "SameSite=Lax", "Path=/"):
            assert flag in h["set-cookie"], h["set-cookie"]
        resp, data = request(port, "GET", "/api/v1/me", {"Cookie": h["Cookie"]})
        assert resp.status == 200 and json.loads(data)["user"]["username"] == "httpadmin"

    def me_without_a_session_is_401():
        resp, _ = request(port, "GET", "/api/v1/me")
        assert resp.status == 401, resp.status

    def csrf_missing_is_403():
        h = sign_in(port, "httpadmin", password)
        body = json.dumps({"username": "csrfvictim", "display_name": "เหยื่อ",
                           "password": "long enough pw"}).encode()
        no_token = {k: v for k, v in h.items() if k in ("Cookie", "Content-Type")}
        resp, _ = request(port, "POST", "/api/v1/users", no_token, body)
        assert resp.status == 403, resp.status
        resp, data = request(port, "POST", "/api/v1/users",
                             {k: h[k] for k in ("Cookie", "Content-Type", "X-CSRF-Token")}, body)
        assert resp.status == 201, (resp.status, data[:200])

    def token_works_until_revoked():
        p = pao(env, "token", "create", "--name", "http-agent", "--scope", "identity.users.view",
                "--expires", "2099-12-31")
        assert p.returncode == 0, p.stderr
        token = p.stdout.strip()
        assert token.startswith("pao_") and "\n" not in token, p.stdout
        auth = {"Authorization": "Bearer " + token}
        assert request(port, "GET", "/api/v1/users", auth)[0].status == 200
        assert request(port, "POST", "/api/v1/users", auth, b"{}")[0].status == 403
        assert pao(env, "token", "revoke", "http-agent").returncode == 0
        assert request(port, "GET", "/api/v1/users", auth)[0].status == 401

    def rate_limit_answers_429_with_retry_after():
        assert pao(env, "user", "add", "--username", "locked", "--name", "ล็อก", "--password-stdin",
                   stdin=password + "\n").returncode == 0
        body = json.dumps({"username": "locked", "password": "wrong"}).encode()
        for _ in range(5):
            resp, _ = request(port, "POST", "/api/v1/auth/login",
                              {"Content-Type": "application/json"}, body)
            assert resp.status == 401, resp.status
        resp, _ = request(port, "POST", "/api/v1/auth/login", {"Content-Type": "application/json"},
                          json.dumps({"username": "locked", "password": password}).encode())
        assert resp.status == 429 and int(resp.getheader("Retry-After")) > 0, resp.status

    def a_second_server_shares_sessions_and_data():
        # Two `pao serve` on one database: what one writes the other reads, and a session made
        # on one is good on the other (nothing lives in a server's memory).
        other = Server(env).start()
        try:
            h = sign_in(port, "httpadmin", password)
            body = json.dumps({"username": "twoservers", "display_name": "สองเครื่อง",
                               "password": "long enough pw"}).encode()
            resp, data = request(port, "POST", "/api/v1/users",
                                 {k: h[k] for k in ("Cookie", "Content-Type", "X-CSRF-Token")}, body)
            assert resp.status == 201, data[:200]
            uid = json.loads(data)["id"]
            resp, data = request(other.port, "GET", f"/api/v1/users/{uid}", {"Cookie": h["Cookie"]})
            assert resp.status == 200 and json.loads(data)["username"] == "twoservers", resp.status
            resp, _ = request(port, "POST", "/api/v1/auth/logout",
                              {k: h[k] for k in ("Cookie", "X-CSRF-Token")})
            assert resp.status == 200
            resp, _ = request(other.port, "GET", "/api/v1/me", {"Cookie": h["Cookie"]})
            assert resp.status == 401, f"signed out on one server, still in on the other: {resp.status}"
        finally:
            other.stop()

    def audit_verify_detects_a_tampered_row():
        p = pao(env, "audit", "verify")
        assert p.returncode == 0 and "intact" in p.stdout, p.stdout + p.stderr
        sql(env, "UPDATE platform_audit_entry SET actor_name = actor_name || 'x' WHERE seq = 2")
        try:
            p = pao(env, "audit", "verify")
            assert p.returncode == 1 and "sequence 2" in p.stderr, p.stdout + p.stderr
        finally:
            sql(env, "UPDATE platform_audit_entry SET actor_name = substr(actor_name, 1, "
                     "length(actor_name) - 1) WHERE seq = 2")
        assert pao(env, "audit", "verify").returncode == 0

    for name, fn in [("pao user add creates an account; a duplicate fails", user_add_cli),
                     ("sign-in sets an HttpOnly SameSite cookie", sign_in_sets_a_hardened_cookie),
                     ("/api/v1/me without a session is 401", me_without_a_session_is_401),
                     ("a cookie call without the CSRF token is 403", csrf_missing_is_403),
                     ("a token works until `pao token revoke`", token_works_until_revoked),
                     ("five failures answer 429 with Retry-After", rate_limit_answers_429_with_retry_after),
                     ("two servers on one database share writes and sessions",
                      a_second_server_shares_sessions_and_data),
                     ("pao audit verify names a tampered row", audit_verify_detects_a_tampered_row)]:
        check(name, fn)


class ModuleContext:
    """What a module's tests/http/<module>_checks.py gets: run(ctx) uses these helpers."""

    def __init__(self, env, port):
        self.env, self.port = env, port
        self.check, self.request, self.sign_in, self.pao, self.sql = (
            check, request, sign_in, pao, sql)

    def demo_password(self):
        """The demo accounts' password, from the credentials file `pao demo-data` wrote."""
        with open(os.path.join(self.env["PAO_DATA_DIR"], "demo-credentials.txt")) as f:
            line = next(x for x in f if x.startswith("Demo sign-in:"))
        return line.rsplit("password ", 1)[1].split()[0]


def module_checks(env, port):
    """Runs each module's tests/http/<module>_checks.py (a function run(ctx)), in name order."""
    import importlib.util
    for name in sorted(os.listdir(SCENARIOS)):
        if name.endswith("_checks.py"):
            spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(SCENARIOS, name))
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            mod.run(ModuleContext(env, port))


def main():
    env = dict(os.environ)
    tmp = tempfile.mkdtemp(prefix="pao-http-")
    env.setdefault("PAO_DB", "sqlite:" + os.path.join(tmp, "pao.db"))
    env["PAO_DATA_DIR"] = tmp
    backend = "postgresql" if env["PAO_DB"].startswith("postgres") else "sqlite"
    print(f"# HTTP tests on {backend}", flush=True)
    for cmd in (["migrate"], ["demo-data"]):
        t0 = time.time()
        p = subprocess.run([PAO] + cmd, env=env, capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            print(f"pao {cmd[0]} failed: {p.stdout}{p.stderr}")
            return 1
        print(f"# pao {cmd[0]}: {time.time() - t0:.3f} s", flush=True)

    srv = Server(env).start()
    try:
        for name in sorted(os.listdir(SCENARIOS)):
            if name.endswith(".http"):
                for t in parse_scenarios(os.path.join(SCENARIOS, name)):
                    check(f"{name}: {t['name']}", lambda t=t: run_scenario(srv.port, t))
        robustness_tests(srv.port)
        identity_tests(env, srv.port)
        module_checks(env, srv.port)
    finally:
        rc = srv.stop()
        check("server stops cleanly on SIGTERM", lambda: (_ for _ in ()).throw(
            AssertionError(f"exit {rc}: {srv.output()}")) if rc != 0 else None)
    check("graceful stop finishes requests in flight", lambda: graceful_stop_test(env))
    cli_tests(env)

    failed = [n for n, e in results if e]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
