#!/usr/bin/env bash
# Throughput of one instance against two, in the same run: the benchmark's "belajar" scenario
# (BelajarSimulation) through HAProxy, first with instance 2 stopped, then with both instances of
# the cluster of cluster.sh (PostgreSQL). Students think only 0-1 s, so the server, not the
# students' pace, sets the throughput.
#
#   bash src/test/scripts/scale-compare.sh [students] [seconds]      (default 200 students, 120 s)
#
# Each run has its own fresh students (siswa.b0001... then the next block), seeded by SeedAccounts
# into the cluster's schema with the administrator's password hash (every login pays PBKDF2). The
# two-instance run comes second, on a database that already holds the first run's work: if
# anything, that favours one instance. Result: target/bench/scale/report.md (also printed).
# Everything (both instances, PostgreSQL, HAProxy, Gatling) runs on this one machine: with two
# cores, two instances share the same CPU that one instance had to itself.
set -euo pipefail
cd "$(dirname "$0")/../../.."

students=${1:-200}
seconds=${2:-120}
# shellcheck source=cluster-settings.sh
source src/test/scripts/cluster-settings.sh
out="$PWD/target/bench/scale"
cluster="bash src/test/scripts/cluster.sh"

trap '$cluster stop || true' EXIT
rm -rf "$out"
mkdir -p "$out"

echo "== building the war, the Payara Micro jar and the benchmark's classes"
mvn -B -q -DskipTests package
mvn -B -q dependency:copy@payara-micro-for-tests
# After 'package': a build without the bench profile recompiles the test classes without them.
mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
CLUSTER_SKIP_BUILD=1 $cluster start
classpath="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
java -cp "$classpath" id.saring.bench.SeedAccounts "$jdbc" $((2 * students)) 0 0 5 "$out/seed.properties"

run() { # name first-student: one belajar run through the balancer; its Gatling summary in the report
    local name=$1 first=$2
    echo "== $name: $students students from siswa.b$(printf '%04d' "$first"), ${seconds} s"
    BENCH_BASE_URL="$lb" BENCH_PASSWORD="$password" BENCH_OUT="$out" BENCH_BELAJAR_STUDENTS="$students" \
        BENCH_BELAJAR_FIRST="$first" BENCH_BELAJAR_SECONDS="$seconds" BENCH_BELAJAR_RAMP_SECONDS=20 \
        BENCH_BELAJAR_THINK_MIN=0 BENCH_BELAJAR_THINK_MAX=1 BENCH_BELAJAR_TEACHERS=5 \
        mvn -B -Pbench gatling:test -Dgatling.simulationClass=id.saring.bench.BelajarSimulation \
        -Dgatling.runDescription="$name" > "$out/gatling-$name.log" 2>&1 || true
    # The last summary is the global one: "> request count | total | OK | KO", "> mean throughput ..."
    grep -E '^> (request count|mean throughput|response time 95th)' "$out/gatling-$name.log" | tail -n 3 \
        | sed "s/^/$name /" | tee -a "$out/summary.txt" || tail -n 30 "$out/gatling-$name.log"
}

$cluster kill 2
sleep 8 # the balancer's health checks mark it down
run one-instance 1
$cluster start-instance 2
sleep 8
run two-instances $((students + 1))

column() { # run line-start column: a cell of Gatling's summary table (2 = total, 4 = KO)
    grep "^$1 > $2" "$out/summary.txt" | tail -n1 | awk -F'|' -v c="$3" '{ gsub(/[ ,]/, "", $c); print ($c == "-" ? 0 : $c) }'
}
{
    echo "# One instance against two (belajar, $students students each, ${seconds} s, think 0-1 s)"
    echo
    echo "$(nproc) cores; both instances, PostgreSQL, HAProxy and Gatling on this machine."
    echo
    echo "| | requests | failed | req/s | p95 ms |"
    echo "|---|---|---|---|---|"
    for name in one-instance two-instances; do
        echo "| $name | $(column "$name" 'request count' 2) | $(column "$name" 'request count' 4) | $(column "$name" 'mean throughput' 2) | $(column "$name" 'response time 95th' 2) |"
    done
    echo
    echo "Gatling's lines:"
    echo
    sed 's/^/    /' "$out/summary.txt"
} > "$out/report.md"
cat "$out/report.md"
