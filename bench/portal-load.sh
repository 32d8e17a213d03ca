#!/usr/bin/env bash
# Portal load on loopback (issue 15, item 8): 20 focal points upload their country's five files at once, each
# a typical country (a few thousand CSV rows). Prints every upload's time, p50 and p95, and fails if any upload
# was lost. A benchmark, not a test: `mvn -B verify` does not run it.
#
#   bench/portal-load.sh [--skip-build] [--countries N] [--records N]
set -euo pipefail
cd "$(dirname "$0")/.."
countries=20
records=3000
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=0 ;;
    --countries) countries=$2; shift ;;
    --records) records=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ "$build" = 1 ] && mvn -q -DskipTests package
work=$(mktemp -d /tmp/scorecards-portal-load.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
jar="java -jar target/scorecards.jar"
$jar generate --countries "$countries" --years 2024,2025 --records "$records" --seed 15 --output "$work/data" >/dev/null
cp -r "$work/data/reference" "$work/data/SYNTHETIC.md" "$work/input" 2>/dev/null || { mkdir -p "$work/input"; cp -r "$work/data/reference" "$work/input/"; }
mkdir -p "$work/input/2024" && cp -r "$work/data/2024/." "$work/input/2024/"
password="load test password"
codes=$(ls "$work/data/2025")
$jar cycle open --year 2025 --deadline 2026-03-31 --state "$work/state" >/dev/null
for iso3 in $codes; do
  echo "$password" | $jar users add --email "fp@$iso3.example" --role focal-point --country "$iso3" --state "$work/state" >/dev/null
done
$jar serve --port "$port" --input "$work/input" --output "$work/output" --state "$work/state" --insecure-cookies \
  >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf -o /dev/null "http://localhost:$port/login" && break; sleep 1; done
upload() {
  local iso3=$1 dir="$work/data/2025/$1" args=()
  for f in "$dir"/*; do args+=(-F "$(basename "$f")=@$f"); done
  curl -s -o "$work/$iso3.json" -w "%{http_code} %{time_total}\n" -u "fp@$iso3.example:$password" "${args[@]}" \
    "http://localhost:$port/api/cycles/2025/countries/$iso3/submissions"
}
export -f upload
export work port password
# Warm-up uploads, then one focal point alone (the "findings within 2 s" target), then everyone at once.
first=$(echo "$codes" | head -1)
for _ in 1 2 3; do upload "$first" >/dev/null; done
alone=$(for _ in 1 2 3 4 5; do upload "$first"; done | awk '{print $2}' | sort -n | sed -n 3p)
echo "one upload alone ($(cat "$work/data/2025/$first"/*.csv | wc -l) CSV rows and the workbook): median of 5 ${alone} s"
rows=$(cat "$work"/data/2025/*/*.csv | wc -l)
start=$(date +%s.%N)
echo "$codes" | xargs -P "$countries" -I{} bash -c 'upload {}' > "$work/times.txt"
end=$(date +%s.%N)
created=$(grep -c '^201 ' "$work/times.txt" || true)
sort -k2 -n "$work/times.txt" | awk -v n="$created" -v total="$countries" -v wall="$(echo "$end - $start" | bc)" -v rows="$rows" '
  { t[NR] = $2 }
  END {
    p50 = t[int((NR + 1) * 0.50)]; p95 = t[int(NR * 0.95 + 0.999)];
    printf "portal load: %d uploads at once, %d answered 201, wall %.2f s, %d CSV rows\n", total, n, wall, rows;
    printf "upload time: p50 %.2f s, p95 %.2f s, max %.2f s\n", p50, p95, t[NR];
  }'
[ "$created" = "$countries" ] || { echo "lost uploads: see $work" >&2; exit 1; }
rm -rf "$work"
