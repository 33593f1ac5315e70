#!/usr/bin/env bash
# Rank robustness: the Java computation (org.iccindex.benchmark.RankRobustness) against numpy, vectorised
# (bench/robustness_numpy.py), on the same exported sample and the same exported draws, for 10,000 and 100,000
# variants. Both must give identical intervals (the script fails otherwise). Each side computes REPEAT times in one
# process (Java's first run includes its JIT warm-up); reading the files is not timed on either side.
#
#   bench/robustness.sh                         # snapshot 2023-12-31 of the demo data, seed 20190101, 3 repeats
#   SNAPSHOT=2020-08-27 SEED=7 REPEAT=5 bench/robustness.sh
#
# Needs Java 17 and python3 with numpy (installed with apt-get install -y python3-numpy if missing). The demo data
# is loaded into an in-memory H2 database for the export; builds the jar if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SNAPSHOT=${SNAPSHOT:-2023-12-31}
SEED=${SEED:-20190101}
REPEAT=${REPEAT:-3}
DRAWS=${DRAWS:-"10000 100000"}

if ! python3 -c 'import numpy' 2>/dev/null; then
  echo "installing numpy (python3-numpy) ..."
  apt-get install -y python3-numpy >/dev/null || pip install numpy
fi
JAR=target/icc-index.jar
if [ ! -f "$JAR" ]; then
  echo "building $JAR ..."
  ./mvnw -q -B -DskipTests package
fi

WORK=$(mktemp -d /tmp/icc-robustness.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

best() { sed -E 's/.* in ([0-9.]+) s/\1/' "$1" | sort -g | head -1; }
first() { sed -E 's/.* in ([0-9.]+) s/\1/' "$1" | head -1; }

echo "java $(java -version 2>&1 | head -1 | cut -d'"' -f2), numpy $(python3 -c 'import numpy; print(numpy.__version__)'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-8s %12s %12s %12s %12s %8s %s\n' draws cities java_first java_best numpy_first numpy_best ratio agreement
for n in $DRAWS; do
  dir="$WORK/$n"
  java -Dspring.datasource.url="jdbc:h2:mem:robustness;DB_CLOSE_DELAY=-1" -Dicc.demo.enabled=true \
    -Dlogging.level.root=ERROR -jar "$JAR" robustness --snapshot "$SNAPSHOT" --draws "$n" --seed "$SEED" \
    --format csv --export "$dir" >/dev/null 2>"$WORK/export.log" || { cat "$WORK/export.log" >&2; exit 1; }
  java -jar "$JAR" robustness --from "$dir" --repeat "$REPEAT" >"$WORK/java-$n.csv" 2>"$WORK/java-$n.time"
  cmp -s "$WORK/java-$n.csv" "$dir/intervals.csv" || { echo "java --from differs from its own export" >&2; exit 1; }
  if python3 bench/robustness_numpy.py "$dir" --repeat "$REPEAT" --check "$dir/intervals.csv" \
      >"$WORK/numpy-$n.csv" 2>"$WORK/numpy-$n.time"; then
    agreement="identical ($(($(wc -l <"$dir/intervals.csv") - 1)) intervals)"
  else
    agreement="DIFFERENT: $(grep DIFFERENT "$WORK/numpy-$n.time")"
    failed=1
  fi
  cities=$(($(wc -l <"$dir/sample.csv") - 1))
  jb=$(best "$WORK/java-$n.time"); nb=$(best <(grep '^numpy' "$WORK/numpy-$n.time"))
  printf '%-8s %-8s %11ss %11ss %11ss %11ss %8s %s\n' "$n" "$cities" "$(first "$WORK/java-$n.time")" "$jb" \
    "$(first <(grep '^numpy' "$WORK/numpy-$n.time"))" "$nb" "$(python3 -c "print(f'{$nb/$jb:.2f}')")" "$agreement"
done
echo "ratio = numpy best / java best (above 1: Java faster). Times exclude reading the files and starting the process."
[ -z "${failed:-}" ]
