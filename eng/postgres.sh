#!/usr/bin/env bash
# A throwaway PostgreSQL for the store's tests and for trying Isms.Marten locally.
#
#   eng/postgres.sh start          initdb a new cluster in a temporary folder, start it on 127.0.0.1 on a free port,
#                                  print its Npgsql connection string on stdout (one line, nothing else)
#   eng/postgres.sh stop [CS]      stop the cluster named by the connection string CS (default: $ISMS_POSTGRES) and
#                                  remove its folder
#
# PostgreSQL 15 comes from Debian's `postgresql` package (installed with apt-get when missing). The server refuses to
# run as root, so as root the cluster belongs to and runs as the `postgres` user; otherwise as the current user. The
# superuser `isms` has a random password and authenticates with SCRAM over TCP; nothing listens beyond loopback.
# The cluster trades durability for speed (fsync off): it is for tests and is removed by `stop`. For a measurement
# that should include the cost of durable commits, start it with ISMS_POSTGRES_DURABLE=1.
# The folder is /tmp/isms-postgres-PORT, so `stop` finds a cluster from its connection string alone.
set -euo pipefail

pg_bin() {
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

install_postgres() {
  echo "eng/postgres.sh: PostgreSQL not found, installing Debian's postgresql package" >&2
  [ "$(id -u)" = 0 ] || { echo "eng/postgres.sh: PostgreSQL is missing and installing it needs root (apt-get install postgresql)" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # The package's own cluster is not wanted: only the binaries.
  apt-get install -y -qq --no-install-recommends postgresql >&2
  pg_bin >/dev/null || { echo "eng/postgres.sh: the postgresql package installed no initdb" >&2; exit 1; }
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local cmd
    cmd=$(printf '%q ' "$@")
    su postgres -s /bin/sh -c "$cmd"
  else
    "$@"
  fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bin
  bin=$(pg_bin) || { install_postgres; bin=$(pg_bin); }
  local password
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  local attempt port dir
  for attempt in $(seq 1 20); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_free "$port" || continue
    dir=/tmp/isms-postgres-$port
    mkdir "$dir" 2>/dev/null || continue   # another start took this port's folder
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
    if ! as_owner "$bin/initdb" -D "$dir/data" -U isms --pwfile="$dir/pwfile" --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2; rm -rf "$dir"; echo "eng/postgres.sh: initdb failed" >&2; exit 1
    fi
    rm -f "$dir/pwfile"
    local durable="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${ISMS_POSTGRES_DURABLE:-}" = 1 ] && durable=""
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c max_connections=200 $durable" start >/dev/null 2>&1; then
      as_owner "$bin/psql" -h "$dir" -p "$port" -U isms -d postgres -qAt -c "CREATE DATABASE isms" >/dev/null
      echo "Host=127.0.0.1;Port=$port;Database=isms;Username=isms;Password=$password"
      return 0
    fi
    # Lost the port to someone else between the check and the start: try another.
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  done
  echo "eng/postgres.sh: could not start PostgreSQL on a free port after 20 attempts" >&2
  exit 1
}

stop() {
  local cs=${1:-${ISMS_POSTGRES:-}}
  [ -n "$cs" ] || { echo "eng/postgres.sh stop: give the connection string (or set ISMS_POSTGRES)" >&2; exit 2; }
  local port
  port=$(printf '%s' "$cs" | tr ';' '\n' | sed -n 's/^[Pp]ort=\([0-9]*\)$/\1/p' | head -1)
  [ -n "$port" ] || { echo "eng/postgres.sh stop: no Port= in the connection string" >&2; exit 2; }
  local dir=/tmp/isms-postgres-$port
  [ -d "$dir" ] || { echo "eng/postgres.sh stop: no cluster of this script on port $port" >&2; exit 1; }
  local bin
  bin=$(pg_bin) || true
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: eng/postgres.sh start | stop [CONNECTION-STRING]" >&2; exit 2 ;;
esac
