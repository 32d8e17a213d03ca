#!/usr/bin/env bash
# Portal under load on loopback (issues 15 and 19): a real `serve`, driven with curl.
#   1. one focal point uploads alone (median of 5): the "findings within 2 s" target;
#   2. 20 focal points upload their country's five files at once (a typical country: a few thousand CSV rows);
#   3. 50 signed-in users view a page at once (focal points their country's page, the secretariat the desk),
#      three rounds;
#   4. the secretariat runs the cycle from the desk (draft, all countries), then one country again: the
#      one-country re-run through the running server (no new JVM), timed from the request to the finished job;
#   5. the server's peak RSS.
# Prints p50 / p95, errors (must be 0), and key=value lines (prefixed portal.<db>.) for bench/run.sh. A benchmark,
# not a test: `mvn -B verify` does not run it. With --db pg it starts a throwaway PostgreSQL cluster
# (.ci/pg-cluster.sh) and runs the portal and job repository on it.
#
#   bench/portal-load.sh [--skip-build] [--db h2|pg] [--countries N] [--records N] [--views N]
set -euo pipefail
cd "$(dirname "$0")/.."
countries=20
records=3000
views=50
build=1
db=h2
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=0 ;;
    --countries) countries=$2; shift ;;
    --records) records=$2; shift ;;
    --views) views=$2; shift ;;
    --db) db=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ "$build" = 1 ] && mvn -q -DskipTests package
work=$(mktemp -d /tmp/scorecards-portal-load.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
jar="java -jar target/scorecards.jar"
server=
cleanup() {
  [ -n "$server" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
  [ "$db" = pg ] && stop_pg_cluster
  rm -rf "$work"
}
trap cleanup EXIT
db_args=()
if [ "$db" = pg ]; then
  . .ci/pg-cluster.sh
  start_pg_cluster
  db_args=(--db-url "$SCORECARDS_TEST_PG_URL" --db-user "$SCORECARDS_TEST_PG_USER")
  export SCORECARDS_DB_PASSWORD=$SCORECARDS_TEST_PG_PASSWORD
fi
key() { echo "portal.$db.$1=$2"; }

$jar generate --countries "$countries" --years 2024,2025 --records "$records" --seed 15 --output "$work/data" >/dev/null
mkdir -p "$work/input/2024"
cp -r "$work/data/reference" "$work/data/SYNTHETIC.md" "$work/input/"
cp -r "$work/data/2024/." "$work/input/2024/"
password="load test password"
codes=$(ls "$work/data/2025")
$jar cycle open --year 2025 --deadline 2026-03-31 --state "$work/state" "${db_args[@]}" >/dev/null
for iso3 in $codes; do
  echo "$password" | $jar users add --email "fp@$iso3.example" --role focal-point --country "$iso3" \
    --state "$work/state" "${db_args[@]}" >/dev/null
done
echo "$password" | $jar users add --email desk@secretariat.example --role secretariat --state "$work/state" \
  "${db_args[@]}" >/dev/null
$jar serve --port "$port" --input "$work/input" --output "$work/output" --state "$work/state" --insecure-cookies \
  "${db_args[@]}" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 90); do curl -sf -o /dev/null "http://localhost:$port/login" && break; sleep 1; done
base="http://localhost:$port"

# percentiles FILE: "p50 p95 max" of the second column (seconds)
percentiles() {
  sort -k2 -n "$1" | awk '{ t[NR] = $2 } END { printf "%.3f %.3f %.3f\n", t[int((NR + 1) * 0.50)], t[int(NR * 0.95 + 0.999)], t[NR] }'
}

# -- 1 and 2: uploads --------------------------------------------------------------------------------------
upload() {
  local iso3=$1 dir="$work/data/2025/$1" args=()
  for f in "$dir"/*; do args+=(-F "$(basename "$f")=@$f"); done
  curl -s -o "$work/$iso3.json" -w "%{http_code} %{time_total}\n" -u "fp@$iso3.example:$password" "${args[@]}" \
    "$base/api/cycles/2025/countries/$iso3/submissions"
}
export -f upload
export work base password
first=$(echo "$codes" | head -1)
for _ in 1 2 3; do upload "$first" >/dev/null; done
alone=$(for _ in 1 2 3 4 5; do upload "$first"; done | awk '{print $2}' | sort -n | sed -n 3p)
key upload_alone.median_s "$alone"
key upload_alone.csv_rows "$(cat "$work/data/2025/$first"/*.csv | wc -l)"
start=$(date +%s.%N)
echo "$codes" | xargs -P "$countries" -I{} bash -c 'upload {}' > "$work/uploads.txt"
end=$(date +%s.%N)
read -r p50 p95 max < <(percentiles "$work/uploads.txt")
key uploads.concurrent "$countries"
key uploads.wall_s "$(echo "$end - $start" | bc)"
key uploads.p50_s "$p50"
key uploads.p95_s "$p95"
key uploads.max_s "$max"
key uploads.errors "$(grep -vc '^201 ' "$work/uploads.txt" || true)"

# -- 3: page views by signed-in users ---------------------------------------------------------------------
# sign_in EMAIL JAR: a browser's form login (CSRF token from the login page), the session kept in JAR.
sign_in() {
  local token
  token=$(curl -s -c "$2" -b "$2" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "$base/login"
}
view() { # JAR URL
  curl -s -o /dev/null -b "$1" -w "%{http_code} %{time_total}\n" "$2"
}
export -f view
mkdir -p "$work/sessions"
i=0
: > "$work/views.list"
for iso3 in $codes; do
  sign_in "fp@$iso3.example" "$work/sessions/$iso3"
  echo "$work/sessions/$iso3 $base/cycles/2025/countries/$iso3" >> "$work/views.list"
done
while [ "$(wc -l < "$work/views.list")" -lt "$views" ]; do
  i=$((i + 1))
  sign_in desk@secretariat.example "$work/sessions/desk$i"
  echo "$work/sessions/desk$i $base/cycles/2025" >> "$work/views.list"
done
for round in 1 2 3; do
  xargs -P "$views" -L 1 bash -c 'view "$0" "$1"' < "$work/views.list" >> "$work/views.txt"
done
read -r p50 p95 max < <(percentiles "$work/views.txt")
key views.concurrent "$views"
key views.requests "$(wc -l < "$work/views.txt")"
key views.p50_s "$p50"
key views.p95_s "$p95"
key views.max_s "$max"
key views.errors "$(grep -vc '^200 ' "$work/views.txt" || true)"

# -- 4: runs from the desk ---------------------------------------------------------------------------------
desk=(-u "desk@secretariat.example:$password")
# run_and_wait [QUERY]: starts a run, polls its progress every 50 ms; prints seconds from request to end.
run_and_wait() {
  local before status t0 t1
  before=$(curl -s "${desk[@]}" "$base/api/cycles/2025/runs/latest" | grep -o '"id":[0-9]*' || true)
  t0=$(date +%s.%N)
  curl -s -o /dev/null -X POST "${desk[@]}" "$base/api/cycles/2025/runs${1:-}"
  while :; do
    status=$(curl -s "${desk[@]}" "$base/api/cycles/2025/runs/latest")
    if [ "$(echo "$status" | grep -o '"id":[0-9]*')" != "$before" ] \
        && echo "$status" | grep -q '"status":"\(COMPLETED\|FAILED\|STOPPED\|ABANDONED\)"'; then
      break
    fi
    sleep 0.05
  done
  t1=$(date +%s.%N)
  echo "$status" | grep -o '"status":"[A-Z]*"' | cut -d'"' -f4 > "$work/run.status"
  echo "$t1 - $t0" | bc
}
key run_all.seconds "$(run_and_wait)"
key run_all.status "$(cat "$work/run.status")"
key rerun_one.seconds "$(run_and_wait "?country=$first")"
key rerun_one.status "$(cat "$work/run.status")"
key rerun_one_again.seconds "$(run_and_wait "?country=$first")"

# -- 5: memory ---------------------------------------------------------------------------------------------
key server.peak_rss_mb "$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status")"
key db "$db$( [ "$db" = pg ] && echo " $PG_VERSION" )"
