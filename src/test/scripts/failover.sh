#!/usr/bin/env bash
# Failover test: students mid-quiz on a 2-instance cluster behind HAProxy (cluster.sh); one
# instance is killed with kill -9 and restarted, again and again; then every answer whose save was
# acknowledged (2xx JSON, what quiz.js shows as saved) must be in PostgreSQL, and no student may
# have seen an error page or been sent back to the login page.
#
#   bash src/test/scripts/failover.sh [kills]            (default 10)
#
# Settings (environment): FAILOVER_STUDENTS (30), FAILOVER_SETTLE (15: seconds between an
# instance being back and the next kill), FAILOVER_WARMUP (20: seconds of load before the first
# kill), FAILOVER_KEEP_CLUSTER=1 to leave the cluster running afterwards; and those of cluster.sh.
# Result: target/failover/report.md (also printed); exit status 0 only when nothing was lost and
# no error page was seen. The cluster is started fresh (empty schema) and stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../../.."

kills=${1:-10}
students=${FAILOVER_STUDENTS:-30}
settle=${FAILOVER_SETTLE:-15}
warmup=${FAILOVER_WARMUP:-20}
# shellcheck source=cluster-settings.sh
source src/test/scripts/cluster-settings.sh
out="$PWD/target/failover"
cluster="bash src/test/scripts/cluster.sh"

students_pid=""
cleanup() {
    if [ -n "$students_pid" ] && kill -0 "$students_pid" 2>/dev/null; then touch "$out/stop"; wait "$students_pid" || true; fi
    [ "${FAILOVER_KEEP_CLUSTER:-0}" = 1 ] || $cluster stop || true
}
trap cleanup EXIT

$cluster start
rm -rf "$out"
mkdir -p "$out"
pg_jar=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -n1)
# The students read and fill Saring's forms with the load benchmark's reader (HtmlForms).
javac -d "$out/classes" src/test/java/id/saring/testing/HtmlForms.java
run_java() { java -cp "$out/classes:$pg_jar" src/test/cluster/Failover.java "$@"; }

echo "== seeding $students students"
run_java seed "$jdbc" "$students"

echo "== $students students mid-quiz through the balancer; $kills kills, one instance at a time"
run_java run "$lb" "$students" "$password" "$out" > "$out/students.log" 2>&1 &
students_pid=$!
sleep "$warmup"
for k in $(seq 1 "$kills"); do
    n=$(( (k - 1) % 2 + 1 ))
    echo "-- kill $k/$kills: kill -9 instance $n ($(date +%T))"
    $cluster kill "$n"
    sleep 2
    $cluster start-instance "$n"
    sleep "$settle"
    tail -n1 "$out/students.log" || true
done
touch "$out/stop"
wait "$students_pid"
students_pid=""
cat "$out/students.log" | tail -n1

echo "== comparing every acknowledged answer with attempt_answer"
rc=0
run_java verify "$jdbc" "$out" target/cluster/events.log || rc=$?
for i in 1 2; do
    grep -h SEVERE target/cluster/instance-$i.log > "$out/severe-$i.log" 2>/dev/null || true
    echo "instance $i: $(wc -l < "$out/severe-$i.log") SEVERE log lines (target/failover/severe-$i.log)"
done
exit $rc
