#!/usr/bin/env bash
# Backup and restore test, for both databases Saring runs on. For each: Saring starts on a fresh
# database, students log in, read lessons and answer a quiz for a while (the failover test's
# students, without kills), Saring stops, the database is backed up with the documented command,
# restored with the documented command into an EMPTY database, and the restore must hold the same
# rows in every table (row count and SHA-256 of the rows) and the same students, attempts, answers
# and progress.
#
#   bash src/test/scripts/backup-restore.sh [h2|postgresql|both]      (default both)
#
# Uses port 28080 (Saring) and, for PostgreSQL, schema saring_backup in database test and a
# database saring_restore on 127.0.0.1:5432 (dropped and created). Files under target/backup/.
# Settings: BACKUP_STUDENTS (5), BACKUP_SECONDS (25), CLUSTER_SKIP_BUILD=1 to reuse target/saring.war.
set -euo pipefail
cd "$(dirname "$0")/../../.."

which=${1:-both}
students=${BACKUP_STUDENTS:-5}
seconds=${BACKUP_SECONDS:-25}
password=${CLUSTER_ADMIN_PASSWORD:-Cluster-Sandi-2024}
port=28080
out="$PWD/target/backup"
pg="-h 127.0.0.1 -p 5432"

if [ "${CLUSTER_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/saring.war ] || [ ! -f target/payara-micro.jar ]; then
    mvn -B -q -DskipTests package
    mvn -B -q dependency:copy@payara-micro-for-tests
fi
rm -rf "$out"
mkdir -p "$out"
cp target/payara-micro.jar "$out/runtime.jar"
jars=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -n1)
h2_version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
h2_jar=~/.m2/repository/com/h2database/h2/$h2_version/h2-$h2_version.jar
[ -f "$h2_jar" ] || mvn -B -q dependency:get -Dartifact="com.h2database:h2:$h2_version"
# The students read and fill Saring's forms with the load benchmark's reader (HtmlForms).
javac -d "$out/classes" src/test/java/id/saring/testing/HtmlForms.java
run_java() { java -cp "$out/classes:$jars:$h2_jar" src/test/cluster/Failover.java "$@"; }

pid=""
# shellcheck source=stop-process.sh
source src/test/scripts/stop-process.sh
stop_saring() {
    stop_process "$pid"
    pid=""
}
trap stop_saring EXIT

# Starts Saring on $1 (a JDBC URL), seeds the students, lets them work for a while, stops Saring.
with_students() {
    local url=$1 name=$2
    echo "== $name: Saring on a fresh database, $students students for ${seconds}s"
    SARING_DB_URL="$url" SARING_ADMIN_PASSWORD="$password" SARING_COURSES_DIR="$PWD/courses" \
        java -Xmx512m -jar "$out/runtime.jar" --deploy target/saring.war --contextroot / --port "$port" --nocluster \
        --prebootcommandfile src/main/payara/preboot.txt --systemproperties src/main/payara/system.properties --rootdir "$out/root-$name" > "$out/saring-$name.log" 2>&1 &
    pid=$!
    local waited=0
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "Saring did not start: $out/saring-$name.log" >&2; exit 1; }
        waited=$((waited + 1))
        [ "$waited" -lt 480 ] || { echo "Saring not ready after 240 s: $out/saring-$name.log" >&2; exit 1; }
        sleep 0.5
    done
    run_java seed "$url" "$students"
    run_java run "http://127.0.0.1:$port" "$students" "$password" "$out/students-$name" > "$out/students-$name.log" 2>&1 &
    local students_pid=$!
    sleep "$seconds"
    touch "$out/students-$name/stop"
    wait "$students_pid"
    tail -n1 "$out/students-$name.log"
    stop_saring
}

if [ "$which" = h2 ] || [ "$which" = both ]; then
    # AUTO_SERVER lets the seeding program open the file while Saring has it open.
    source_url="jdbc:h2:file:$out/h2/saring;AUTO_SERVER=TRUE"
    # (H2 refuses AUTO_SERVER together with DB_CLOSE_ON_EXIT=FALSE, so the test's URL leaves that out.)
    with_students "jdbc:h2:file:$out/h2/saring;WRITE_DELAY=0;AUTO_SERVER=TRUE" h2
    echo "== H2 backup (Saring stopped): org.h2.tools.Script"
    java -cp "$h2_jar" org.h2.tools.Script -url "jdbc:h2:file:$out/h2/saring" -user "" \
        -script "$out/saring-h2.zip" -options compression zip
    echo "== H2 restore into an empty file: org.h2.tools.RunScript"
    java -cp "$h2_jar" org.h2.tools.RunScript -url "jdbc:h2:file:$out/h2-restored/saring" -user "" \
        -script "$out/saring-h2.zip" -options compression zip
    run_java compare "$source_url" "jdbc:h2:file:$out/h2-restored/saring;AUTO_SERVER=TRUE" | tee "$out/compare-h2.txt"
fi

if [ "$which" = postgresql ] || [ "$which" = both ]; then
    # shellcheck disable=SC2086
    psql -q $pg -d test -v ON_ERROR_STOP=1 -c "drop schema if exists saring_backup cascade" -c "create schema saring_backup"
    with_students "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=saring_backup" postgresql
    echo "== PostgreSQL backup: pg_dump --format=custom"
    # shellcheck disable=SC2086
    pg_dump $pg -d test --schema=saring_backup --format=custom --file="$out/saring.pgdump"
    echo "== PostgreSQL restore into an empty database: createdb + pg_restore"
    # shellcheck disable=SC2086
    dropdb $pg --if-exists saring_restore
    # shellcheck disable=SC2086
    createdb $pg saring_restore
    # shellcheck disable=SC2086
    pg_restore $pg -d saring_restore --no-owner --exit-on-error "$out/saring.pgdump"
    run_java compare "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=saring_backup" \
        "jdbc:postgresql://127.0.0.1:5432/saring_restore?currentSchema=saring_backup" | tee "$out/compare-postgresql.txt"
fi
grep -h "RESTORE" "$out"/compare-*.txt
! grep -q "DIFFERS\|nothing was really tested" "$out"/compare-*.txt
