#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests.
#   pg-test-server.sh start DIR   creates a cluster in a new folder under /tmp, starts it on a free
#                                 local port (TCP on 127.0.0.1, Unix socket in that folder) and writes
#                                 the address of its maintenance database to DIR/uri
#   pg-test-server.sh stop DIR    stops it (immediately) and removes its folder
#   pg-test-server.sh restart DIR restarts it on the same port (used by the server-restart test)
#   pg-test-server.sh pause DIR   stops it (fast shutdown) and keeps its data, as a server that is down
#   pg-test-server.sh resume DIR  starts a paused server again on the same port
# The server never runs as root: when called by root it runs as the unprivileged system user
# "postgres" (created by Debian's postgresql package). It trusts local connections, so it is for
# tests only; the role tp_password (password tp-secret-1) is the one that must give a password.
set -euo pipefail
command=${1:?usage: pg-test-server.sh start|stop|restart|pause|resume DIR}
dir=${2:?usage: pg-test-server.sh start|stop|restart|pause|resume DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "pg-test-server.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 3
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_server() {
  local home
  home=$(cat "$dir/home" 2>/dev/null || true)
  if [ -n "$home" ] && [ -f "$home/data/postmaster.pid" ]; then
    local pid
    pid=$(head -n 1 "$home/data/postmaster.pid" 2>/dev/null || true)
    as_owner timeout 40 "$bin/pg_ctl" -D "$home/data" -m immediate -w -t 30 stop >>"$dir/stop.log" 2>&1 || true
    # Whatever happened, no server is left behind.
    local state
    state=$(ps -o stat= -p "${pid:-0}" 2>/dev/null | cut -c1 || true)
    if [ -n "$state" ] && [ "$state" != Z ]; then
      echo "the server did not stop; killed" >>"$dir/stop.log"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [ -n "$home" ]; then
    rm -rf "$home"
  fi
  rm -f "$dir/home" "$dir/uri" "$dir/port"
}

server_options() {
  # fsync off: a test server's data is thrown away; the tests' restarts are clean shutdowns.
  # autovacuum off: a vacuum in the background holds a snapshot that keeps deleted rows (an earlier
  # state of a ballot box) in a table's file, which the ballot tests look for.
  echo "-p $1 -k $2 -c listen_addresses=127.0.0.1 -c fsync=off -c autovacuum=off -c max_connections=200"
}

case "$command" in
start)
  mkdir -p "$dir"
  stop_server
  # Under /tmp, which the unprivileged owner can reach wherever DIR is.
  home=$(mktemp -d /tmp/tenderpanel-pg.XXXXXX)
  echo "$home" >"$dir/home"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$home"
  fi
  as_owner "$bin/initdb" -D "$home/data" -U tenderpanel --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # One role that must give a password (SCRAM over TCP), for the tests of asking for it, and the
  # panel members' terminal logins (members of the group role tenderpanel_member, which the program
  # creates), which authenticate with their password as on a real server; every other role is
  # trusted.
  as_owner sh -c "printf 'host all tp_password 127.0.0.1/32 scram-sha-256\nhost all +tenderpanel_member 127.0.0.1/32 scram-sha-256\nlocal all +tenderpanel_member scram-sha-256\n' \
    | cat - '$home/data/pg_hba.conf' >'$home/data/pg_hba.new' && mv '$home/data/pg_hba.new' '$home/data/pg_hba.conf'"
  port=$(free_port)
  echo "$port" >"$dir/port"
  as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 -o "$(server_options "$port" "$home")" \
    start >/dev/null || { cat "$home/server.log" >&2; exit 1; }
  psql -q "postgresql://tenderpanel@127.0.0.1:$port/postgres" \
    -c "CREATE ROLE tp_password LOGIN CREATEDB PASSWORD 'tp-secret-1'" >/dev/null
  echo "postgresql://tenderpanel@127.0.0.1:$port/postgres" >"$dir/uri"
  echo "PostgreSQL test server on port $port ($("$bin/postgres" --version))"
  ;;
restart)
  home=$(cat "$dir/home")
  port=$(cat "$dir/port")
  as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 -m fast \
    -o "$(server_options "$port" "$home")" restart >/dev/null
  ;;
pause)
  home=$(cat "$dir/home")
  as_owner "$bin/pg_ctl" -D "$home/data" -w -t 60 -m fast stop >/dev/null
  ;;
resume)
  home=$(cat "$dir/home")
  port=$(cat "$dir/port")
  as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 -o "$(server_options "$port" "$home")" \
    start >/dev/null || { cat "$home/server.log" >&2; exit 1; }
  ;;
stop)
  stop_server
  ;;
*)
  echo "usage: pg-test-server.sh start|stop|restart|pause|resume DIR" >&2
  exit 2
  ;;
esac
