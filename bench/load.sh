#!/usr/bin/env bash
# Load benchmark of the public site: the application against nginx serving the very same pages saved as static
# files, side by side in one run, with wrk at 64 connections. Needs Debian's wrk and nginx
# (apt-get install -y wrk nginx) and Java 17. Builds the jar if it is missing.
#
#   bench/load.sh                      # 15 s per measurement
#   DURATION=30s CONNECTIONS=64 bench/load.sh
#   JAR=/tmp/before.jar bench/load.sh  # another build, e.g. to compare before and after a change in one session
#   APP_ARGS=--icc.publication.version-recheck=0 bench/load.sh   # settings passed to the application
#
# The application runs on an in-memory H2 database with the demo data; nginx runs as a throw-away instance on a
# free loopback port. Prints requests per second and latency for each page, the ratio application / nginx, and
# fails (exit 1) if any request errs or answers other than 2xx.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
PAGES=("/" "/cities/ansan" "/api/v1/results")

for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk nginx curl)" >&2; exit 2; }
done
NGINX=$(command -v nginx)

JAR=${JAR:-target/icc-index.jar}
if [ ! -f "$JAR" ] && [ "$JAR" = target/icc-index.jar ]; then
  echo "building $JAR ..."
  ./mvnw -q -B -DskipTests package
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

WORK=$(mktemp -d /tmp/icc-bench.XXXXXX)
chmod 755 "$WORK"
APP_PORT=$(free_port)
NGINX_PORT=$(free_port)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "starting the application on 127.0.0.1:$APP_PORT (in-memory database, demo data) ..."
java -jar "$JAR" --server.address=127.0.0.1 --server.port="$APP_PORT" \
  "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" --icc.demo.enabled=true ${APP_ARGS:-} \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
# ready once it answers and the demo data has loaded (it loads after the server starts)
for _ in $(seq 1 120); do
  if curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/api/v1/editions" && grep -q "Demo data loaded" "$WORK/app.log"; then
    break
  fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$WORK/app.log" >&2; exit 2; fi
  sleep 1
done

echo "saving the pages as static files for nginx ..."
mkdir -p "$WORK/www"
declare -A FILE TYPE
for page in "${PAGES[@]}"; do
  name=$(echo "$page" | sed 's#^/$#/index#; s#^/##; s#/#_#g')
  case "$page" in /api/*) ext=json; type=application/json ;; *) ext=html; type="text/html; charset=utf-8" ;; esac
  FILE[$page]="$name.$ext"
  TYPE[$page]="$type"
  curl -sf -o "$WORK/www/$name.$ext" "http://127.0.0.1:$APP_PORT$page"
done
chmod -R a+rX "$WORK/www"

{
  echo "worker_processes auto;"
  echo "pid $WORK/nginx.pid;"
  echo "error_log $WORK/nginx-error.log;"
  echo "events { worker_connections 1024; }"
  echo "http {"
  echo "  access_log off; sendfile on; tcp_nopush on;"
  echo "  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;"
  echo "  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;"
  echo "  server {"
  echo "    listen 127.0.0.1:$NGINX_PORT;"
  echo "    root $WORK/www;"
  for page in "${PAGES[@]}"; do
    echo "    location = $page { types { } default_type \"${TYPE[$page]}\"; try_files /${FILE[$page]} =404; }"
  done
  echo "  }"
  echo "}"
} > "$WORK/nginx.conf"
mkdir -p "$WORK/tmp"
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" 2>>"$WORK/nginx-error.log"
for _ in $(seq 1 50); do
  curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break
  sleep 0.1
done
for page in "${PAGES[@]}"; do
  cmp -s <(curl -sf "http://127.0.0.1:$APP_PORT$page") <(curl -sf "http://127.0.0.1:$NGINX_PORT$page") \
    || { echo "nginx does not serve the same bytes as the application for $page" >&2; exit 2; }
done

# one wrk run: prints "requests/s avg-latency p99-latency errors"
measure() {
  local out
  out=$(wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$1" "$2")
  local rps avg p99 errors non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  avg=$(echo "$out" | awk '/^    Latency/ {print $2}')
  p99=$(echo "$out" | awk '/^     99%/ {print $2}')
  errors=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "$rps $avg $p99 $(( ${errors:-0} + ${non2xx:-0} ))"
}

echo "warming up ($WARMUP per page and server) ..."
for page in "${PAGES[@]}"; do
  measure "$WARMUP" "http://127.0.0.1:$APP_PORT$page" >/dev/null
  measure "$WARMUP" "http://127.0.0.1:$NGINX_PORT$page" >/dev/null
done

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), jar $JAR ${APP_ARGS:-}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-18s %8s %12s %12s %8s %12s %12s %8s %7s\n" page bytes "app req/s" "app p99" "errors" \
  "nginx req/s" "nginx p99" "errors" ratio
failed=0
for page in "${PAGES[@]}"; do
  read -r app_rps _ app_p99 app_err <<<"$(measure "$DURATION" "http://127.0.0.1:$APP_PORT$page")"
  read -r ngx_rps _ ngx_p99 ngx_err <<<"$(measure "$DURATION" "http://127.0.0.1:$NGINX_PORT$page")"
  ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.2f", a / n }')
  size=$(stat -c %s "$WORK/www/${FILE[$page]}")
  printf "%-18s %8s %12s %12s %8s %12s %12s %8s %7s\n" "$page" "$size" "$app_rps" "$app_p99" "$app_err" \
    "$ngx_rps" "$ngx_p99" "$ngx_err" "$ratio"
  if [ "$app_err" != "0" ] || [ "$ngx_err" != "0" ]; then failed=1; fi
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ratio = application requests/s / nginx requests/s on the same bytes (aim: 0.50 or more)"
if [ "$failed" != "0" ]; then
  echo "some requests failed or answered other than 2xx" >&2
  exit 1
fi
