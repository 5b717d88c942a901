#!/usr/bin/env bash
# Lints one generated 20 MB folder of notes with `tracenotes lint` and with markdownlint-cli2 (npm),
# the same way, and prints wall time and peak resident memory of each (median of 3 runs) and their
# ratio. Tracenotes runs as users run it, through ./tracenotes (its class-data-sharing archive and JVM
# options). Run from the repository root after `mvn -B -q install -DskipTests`:
#   bash bench/lint-vs-markdownlint.sh [BYTES]
# markdownlint-cli2 is installed into bench/target/markdownlint (npm) on first use.
set -euo pipefail
bytes="${1:-20000000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target/lint-bench"
notes="$work/notes"
mdl="$root/bench/target/markdownlint"
jar="$root/cli/target/tracenotes.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
if [ ! -x "$mdl/node_modules/.bin/markdownlint-cli2" ]; then
  mkdir -p "$mdl"
  (cd "$mdl" && npm install --no-audit --no-fund --silent markdownlint-cli2@0.24.1)
fi
rm -rf "$work" && mkdir -p "$work"
(cd "$root" && java -cp bench/target/benchmarks.jar org.tracenotes.bench.NotesFolder "$notes" "$bytes")
echo "folder: $(find "$notes" -name '*.md' | wc -l) notes, $(du -sb "$notes" | cut -f1) bytes"

measure() {   # name, then the command; prints "name wall_s peak_kb" for the median of 3 runs
  local name="$1"; shift
  local runs=()
  for i in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    runs+=("$(cat "$work/time.txt" | tail -1)")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p | awk -v n="$name" '{printf "%s %s %s\n", n, $1, $2}'
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
t=$(measure tracenotes "$root/tracenotes" lint "$notes" --format json -o "$work/tracenotes.json")
m=$(measure markdownlint-cli2 "$mdl/node_modules/.bin/markdownlint-cli2" "$notes/**/*.md")
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$t" | awk '{printf "tracenotes lint:   %6.2f s wall, %7.0f MB peak RSS\n", $2, $3/1024}'
echo "$m" | awk '{printf "markdownlint-cli2: %6.2f s wall, %7.0f MB peak RSS\n", $2, $3/1024}'
echo "$t $m" | awk '{printf "ratio (tracenotes / markdownlint-cli2): %.2fx wall, %.2fx memory\n", $2/$5, $3/$6}'
