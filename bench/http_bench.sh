#!/usr/bin/env bash
# HTTP throughput of some URLs, measured against nginx serving a static copy of a page.
#
#   bench/http_bench.sh PAGE.html [NAME=URL ...]
#
# Starts a private nginx (its own prefix, config, pid and logs in a temp dir; nothing under
# /var) on a free loopback port that serves PAGE.html as /index.html, runs
# `wrk -t2 -c64 -d${BENCH_SECONDS}s --latency` on every NAME=URL and on nginx, and prints
# a table of req/s, p99 latency and the ratio to nginx's req/s. Used by scripts/run-bench,
# which passes the pao targets; runs on its own too, e.g. against a static file only.
#
# Env: BENCH_SECONDS (default 10), BENCH_THREADS (2), BENCH_CONNECTIONS (64).
# Fails when wrk reports non-2xx/3xx responses or socket errors, or its output can't be read.
set -euo pipefail

if (($# < 1)) || [[ ! -f "$1" ]]; then
  echo "usage: $0 PAGE.html [NAME=URL ...]" >&2
  exit 2
fi
page=$1
shift

seconds=${BENCH_SECONDS:-10}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-64}

for tool in nginx wrk curl python3; do
  command -v "${tool}" >/dev/null 2>&1 || [[ -x "/usr/sbin/${tool}" ]] || {
    echo "http_bench: ${tool} not found: run scripts/install-deps" >&2
    exit 1
  }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d "${TMPDIR:-/tmp}/pao-http-bench.XXXXXX")
nginx_pid=
cleanup() {
  if [[ -n "${nginx_pid}" ]] && kill -0 "${nginx_pid}" 2>/dev/null; then
    kill -QUIT "${nginx_pid}" 2>/dev/null || true
    wait "${nginx_pid}" 2>/dev/null || true
  fi
  rm -rf "${work}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# ---- nginx ----------------------------------------------------------------------------------------
mkdir -p "${work}/root" "${work}/logs" "${work}/tmp"
cp "${page}" "${work}/root/index.html"
nginx_port=$(free_port)
# As root, nginx's workers would run as nobody, who can't enter the 0700 temp dir.
user_line=
((EUID == 0)) && user_line="user root;"
cat >"${work}/nginx.conf" <<EOF
${user_line}
worker_processes 2;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/logs/error.log warn;

events {
  worker_connections 1024;
}

http {
  types {
    text/html html;
  }
  default_type application/octet-stream;
  access_log ${work}/logs/access.log;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  client_body_temp_path ${work}/tmp/client_body;
  proxy_temp_path ${work}/tmp/proxy;
  fastcgi_temp_path ${work}/tmp/fastcgi;
  uwsgi_temp_path ${work}/tmp/uwsgi;
  scgi_temp_path ${work}/tmp/scgi;

  server {
    listen 127.0.0.1:${nginx_port};
    root ${work}/root;
  }
}
EOF
# -e: the error log used before the config is read (else nginx opens /var/log/nginx/error.log).
"${nginx_bin}" -p "${work}" -c "${work}/nginx.conf" -e "${work}/logs/error.log" &
nginx_pid=$!
nginx_url="http://127.0.0.1:${nginx_port}/index.html"
for _ in $(seq 100); do
  curl -fsS -o /dev/null "${nginx_url}" 2>/dev/null && break
  kill -0 "${nginx_pid}" 2>/dev/null || break
  sleep 0.1
done
if ! curl -fsS -o /dev/null "${nginx_url}"; then
  echo "http_bench: nginx did not start:" >&2
  tail -n 20 "${work}/logs/error.log" >&2 || true
  exit 1
fi

# ---- wrk ------------------------------------------------------------------------------------------
# to_ms VALUE: wrk prints latencies as 123.45us, 1.23ms or 1.02s.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000;
    else if (v ~ /s$/) n *= 1000; else exit 1
    printf "%.2f", n }'
}

names=()
rps=()
p99=()
# run_wrk NAME URL: runs wrk, records req/s and p99, fails on errors.
run_wrk() {
  local name=$1 url=$2 out
  out="${work}/wrk-${#names[@]}.txt"
  echo "http_bench: wrk -t${threads} -c${connections} -d${seconds}s --latency ${url}" >&2
  wrk -t"${threads}" -c"${connections}" -d"${seconds}s" --latency "${url}" >"${out}"
  local r l
  r=$(awk '/^Requests\/sec:/ { print $2 }' "${out}")
  l=$(awk '$1 == "99%" { print $2 }' "${out}")
  if [[ -z "${r}" || -z "${l}" ]]; then
    echo "http_bench: could not read wrk's output for ${name}:" >&2
    cat "${out}" >&2
    exit 1
  fi
  if grep -Eq 'Non-2xx or 3xx responses|Socket errors' "${out}"; then
    echo "http_bench: ${name} (${url}) had errors:" >&2
    cat "${out}" >&2
    exit 1
  fi
  names+=("${name}")
  rps+=("${r}")
  p99+=("$(to_ms "${l}")")
}

for target in "$@"; do
  [[ "${target}" == *=* ]] || {
    echo "http_bench: targets look like NAME=URL, not ${target}" >&2
    exit 2
  }
  run_wrk "${target%%=*}" "${target#*=}"
done
run_wrk "nginx /index.html" "${nginx_url}"

# ---- table ----------------------------------------------------------------------------------------
nginx_rps=${rps[-1]}
echo
printf '%-24s | %12s | %8s | %14s\n' target req/s "p99 ms" "ratio vs nginx"
printf '%-24s-+-%12s-+-%8s-+-%14s\n' "------------------------" "------------" "--------" \
  "--------------"
for i in "${!names[@]}"; do
  ratio=$(awk -v a="${rps[i]}" -v b="${nginx_rps}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '%-24s | %12.0f | %8s | %14s\n' "${names[i]}" "${rps[i]}" "${p99[i]}" "${ratio}"
done
echo
echo "(wrk -t${threads} -c${connections} -d${seconds}s; nginx: worker_processes 2, sendfile," \
  "keepalive, access_log to a file; page $(wc -c <"${page}") bytes)"
