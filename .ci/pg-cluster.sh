# Sourced by .ci/run and bench/portal-load.sh: a throwaway PostgreSQL cluster on a free port of 127.0.0.1,
# owned by the calling script. `start_pg_cluster` installs Debian's postgresql when missing, starts the cluster,
# creates the role and database `scorecards` and exports SCORECARDS_TEST_PG_URL, _USER and _PASSWORD;
# `stop_pg_cluster` stops it and removes its folder (call it from an EXIT trap).
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

start_pg_cluster() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN=$(pg_bin)
  # initdb refuses to run as root: the cluster belongs to the postgres user, in a folder of its own.
  PG_CLUSTER=$(mktemp -d /tmp/scorecards-pg.XXXXXX)
  chown postgres "$PG_CLUSTER"
  # A free port: never assume 5432 is ours (bash's /dev/tcp connects when something listens there).
  local port= candidate
  for candidate in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "no free port for PostgreSQL" >&2; return 1; }
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_CLUSTER/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_CLUSTER/data" -l "$PG_CLUSTER/server.log" -w \
    -o "-p $port -k $PG_CLUSTER -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  local password
  password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  runuser -u postgres -- psql -q -h "$PG_CLUSTER" -p "$port" -U postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE scorecards LOGIN PASSWORD '$password'" -c "CREATE DATABASE scorecards OWNER scorecards"
  export SCORECARDS_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/scorecards"
  export SCORECARDS_TEST_PG_USER=scorecards
  export SCORECARDS_TEST_PG_PASSWORD=$password
  PG_VERSION=$("$PG_BIN/postgres" --version | awk '{print $3}')
}

stop_pg_cluster() {
  [ -n "${PG_CLUSTER:-}" ] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_CLUSTER/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER"
}
