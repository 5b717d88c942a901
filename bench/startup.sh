#!/usr/bin/env bash
# Start-up of the CLI against the JVM's own: hyperfine times `java Hello` (the baseline: a JVM that
# prints one line) and `./tracenotes check|lint` of the seed, each a new JVM, in one run, and GNU time
# takes each one's peak resident memory. Prints each command's mean and median wall time, its CPU time,
# its peak RSS, and how much longer than `java Hello` it takes. Run from the repository root after
# `mvn -B -q package -DskipTests -pl cli -am` (which also writes cli/target/tracenotes.jsa):
#   bash bench/startup.sh [RUNS]          # RUNS per command, default 30
# Needs hyperfine (Debian: apt-get install hyperfine) and GNU time (/usr/bin/time).
set -euo pipefail
runs="${1:-30}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target/startup"
jar="$root/cli/target/tracenotes.jar"
seed="samples/soft-offline.md"
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests -pl cli -am" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
[ -f "${jar%.jar}.jsa" ] || echo "note: ${jar%.jar}.jsa is missing: ./tracenotes runs without its archive" >&2
mkdir -p "$work"
cat > "$work/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
EOF
javac -d "$work" "$work/Hello.java"
cd "$root"

# name|command: the baseline first; the last two run the jar as before this work (no archive, the JVM's
# default collector and compilers), for comparison
commands=(
  "java Hello|java -cp $work Hello"
  "tracenotes check|./tracenotes check $seed"
  "tracenotes lint|./tracenotes lint $seed"
  "java -jar check|java -jar $jar check $seed"
  "java -jar lint|java -jar $jar lint $seed"
)
args=()
for c in "${commands[@]}"; do
  args+=(-n "${c%%|*}" "${c#*|}")
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
hyperfine -N -i --warmup 3 --runs "$runs" --style basic --export-csv "$work/startup.csv" "${args[@]}" >/dev/null
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

rss() {   # median peak RSS in KB of 5 runs of the command
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%M" -o "$work/rss.txt" "$@" >/dev/null 2>&1 || true
    tail -1 "$work/rss.txt"
  done | sort -n | sed -n 3p
}
{
  for c in "${commands[@]}"; do
    # shellcheck disable=SC2086  # the command is words
    echo "${c%%|*}|$(rss ${c#*|})"
  done
} > "$work/rss.tsv"

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds)
awk -F, -v rssfile="$work/rss.tsv" '
  BEGIN { while ((getline line < rssfile) > 0) { split(line, p, "|"); rss[p[1]] = p[2] } }
  NR == 1 { next }
  NR == 2 { base = $2; basemed = $4 }
  { printf "%-18s mean %7.1f ms ± %5.1f  median %7.1f ms  CPU %7.1f ms  peak RSS %4.0f MB  vs java Hello: %+6.0f ms (median %+6.0f ms), %5.2fx\n",
      $1, $2 * 1000, $3 * 1000, $4 * 1000, ($5 + $6) * 1000, rss[$1] / 1024, ($2 - base) * 1000, ($4 - basemed) * 1000, $2 / base }
' "$work/startup.csv"
