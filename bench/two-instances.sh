#!/usr/bin/env bash
# Two instances of the application on one PostgreSQL, behind nginx round-robin, driven through the balancer by
# bench/two_instances.py: sign in, autosaves landing on both instances, a conflicting edit across instances, a round
# published on one and shown by the other's public page and API, a published result corrected by the command line's
# importer and shown corrected by both. Prints "two instances: N checks, M failures" and
# exits non-zero on any failure. Everything runs on loopback, on free ports, in a temporary folder removed at the end.
# Needs Debian's postgresql and nginx, python3 and Java 17; builds the jar if it is missing.
#
#   bench/two-instances.sh
#   JAR=/tmp/other.jar bench/two-instances.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
for tool in nginx python3 java curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
[ -x "$PG_BIN/initdb" ] || { echo "missing PostgreSQL (apt-get install -y postgresql)" >&2; exit 2; }

JAR=${JAR:-target/icc-index.jar}
if [ ! -f "$JAR" ] && [ "$JAR" = target/icc-index.jar ]; then
  echo "building $JAR ..."
  ./mvnw -q -B -DskipTests package
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

WORK=$(mktemp -d /tmp/icc-two.XXXXXX)
chmod 755 "$WORK"
PG_PORT=$(free_port)
APP1_PORT=$(free_port)
APP2_PORT=$(free_port)
LB_PORT=$(free_port)
PIDS=()
# PostgreSQL refuses to run as root: as the postgres user when the script runs as root
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -d "$WORK/pg" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "PostgreSQL on 127.0.0.1:$PG_PORT ..."
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U icc --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; exit 2; }
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U icc icc

export ICC_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/icc" ICC_DB_USER=icc ICC_DB_PASSWORD=""
for n in 1 2; do
  port_var="APP${n}_PORT"
  # started together on the empty database: the start-up lock makes one load the demo data, the other wait
  java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="${!port_var}" --icc.demo.enabled=true \
    --spring.jmx.enabled=false > "$WORK/app$n.log" 2>&1 &
  PIDS+=($!)
done
echo "two instances on 127.0.0.1:$APP1_PORT and 127.0.0.1:$APP2_PORT, starting together ..."
for port in "$APP1_PORT" "$APP2_PORT"; do
  for i in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && break
    for pid in "${PIDS[@]}"; do
      kill -0 "$pid" 2>/dev/null || { tail -50 "$WORK"/app*.log >&2; exit 2; }
    done
    [ "$i" = 300 ] && { echo "an instance did not get ready in 300 s" >&2; exit 2; }
    sleep 1
  done
done

{
  echo "worker_processes 1;"
  echo "pid $WORK/nginx.pid;"
  echo "error_log $WORK/nginx-error.log;"
  echo "events { worker_connections 256; }"
  echo "http {"
  echo "  access_log off;"
  echo "  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;"
  echo "  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;"
  echo "  upstream icc { server 127.0.0.1:$APP1_PORT; server 127.0.0.1:$APP2_PORT; }"
  echo "  server {"
  echo "    listen 127.0.0.1:$LB_PORT;"
  echo "    client_max_body_size 20m;"
  echo "    location / {"
  echo "      proxy_pass http://icc;"
  echo "      proxy_set_header Host \$http_host;"
  echo "      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
  echo "      proxy_set_header X-Forwarded-Proto \$scheme;"
  echo "      add_header X-Upstream \$upstream_addr always;"
  echo "    }"
  echo "  }"
  echo "}"
} > "$WORK/nginx.conf"
mkdir -p "$WORK/tmp"
nginx -p "$WORK" -c "$WORK/nginx.conf" 2>>"$WORK/nginx-error.log"
echo "nginx round-robin on 127.0.0.1:$LB_PORT"

python3 bench/two_instances.py "http://127.0.0.1:$LB_PORT" "http://127.0.0.1:$APP1_PORT" \
  "http://127.0.0.1:$APP2_PORT" src/main/resources/demo/answers/valmonte-2023.yaml \
  src/main/resources/demo/published-results.csv "$JAR"
