#!/usr/bin/env bash
# Loopback load test of the sample web API (not run by CI): GET /tenants/helix/readiness with the parse-once cache on
# and off, and PUT /tenants/load/isms, each with wrk at concurrency 32 for a bounded time, on 127.0.0.1 only.
# Needs wrk (Debian: apt-get install -y wrk). Usage: bash eng/loadtest.sh [SECONDS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 2; }
out=$(mktemp -d); pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$out"' EXIT
# WEB_DIR / CLI_DIR: folders with an already built sample and isms (skips the builds).
web=${WEB_DIR:-$out/web}; cli=${CLI_DIR:-$out/cli}
[ -n "${WEB_DIR:-}" ] || dotnet build -c Release samples/Isms.Samples.WebApi -o "$web" >"$out/build.log" 2>&1 || { tail -5 "$out/build.log"; exit 1; }
[ -n "${CLI_DIR:-}" ] || dotnet build -c Release samples/Isms.Cli -o "$cli" >"$out/build-cli.log" 2>&1 || { tail -5 "$out/build-cli.log"; exit 1; }
NO_COLOR=1 dotnet "$cli/isms.dll" init "$out/doc.json" >/dev/null
cat > "$out/put.lua" <<LUA
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$out/doc.json", "rb"); wrk.body = f:read("*all"); f:close()
LUA

run() { # $1 label, $2 cache capacity, rest: wrk arguments
  local label=$1 cache=$2; shift 2
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  mkdir -p "$out/data-$label"
  (cd "$out/data-$label" && exec dotnet "$web/Isms.Samples.WebApi.dll" --urls "http://127.0.0.1:$port" \
      --Isms:Web:CacheCapacity "$cache" --Logging:LogLevel:Default Warning >"$out/$label.log" 2>&1) & pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.5; done
  curl -sf -o /dev/null -X PUT -H 'Content-Type: application/json' --data-binary @"$out/doc.json" "http://127.0.0.1:$port/tenants/load/isms"
  curl -sf -o /dev/null "http://127.0.0.1:$port/tenants/helix/readiness"   # warm up
  echo "== $label (cache capacity $cache): wrk -t2 -c32 -d${seconds}s --latency $*"
  wrk -t2 -c32 -d"${seconds}s" --timeout 30s --latency "$@" "http://127.0.0.1:$port${path}" | tee "$out/$label.txt" \
    | grep -E "^\s+(50|99)%|Requests/sec|requests in|Non-2xx|Socket errors" || true
  kill $pid; wait $pid 2>/dev/null || true; pid=""
}

path=/tenants/helix/readiness run readiness-cached 1024
path=/tenants/helix/readiness run readiness-uncached 0
path=/tenants/load/isms run put-isms 1024 -s "$out/put.lua"
