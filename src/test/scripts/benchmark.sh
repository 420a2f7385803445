#!/usr/bin/env bash
# Load benchmark (Gatling): starts Saring on a fresh H2 database, seeds the accounts, runs the
# scenarios, prints the report and stops Saring. Numbers vary with the machine and with whatever
# else runs on it: compare runs on the same machine, never assert them in tests.
#
#   bash src/test/scripts/benchmark.sh [students-belajar] [students-ujian] [students-kartu]
#                                                                   (default 500 300 1000)
#
# Report: target/bench/report.md (also printed), Gatling's HTML under target/gatling/. Settings
# (environment): BENCH_PORT (18080), BENCH_BELAJAR_SECONDS (300: how long each "belajar" student
# studies), BENCH_FISIK_USERS (10), BENCH_FISIK_SECONDS (20) and BENCH_FISIK_WARMUP_SECONDS (30) for the static-vs-dynamic run,
# BENCH_KARTU_ARRIVAL_SECONDS and BENCH_UJIAN_ARRIVAL_SECONDS (60: the time in which every
# student of "hari ujian" / "ujian serentak" arrives), BENCH_KARTU_WARMUP_SECONDS (15: how long
# the load generator warms itself on a static file before "hari ujian"; 0 for none), BENCH_PROFILE=0 to run without Java Flight Recorder (on by default: CPU samples every 20 ms,
# summarised in the report as where the server's time goes, and where its threads wait),
# BENCH_SERVER_JAVA_OPTS for JVM options of the server (by default those of the README's run
# command, src/main/payara/jvm.options; MALLOC_ARENA_MAX as there, 2 unless set), and any
# BENCH_* setting of src/bench/java/id/saring/bench/Bench.java.
#
# Steps: build the war; unzip it to target/bench/server/saring (so the static copy of a lesson
# can be put beside the pages, in bench-static/); start Payara Micro as 'mvn payara-micro:start'
# does (same jar version, the same war's content, context root, --nocluster and pre-boot
# commands; only the port differs) on a fresh H2 database with the shipped
# courses, so Flyway migrates it, the first administrator is created with BENCH_PASSWORD and the
# courses are published; stop it; write the accounts with SeedAccounts (see there why); start it
# again; run the Gatling simulations (mvn -Pbench gatling:test); sample the server's RSS and CPU
# from /proc all along and its heap after a full GC (jcmd) between the scenarios; stop Saring.
set -euo pipefail
cd "$(dirname "$0")/../../.."

belajar=${1:-500}
ujian=${2:-300}
kartu=${3:-1000}
teachers=5
fisik=${BENCH_FISIK_USERS:-10}
port=${BENCH_PORT:-18080}
base="http://localhost:$port"
out="$PWD/target/bench"
server_dir="$out/server"
password=${BENCH_PASSWORD:-Bench-Sandi-2024}
lesson=${BENCH_LESSON:-/learn/lesson.xhtml?course=saring-sebelum-sharing&lesson=tiga-jenis-kekacauan-informasi}

if curl -s -o /dev/null "$base/"; then
    echo "Something already answers on port $port; stop it first (or set BENCH_PORT)." >&2
    exit 1
fi
rm -rf "$out"
mkdir -p "$out" "$server_dir"

pid=""
sampler=""
# shellcheck source=stop-process.sh
source src/test/scripts/stop-process.sh
stop_server() {
    stop_process "$pid"
    pid=""
}
cleanup() {
    [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
    stop_server
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
metric() { echo "$1=$2" >> "$out/metrics.properties"; }

echo "== building (war, benchmark classes, Payara Micro jar)"
mvn -B -q -DskipTests package
mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
mvn -B -q dependency:copy@payara-micro-for-tests
# The same jar under another name, so that a 'pkill -f payara-micro' meant for test servers on a
# shared machine does not stop the benchmark's server halfway (it happened while this was written).
cp target/payara-micro.jar "$server_dir/runtime.jar"
# The war unzipped: Payara Micro deploys a folder as it deploys the war, and serves files put in
# it later as static files of the application (bench-static/lesson.html below). The folder it
# unpacks a war into itself (under --rootdir) is known only once it runs, and goes when it stops.
app_dir="$server_dir/saring"
mkdir -p "$app_dir"
unzip -q target/saring.war -d "$app_dir"
classpath="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
# The JDK of JAVA_HOME when set (Payara Micro 7 needs Java 21 or newer), else the one on the PATH.
java_bin=$(readlink -f "${JAVA_HOME:+$JAVA_HOME/bin/java}")
[ -x "$java_bin" ] || java_bin=$(readlink -f "$(command -v java)")
jcmd="$(dirname "$java_bin")/jcmd"

# The JVM options every Saring start uses (README "Memory"), unless the run asks for others.
server_java_opts=${BENCH_SERVER_JAVA_OPTS-$(grep -v '^#' src/main/payara/jvm.options | tr '\n' ' ')}

export SARING_DB_URL="jdbc:h2:file:$server_dir/data/saring;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
export SARING_ADMIN_PASSWORD="$password" SARING_COURSES_DIR="$PWD/courses"

# Starts Saring (pid in $pid) and waits for its login page; the seconds it took in $started.
# The login page, not just a 200: Payara Micro can answer before Saring has finished deploying.
start_server() {
    local log=$1 start
    # A fresh runtime directory each start, as the run command has (a temporary one): Payara Micro
    # keeps the deployed application in it, and a second start on the same one loaded that old
    # deployment and then undeployed it for --deploy's. Saring was deployed twice: a longer start,
    # a login page that answered before the second deployment (the lesson page's login failed in
    # between on a busy machine), and the first deployment's leftovers in the measured memory.
    rm -rf "$server_dir/root"
    start=$(now_ms)
    # shellcheck disable=SC2086
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} "$java_bin" $server_java_opts -jar "$server_dir/runtime.jar" --deploy "$app_dir" --contextroot / --port "$port" --nocluster \
        --prebootcommandfile src/main/payara/preboot.txt --systemproperties src/main/payara/system.properties --rootdir "$server_dir/root" > "$log" 2>&1 &
    pid=$!
    until [[ "$(curl -s "$base/login.xhtml")" == *'type="password"'* ]]; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "Saring did not start; see $log" >&2; exit 1; fi
        sleep 0.2
    done
    started=$(awk -v s="$start" -v e="$(now_ms)" 'BEGIN { printf "%.1f", (e - s) / 1000 }')
    if grep -q SEVERE "$log"; then echo "WARNING: Saring logged SEVERE while starting; see $log" >&2; fi
}

echo "== first start: fresh database, migrations, administrator, courses published"
start_server "$server_dir/first-start.log"
metric cold.start.fresh.s "$started"
stop_server

echo "== seeding $belajar + $ujian + $fisik + $kartu (login cards) students and $teachers teachers"
"$java_bin" -cp "$classpath" id.saring.bench.SeedAccounts "$SARING_DB_URL" "$belajar" "$ujian" "$fisik" "$teachers" \
    "$out/seed.properties" "$kartu"

echo "== second start: the seeded database"
start_server "$server_dir/server.log"
metric cold.start.s "$started"
metric server.pid "$pid"
metric clk.tck "$(getconf CLK_TCK)"
metric students.belajar "$belajar"
metric students.ujian "$ujian"
metric students.fisik "$fisik"
metric students.kartu "$kartu"
metric teachers "$teachers"
metric java "$("$java_bin" -version 2>&1 | head -n1 | tr -d '"')"
metric cpu.model "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
metric server.java.opts "${server_java_opts:-(none)}"

# RSS (kB), CPU ticks (user + system) and threads of the server, every second; also how long its
# threads have waited for a CPU while runnable (ms, the run-queue time of /proc/<pid>/task/*/schedstat,
# summed over the threads alive then) and the machine's load average (1 min), so that a report
# says when the server waited for a CPU that other programs on the machine had; and the whole
# machine's busy CPU ticks (/proc/stat), so that a report can set the server's share beside the load
# generator's (which writes its own, loadgen-<phase>.csv) and everything else's; and the CPU ticks of
# the server's JIT compiler threads (C1 and C2), the part of its CPU that compiles code rather than
# serving requests: a burst on a freshly started server runs much code for the first time.
(
    echo "ms,rss_kb,cpu_ticks,threads,runq_ms,load1,machine_ticks,jit_ticks"
    while kill -0 "$pid" 2>/dev/null; do
        rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        stat=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null || echo "")
        runq=$(cat /proc/"$pid"/task/*/schedstat 2>/dev/null | awk '{ w += $2 } END { printf "%d", w / 1e6 }')
        machine=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat)
        jit=$(cat /proc/"$pid"/task/*/stat 2>/dev/null | awk '/\(C[12] CompilerThre/ { sub(/.*\) /, ""); t += $12 + $13 } END { printf "%d", t }')
        [ -n "$stat" ] && echo "$(now_ms),$rss,$(echo "$stat" | awk '{print $12 + $13}'),$(echo "$stat" | awk '{print $18}'),${runq:-0},$(cut -d' ' -f1 /proc/loadavg),$machine,${jit:-0}"
        sleep 1
    done
) > "$out/samples.csv" &
sampler=$!

heap_after_gc() { # name: kB of heap in use after full collections; the class histogram in histo-<name>.txt
    "$jcmd" "$pid" GC.run > /dev/null
    "$jcmd" "$pid" GC.class_histogram > "$out/histo-$1.txt"
    # The heap's "used" summed over its generations: G1 prints one line for the heap, the serial
    # collector (jvm.options) one for the young and one for the old generation. It includes the
    # dead space a full collection leaves in place (filler arrays, up to 5% of the old generation),
    # so heap per session is counted from the histograms instead (BenchReport.liveBytes).
    "$jcmd" "$pid" GC.heap_info | awk '/(garbage-first heap|DefNew|def new generation|Tenured|tenured generation|PSYoungGen|ParOldGen) +total/ {
        for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); sum += v } }
        END { print sum + 0 }'
}

# The lesson page as a student gets it, saved as a static file in the deployed folder. The login
# is tried again (a fresh session each time) until the lesson page comes: right after the start,
# Payara Micro has been seen answering the first requests without a session or with a 404.
jar="$out/lesson.cookies"
static="$app_dir/bench-static/lesson.html"
mkdir -p "$app_dir/bench-static"
log_in_and_save_lesson() {
    local login_form view_state nonce location
    rm -f "$jar"
    login_form=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    # Either may be missing from the login page: then none is sent.
    view_state=$(echo "$login_form" | { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' || true; } | sed 's/.*value="//; s/"$//')
    nonce=$(echo "$login_form" | { grep -o 'name="primefaces.nonce" value="[^"]*"' || true; } | sed 's/.*value="//; s/"$//')
    location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "login=login" \
        --data-urlencode "login:username=siswa.f01" --data-urlencode "login:password=$password" \
        --data-urlencode "login:submit=Masuk" --data-urlencode "jakarta.faces.ViewState=$view_state" \
        --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml")
    case $location in
        */home.xhtml*) ;;
        *) echo "   login as siswa.f01 not accepted (redirect: '${location:-none}')" >&2; return 1 ;;
    esac
    curl -s -b "$jar" -o "$static" "$base$lesson"
    grep -q 'id="done-next"' "$static" || { echo "   the lesson page did not come ($(grep -o '<title>[^<]*' "$static" | head -n1))" >&2; return 1; }
}
saved=""
for _ in 1 2 3 4 5; do
    if log_in_and_save_lesson; then saved=1; break; fi
    sleep 2
done
[ -n "$saved" ] || { echo "Could not save the lesson page" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/bench-static/lesson.html")" = 200 ] \
    || { echo "The static copy of the lesson page is not served from $app_dir" >&2; exit 1; }
metric lesson.bytes "$(wc -c < "$static")"
metric lesson.dynamic.gzip.bytes "$(curl -s -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$lesson")"
metric lesson.static.gzip.bytes "$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base/bench-static/lesson.html")"

export BENCH_BASE_URL="$base" BENCH_OUT="$out" BENCH_PASSWORD="$password" BENCH_LESSON="$lesson"
export BENCH_BELAJAR_STUDENTS="$belajar" BENCH_UJIAN_STUDENTS="$ujian" BENCH_FISIK_USERS="$fisik" BENCH_KARTU_STUDENTS="$kartu"
export BENCH_BELAJAR_TEACHERS="$teachers"

alive() { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
run() { # phase simulation-class [students: 0 skips the run]
    local phase=$1 simulation=$2 start rc=0
    if ! alive; then echo "== $phase skipped: Saring is not running" >&2; return 0; fi
    if [ "${3:-1}" = 0 ]; then echo "== $phase skipped: no students for it"; return 0; fi
    echo "== $phase ($simulation)"
    if [ "${BENCH_PROFILE:-1}" = 1 ]; then
        "$jcmd" "$pid" JFR.start name="$phase" filename="$out/profile-$phase.jfr" settings=default > /dev/null
    fi
    start=$(now_ms)
    mvn -B -Pbench gatling:test -Dgatling.simulationClass="id.saring.bench.$simulation" \
        -Dgatling.runDescription="$phase" > "$out/gatling-$phase.log" 2>&1 || rc=$?
    echo "$phase,$start,$(now_ms)" >> "$out/phases.csv"
    if [ "${BENCH_PROFILE:-1}" = 1 ] && alive; then "$jcmd" "$pid" JFR.stop name="$phase" > /dev/null; fi
    metric "gatling.exit.$phase" "$rc"
    metric "gatling.report.$phase" "$(grep -o 'file://[^ ]*index.html' "$out/gatling-$phase.log" | tail -n1 | sed 's#file://##')"
    grep -E '^> (request count|mean throughput)|^Global:' "$out/gatling-$phase.log" || tail -n 30 "$out/gatling-$phase.log"
    if ! alive; then
        echo "ERROR: Saring's process ended during '$phase' (stopped from outside, or crashed): see $server_dir/server.log" >&2
        metric server.ended.during "$phase"
    fi
}

metric heap.max.kb "$(( $("$jcmd" "$pid" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -n1 | cut -d= -f2) / 1024 ))"
run fisik BatasFisikSimulation
alive && metric heap.before.kartu.kb "$(heap_after_gc before-kartu)"
run kartu HariUjianSimulation "$kartu"
alive && metric heap.after.kartu.kb "$(heap_after_gc after-kartu)"
run ujian UjianSerentakSimulation "$ujian"
alive && metric heap.after.ujian.kb "$(heap_after_gc after-ujian)"
run belajar BelajarSimulation "$belajar"
alive && metric heap.after.belajar.kb "$(heap_after_gc after-belajar)"

kill "$sampler" 2>/dev/null || true
sampler=""
stop_server
rm -f "$server_dir/runtime.jar"
grep SEVERE "$server_dir/server.log" > "$out/server-severe.log" || true
metric server.severe "$(wc -l < "$out/server-severe.log")"

"$java_bin" -cp "$classpath" id.saring.bench.BenchReport "$out"
