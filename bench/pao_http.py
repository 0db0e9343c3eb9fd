"""What the HTTP benchmarks share: a free loopback port, waiting for a server, wrk with its
latency distribution parsed, and a running `pao serve` on a prepared database with a demo
account signed in.

    from pao_http import PaoServer, wrk
    with PaoServer(pao_bin, work_dir) as srv:      # work_dir holds pao.db and the demo data
        cookie = srv.sign_in("clerk")
        print(wrk(srv.base + "/saraban/incoming", 10, 4, [f"Cookie: {cookie}"]))
"""
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status < 500:
                    return
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer in {seconds} s")


def wrk(url, seconds, connections, headers=(), script=None):
    """req/s, p50 and p99 in ms of `wrk --latency` on `url` (a Lua `script` may vary the path).
    Fails on any non-2xx answer or socket error: a fast error page is not a result."""
    threads = min(2, connections)  # wrk needs a connection per thread
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for h in headers:
        cmd += ["-H", h]
    if script:
        cmd += ["-s", script]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, timeout=seconds + 60).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise RuntimeError(f"wrk saw errors on {url}:\n{out}")

    def ms(label):
        m = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    result = {"rps": rps, "p50": ms("50%"), "p99": ms("99%")}
    p95 = re.search(r"^p95_us (\d+)$", out, re.M)  # printed by rotation_script's done()
    if p95:
        result["p95"] = int(p95.group(1)) / 1000
    return result


def rotation_script(paths, file):
    """A wrk Lua script that requests `paths` in turn (each thread from a random offset) and
    prints the 95th percentile, which wrk's --latency table leaves out."""
    with open(file, "w", encoding="utf-8") as f:
        f.write("local paths = {\n")
        for p in paths:
            f.write(f"  {json.dumps(p)},\n")
        f.write("}\nlocal i = math.random(#paths)\n"
                "request = function()\n  i = i % #paths + 1\n"
                "  return wrk.format('GET', paths[i])\nend\n"
                "done = function(summary, latency, requests)\n"
                "  io.write(string.format('p95_us %d\\n', latency:percentile(95)))\nend\n")
    return file


def pao_env(work):
    """The environment that points pao at work/pao.db (SQLite) and work/ for its files."""
    return dict(os.environ, PAO_DB="sqlite:" + os.path.join(work, "pao.db"), PAO_DATA_DIR=work)


def migrate_with_demo_data(pao_bin, work):
    env = pao_env(work)
    for cmd in (["migrate"], ["demo-data"]):
        subprocess.run([pao_bin, *cmd], env=env, check=True, capture_output=True, timeout=300)


class PaoServer:
    """`pao serve` on work/pao.db at a free loopback port, with an access log as deployed."""

    def __init__(self, pao_bin, work):
        self.pao_bin, self.work = pao_bin, work
        self.base = f"http://127.0.0.1:{free_port()}"
        self.proc = None

    def __enter__(self):
        self.proc = subprocess.Popen(
            [self.pao_bin, "serve", "--listen", self.base.removeprefix("http://"),
             "--access-log", os.path.join(self.work, "access.log")],
            env=pao_env(self.work), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_http(self.base + "/healthz")
        return self

    def __exit__(self, *exc):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)

    def sign_in(self, username):
        """A session cookie for one of the demo accounts (password from demo-credentials.txt)."""
        with open(os.path.join(self.work, "demo-credentials.txt")) as f:
            line = next(x for x in f if x.startswith("Demo sign-in:"))
        password = line.rsplit("password ", 1)[1].split()[0]
        req = urllib.request.Request(self.base + "/api/v1/auth/login", method="POST",
                                     data=json.dumps({"username": username,
                                                      "password": password}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req) as r:
            return r.headers["Set-Cookie"].split(";")[0]

    def get(self, path, cookie):
        req = urllib.request.Request(self.base + path, headers={"Cookie": cookie})
        with urllib.request.urlopen(req) as r:
            return r.read().decode()
