#!/usr/bin/env bash
# Runs every djcheck benchmark with one command and writes bench/RESULTS.md.
#
#   bench/run.sh            full run (JMH defaults of each benchmark: 2 forks, 5x2 s warm-up, 5x2 s measured;
#                           10 cold forks; 100,000 distinct generated files); about 12 minutes on 2 idle cores (697 s with --profile, 2026-12-07)
#   bench/run.sh --quick    the same benchmarks and runs, shorter (1 fork, 3x2 s warm-up, 3x1 s measured, 3 cold forks,
#                           2,000 distinct files cycled); about 6 minutes (373 s with --profile)
#   --profile               also record JFR profiles and add the hot spots to RESULTS.md
#   --note TEXT             a line shown at the top of RESULTS.md (e.g. why the figures are provisional)
#
# Raw results go to bench/results-raw/ (ignored by git); generated report files to $DJCHECK_BENCH_TMP
# (default /tmp/djcheck-bench). Nothing is installed into ~/.m2.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

mode=full
profile=false
note=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick ;;
    --profile) profile=true ;;
    --note) shift; note="${1:-}" ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1'; use --quick, --profile, --note TEXT" >&2; exit 2 ;;
  esac
  shift
done
command="bench/run.sh$([ $mode = quick ] && echo ' --quick' || true)$($profile && echo ' --profile' || true)"

raw="$here/results-raw"
tmp="${DJCHECK_BENCH_TMP:-/tmp/djcheck-bench}"
jar="$here/target/benchmarks.jar"
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }
load_before="$(load)"
started=$(date +%s)
step() { echo "[$(( $(date +%s) - started ))s] $*" >&2; }

step "building bench/target/benchmarks.jar and cli/target/djcheck.jar (the one-file CLI row)"
log="$(mktemp)"
if ! mvn -B -q -DskipTests -pl bench,cli -am package >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; echo "run.sh: the build failed (output above)" >&2; exit 1
fi
rm -f "$log"
rm -rf "$raw"; mkdir -p "$raw" "$tmp"

if [ $mode = quick ]; then
  per_report=(-f 1 -wi 3 -w 2 -i 3 -r 1)
  cold=(-f 3)
  reload=(-f 1 -wi 5 -i 5)
  files=2000; one=3000; two=6000
  cli_runs=5
else
  per_report=()
  cold=()
  reload=()
  files=100000; one=20000; two=40000
  cli_runs=15
fi
big=100000

step "JMH: extraction, rule stage and whole check, djcheck and peers in one run"
java -jar "$jar" 'ExtractBench|RulesBench|CheckBench' "${per_report[@]}" -rf json -rff "$raw/jmh-per-report.json" \
  > "$raw/jmh-per-report.log" 2>&1 || { tail -40 "$raw/jmh-per-report.log" >&2; exit 1; }
step "JMH: building the default pack cold, one fresh JVM per sample"
java -jar "$jar" 'BuildBench.cold' "${cold[@]}" -rf json -rff "$raw/jmh-build-cold.json" \
  > "$raw/jmh-build-cold.log" 2>&1 || { tail -40 "$raw/jmh-build-cold.log" >&2; exit 1; }
step "JMH: reloading the default pack warm"
java -jar "$jar" 'BuildBench.reload' "${reload[@]}" -rf json -rff "$raw/jmh-build-reload.json" \
  > "$raw/jmh-build-reload.log" 2>&1 || { tail -40 "$raw/jmh-build-reload.log" >&2; exit 1; }

step "generating $files report files into $tmp/batch-$files (kept for the next run)"
throughput() {   # label, java options, harness options...
  local label="$1" jvm="$2"; shift 2
  step "throughput: $label"
  local code=0
  # shellcheck disable=SC2086
  java $jvm -cp "$jar" io.djcheck.bench.throughput.Throughput --dir "$tmp/batch-$files" --label "$label" \
       --out "$raw/throughput.jsonl" "$@" 2> "$raw/throughput-$label.err" || code=$?
  if [ $code -ne 0 ]; then
    java -cp "$jar" io.djcheck.bench.throughput.Throughput --failed "$label" --exit "$code" \
      --stderr "$raw/throughput-$label.err" --out "$raw/throughput.jsonl"
  fi
}
throughput 1-thread "" --generate "$files" --threads 1 --count "$one"
throughput 2-threads "" --threads 2 --count "$two"
throughput 100k-256m "-Xmx256m -XX:+ExitOnOutOfMemoryError" --threads 2 --count "$big"

step "one-file CLI: djcheck check one.txt as a whole process, against java -version, in turns"
cli_jar="$root/cli/target/djcheck.jar"
java -cp "$jar" io.djcheck.bench.throughput.OneFileCli --jar "$cli_jar" --file "$root/examples/reports/000_9c5ce89756f0e5ee.txt" \
  --runs "$cli_runs" --work "$tmp/one-file-cli" --out "$raw/startup.jsonl" > "$raw/startup.log" 2>&1 \
  || { tail -40 "$raw/startup.log" >&2; exit 1; }

if $profile; then
  # name, benchmark, --within method, thread names that also count (Drools compiles on ForkJoinPool workers,
  # a cold build compiles the pack's own DRL on djcheck-drl-compile, while the measured method waits: "-" for
  # none), jmh options...
  jfr() {
    local name="$1" bench="$2" within="$3" threads=(); [ "$4" = - ] || threads=(--threads "$4"); shift 4
    step "profiling $bench with JFR"
    java -jar "$jar" "$bench" "$@" -jvmArgsAppend \
      "-XX:FlightRecorderOptions:stackdepth=1024 -XX:StartFlightRecording=filename=$raw/$name.jfr,settings=profile" \
      > "$raw/$name.log" 2>&1 || { tail -40 "$raw/$name.log" >&2; exit 1; }
    java -cp "$jar" io.djcheck.bench.report.JfrHotspots --jfr "$raw/$name.jfr" --within "$within" \
      "${threads[@]}" \
      --title "${bench%\$}" --out "$raw/hotspots-$name.md"
  }
  jfr 1-check 'CheckBench.djcheck' io.djcheck.bench.CheckBench.djcheck - -f 1 -wi 5 -w 2 -i 5 -r 2
  jfr 2-reload 'BuildBench.reload$' io.djcheck.bench.BuildBench.reload 'ForkJoinPool.*' -f 1 -wi 5 -i 20
  jfr 3-cold 'BuildBench.cold' io.djcheck.bench.BuildBench.cold 'ForkJoinPool.*|djcheck-drl-compile' -f 1
fi

load_after="$(load)"
cores="$(nproc 2>/dev/null || echo 1)"
if [ -z "$note" ] && awk -v l="$load_before" -v c="$cores" 'BEGIN { exit !(l + 0 > c * 0.5) }'; then
  note="Provisional: the machine was busy when this run started (load average $load_before on $cores cores), so the figures are noisy and slower than an idle machine gives."
fi
java -cp "$jar" io.djcheck.bench.report.ResultsReport --raw "$raw" --command "$command" --mode "$mode" \
  --load "$load_before / $load_after" --note "$note" --analysis "$here/ANALYSIS.md" --out "$here/RESULTS.md"
step "copied reports: duplicate search on $big generated reports under -Xmx256m"
java -Xmx256m -XX:+ExitOnOutOfMemoryError -cp "$jar" io.djcheck.bench.duplicates.DuplicateSearchBench --count "$big" \
  --results "$here/RESULTS.md" > "$raw/duplicates.log" 2>&1 || { tail -40 "$raw/duplicates.log" >&2; exit 1; }
step "done: bench/RESULTS.md"
