#!/usr/bin/env bash
# Measures what a stop (SIGTERM, as `docker stop` or Ctrl+C sends) does to requests in flight:
# starts Saring as the README's run command does (--shutdowngrace 10000 ms, H2 in memory), sends
# slow requests that are still arriving when the stop comes (a form posted at 8 KB/s for about
# 10 s) and a steady stream of page requests from several clients, stops Saring 3 s in, and prints
# what every request got: an answer (any HTTP status), a refused connection (the listener was
# already closed: a balancer or the quiz script sends it again), or a connection cut mid-request
# (lost); and what /health/ready said after the stop (a balancer stops sending work on DOWN).
#
#   mvn package -DskipTests && bash src/test/scripts/graceful-stop.sh
# Settings: PORT (38180), SLOW (4 slow requests), CLIENTS (8), GRACE (10000 ms).
set -uo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-38180}
SLOW=${SLOW:-4}
CLIENTS=${CLIENTS:-8}
GRACE=${GRACE:-10000}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work=$(mktemp -d /tmp/saring-graceful-stop.XXXX)

"$JAVA" -Dsaring.db.url="jdbc:h2:mem:graceful;DB_CLOSE_DELAY=-1" -Dsaring.admin.password=Graceful-Stop-2026 \
    -Dsaring.courses.dir=courses -jar target/payara-micro.jar --deploy target/saring.war --contextroot / \
    --port "$PORT" --nocluster --shutdowngrace "$GRACE" --prebootcommandfile src/main/payara/preboot.txt --systemproperties src/main/payara/system.properties \
    > "$work/saring.log" 2>&1 &
pid=$!
for _ in $(seq 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ] && break
    sleep 1
done
echo "Saring ready on :$PORT (pid $pid, --shutdowngrace $GRACE)"

# A request's fate: "answered <status>", "refused" (curl 7) or "cut <curl exit>".
fate() {
    local code status
    status=$(curl -s -o /dev/null -w '%{http_code}' "$@")
    code=$?
    if [ "$code" = 0 ]; then echo "answered $status"
    elif [ "$code" = 7 ]; then echo "refused"
    else echo "cut $code"; fi
}
head -c 80000 /dev/zero | tr '\0' 'a' | sed 's/^/note=/' > "$work/body"
for i in $(seq "$SLOW"); do
    fate --limit-rate 8k --data-binary @"$work/body" "http://127.0.0.1:$PORT/login.xhtml" > "$work/slow-$i" &
done
for i in $(seq "$CLIENTS"); do
    ( end=$((SECONDS + 30))
      while [ $SECONDS -lt $end ]; do fate "http://127.0.0.1:$PORT/login.xhtml"; done ) > "$work/fast-$i" &
done
sleep 3
stopped=$(date +%s.%N)
kill -TERM "$pid"
( for _ in $(seq 40); do
      echo "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")"
      sleep 0.25
  done ) > "$work/ready" &
wait "$pid"
gone=$(date +%s.%N)
wait
echo "stopped $(awk -v a="$stopped" -v b="$gone" 'BEGIN { printf "%.1f", b - a }') s after SIGTERM"
echo "slow requests (still being sent when the stop came):"
sort "$work"/slow-* | uniq -c | sed 's/^/  /'
echo "page requests from $CLIENTS clients:"
sort "$work"/fast-* | uniq -c | sed 's/^/  /'
echo "/health/ready in the 10 s after SIGTERM (000: nothing listening):"
uniq -c "$work/ready" | sed 's/^/  /'
echo "log: $work/saring.log"
