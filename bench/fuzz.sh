#!/usr/bin/env bash
# Fuzzes the four readers of hostile input with Jazzer: the answers file, the round workbook, the results table
# (the importer before the database) and the definition. Usage: bench/fuzz.sh MINUTES (default 5).
#
# Jazzer fuzzes one test per JVM and for the duration written on the test (@FuzzTest(maxDuration = "75s")), so one
# round is the four targets one after another, 75 s each: 5 minutes of fuzzing. MINUTES is rounded down to whole
# rounds (at least one); Maven's start-up comes on top. The JVM has 1 GB of heap (running out is a finding); a
# slow input shows as libFuzzer's timeout. A crashing input is written into the target's Inputs directory under
# src/test/resources, where the normal build replays it: commit it with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-5}
rounds=$(( minutes / 5 ))
(( rounds < 1 )) && rounds=1
targets=(AnswersReaderFuzzTests WorkbookReaderFuzzTests ResultTableFuzzTests DefinitionReaderFuzzTests)
./mvnw -q -B test-compile
status=0
for ((round = 1; round <= rounds; round++)); do
  for target in "${targets[@]}"; do
    start=$(date +%s)
    if JAZZER_FUZZ=1 ./mvnw -q -B surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
        -DargLine=-Xmx1g > "target/fuzz-$target.log" 2>&1; then
      result=ok
    else
      result=FAILED
      status=1
    fi
    # libFuzzer's last line: "Done 333987 runs in 76 second(s)" (the dictionary it prints before has lone '#'s)
    runs=$(grep -oE 'Done [0-9]+ runs' "target/fuzz-$target.log" | tail -1 | grep -oE '[0-9]+' || true)
    echo "fuzz: $target $result after $(( $(date +%s) - start )) s, ${runs:-?} inputs run (log: target/fuzz-$target.log)"
  done
done
if (( status == 0 )); then
  echo "fuzz: no crash"
else
  echo "fuzz: crashes found: see the logs above and the new files under src/test/resources/**/*Inputs/"
fi
exit $status
