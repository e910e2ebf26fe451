#!/usr/bin/env bash
# The Spark job against the CLI batch on the same generated reports and the same 2 cores (bench/SPARK.md).
#
#   bench/spark/run.sh [COUNT]      COUNT distinct reports generated from the seeds (default 100000)
#
# 1. builds spark/target/djcheck-spark.jar and cli/target/djcheck.jar (mvn package, tests skipped; nothing installed);
# 2. generates COUNT reports into $DJCHECK_BENCH_TMP/spark-COUNT/reports (kept for re-runs);
# 3. resolves the class path of a stock Spark (bench/spark/stock-spark.pom.xml: Spark's own library versions);
# 4. runs `djcheck check --out DIR --format csv --threads 2` on them, then the job with spark-submit's own main
#    class (org.apache.spark.deploy.SparkSubmit --master local[2]) writing Parquet, then JSONL;
# 5. compares the job's JSONL with the CLI's results.jsonl report by report (score, grade, every rule's status and message).
# Figures go to stdout and to $DJCHECK_BENCH_TMP/spark-COUNT/figures.txt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
count="${1:-100000}"
tmp="${DJCHECK_BENCH_TMP:-/tmp/djcheck-bench}/spark-$count"
mkdir -p "$tmp"
figures="$tmp/figures.txt"
: > "$figures"
say() { echo "$*" | tee -a "$figures"; }
now() { date +%s.%N; }

echo "building the jars" >&2
mvn -B -q -DskipTests -pl spark,cli -am package ${MVN_ARGS:-}

if [ ! -d "$tmp/reports" ] || [ "$(find "$tmp/reports" -type f | wc -l)" -ne "$count" ]; then
  echo "generating $count reports" >&2
  rm -rf "$tmp/reports"
  java -cp core/target/test-classes bench/spark/Generate.java "$tmp/reports" "$count"
fi
bytes=$(du -sb "$tmp/reports" | cut -f1)

spark_version=$(sed -n 's#.*<spark.version>\(.*\)</spark.version>.*#\1#p' pom.xml)
mvn -B -q -f bench/spark/stock-spark.pom.xml dependency:build-classpath -Dspark.version="$spark_version" \
    -Dmdep.outputFile="$tmp/stock-spark.cp" ${MVN_ARGS:-}
opens=$(sed -n '/<spark.jvm.options>/,/<\/spark.jvm.options>/p' spark/pom.xml | sed 's#</\?spark.jvm.options>##g' | tr '\n' ' ')

say "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load before $(cut -d' ' -f1-3 /proc/loadavg); Spark $spark_version local[2]; $count reports, $((bytes / 1024 / 1024)) MiB"

rm -rf "$tmp/cli"
t0=$(now)
java -Xmx1g -jar cli/target/djcheck.jar check --out "$tmp/cli" --format csv --threads 2 --quiet "$tmp/reports" > "$tmp/cli.out" || true
t1=$(now)
say "cli batch (--threads 2, results.jsonl + CSV): $(awk -v a="$t0" -v b="$t1" -v n="$count" 'BEGIN{printf "%.1f s, %.1f reports/s", b-a, n/(b-a)}') (JVM start and pack compile included); load $(cut -d' ' -f1 /proc/loadavg)"

submit() {   # output folder, extra job options
  local out="$1"; shift
  rm -rf "$out"
  java -Xmx2g $opens -cp "$(cat "$tmp/stock-spark.cp")" org.apache.spark.deploy.SparkSubmit --master 'local[2]' \
       --conf spark.ui.enabled=false --class io.djcheck.spark.CheckJob spark/target/djcheck-spark.jar \
       --in "$tmp/reports" --out "$out" "$@" > "$out.stdout" 2> "$out.stderr"
}
for fmt in parquet jsonl; do
  t0=$(now)
  submit "$tmp/spark-$fmt" --format "$fmt"
  t1=$(now)
  job=$(python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print('%.1f s in the job' % s['elapsedSeconds'])" "$tmp/spark-$fmt/_summary.json")
  # the check itself: Spark's first job (list, read, check, write), from its own log
  stage=$(sed -n 's/.*Job 0 finished: .* took \([0-9.]*\) ms.*/\1/p' "$tmp/spark-$fmt.stderr" | head -1)
  job="$job; read+check+write stage $(awk -v ms="$stage" -v n="$count" 'BEGIN{printf "%.1f s = %.1f reports/s", ms/1000, n*1000/ms}')"
  say "spark job ($fmt): $(awk -v a="$t0" -v b="$t1" -v n="$count" 'BEGIN{printf "%.1f s, %.1f reports/s", b-a, n/(b-a)}') (spark-submit start to exit; $job); load $(cut -d' ' -f1 /proc/loadavg)"
done

python3 - "$tmp/cli/results.jsonl" "$tmp/spark-jsonl" <<'PY' | tee -a "$figures"
import glob, json, os, sys
def key(source): return os.path.basename(source)
def view(r):
    if 'error' in r: return ('error',)
    return (r['score'], r['grade'], tuple((f['ruleId'], f['status'], f['message']) for f in r['findings']))
cli = {key(r['source']): view(r) for r in map(json.loads, open(sys.argv[1], encoding='utf-8'))}
spark = {}
for part in glob.glob(os.path.join(sys.argv[2], 'part-*')):
    for line in open(part, encoding='utf-8'):
        r = json.loads(line); spark[key(r['source'])] = view(r)
same = sum(1 for k in cli if spark.get(k) == cli[k])
print(f"same findings as the CLI: {same} of {len(cli)} reports (spark wrote {len(spark)})")
PY
