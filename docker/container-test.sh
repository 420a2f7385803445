#!/usr/bin/env bash
# Builds Saring's container image and runs it the way a school would, on a machine that cannot
# pull images: podman with images made from Debian's packages (README, "Container").
#
#   bash docker/container-test.sh                    # everything, then tears it all down
#   PARTS="compose cluster" bash docker/container-test.sh   # only some of: single compose cluster
# The Debian base image is made once and kept between runs (FRESH_BASE=1 makes it again).
#
# 1. installs podman, podman-compose, runc and mmdebstrap when missing (apt-get);
# 2. makes the base image localhost/saring-base:trixie (Debian trixie + openjdk-21-jdk-headless);
# 3. builds localhost/saring from target/saring.war and payara-micro.jar (mvn package first);
# 4. runs it alone (H2 in its volume), waits for /health, logs in as the administrator, opens a
#    student account and answers a quiz question through it (docker/ContainerCheck.java);
# 5. docker/compose.yaml (Saring + PostgreSQL from Debian's package): the same check;
# 6. docker/cluster/compose.yaml (two Saring instances, PostgreSQL, HAProxy): the same check
#    through HAProxy and each instance answering;
# and prints PASS/FAIL lines with the numbers (image size, start times). Exit status 1 on a FAIL.
#
# Not part of mvn verify: it needs root, takes minutes and downloads Debian packages.
# Ports (unusual ones: the machine's own PostgreSQL and other Payara instances may be running):
# SARING_TEST_PORT (38080) for the single container and the compose files' published port.
set -uo pipefail
# The check runs on this machine with the test classes Maven compiled for Java 21: the JDK the
# build used (JAVA_HOME), not Debian's default Java 17.
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${SARING_TEST_PORT:-38080}
TLS_PORT=${SARING_TEST_TLS_PORT:-38443}
WORK=${SARING_CONTAINER_WORK:-/var/tmp/saring-container}
BASE_IMAGE=localhost/saring-base:trixie
IMAGE=localhost/saring:test
ADMIN_PASSWORD=Container-Test-2026
SUITE=trixie
JDK=openjdk-21-jdk-headless
mkdir -p "$WORK"

failed=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failed=1; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# --- 1. tools ----------------------------------------------------------------------------------
missing=()
for tool in podman podman-compose runc mmdebstrap; do
    command -v "$tool" > /dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (apt-get)"
    apt-get update -q > "$WORK/apt.log" 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman podman-compose runc mmdebstrap \
        >> "$WORK/apt.log" 2>&1 || { echo "FAIL apt-get install (see $WORK/apt.log)"; exit 1; }
fi

# The settings that make podman work on these machines (shared/STACK-NOTES.md, Containers): runc
# with cgroupfs (crun refuses the hybrid cgroups), no default ulimits (no CAP_SYS_RESOURCE).
cat > "$WORK/containers.conf" <<'EOF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
EOF
export CONTAINERS_CONF="$WORK/containers.conf"
BUILD=(podman build --network host --isolation chroot --format docker)

# --- 2. the base image -------------------------------------------------------------------------
if [ "${FRESH_BASE:-0}" = 1 ] || ! podman image exists "$BASE_IMAGE"; then
    started=$(now)
    mmdebstrap --variant=minbase --include=ca-certificates,$JDK "$SUITE" "$WORK/rootfs.tar" \
        > "$WORK/mmdebstrap.log" 2>&1 || { echo "FAIL mmdebstrap (see $WORK/mmdebstrap.log)"; exit 1; }
    podman import "$WORK/rootfs.tar" "$BASE_IMAGE" > /dev/null
    rm -f "$WORK/rootfs.tar"
    pass "base image $BASE_IMAGE made from Debian $SUITE + $JDK in $(seconds "$started" "$(now)") s"
else
    pass "base image $BASE_IMAGE kept from an earlier run (FRESH_BASE=1 makes it again)"
fi
podman run --rm "$BASE_IMAGE" java -version 2>&1 | head -1 | sed 's/^/     /'

# --- 3. the Saring image -----------------------------------------------------------------------
if [ ! -f target/saring.war ] || [ ! -d target/test-classes/id/saring/testing ]; then
    echo "FAIL target/saring.war and the test classes are missing: run mvn package -DskipTests first"
    exit 1
fi
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
JAR="$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar"
if [ ! -f target/payara-micro.jar ]; then
    [ -f "$JAR" ] || mvn -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION"
    cp "$JAR" target/payara-micro.jar
fi
started=$(now)
if "${BUILD[@]}" -f docker/Dockerfile --build-arg BASE="$BASE_IMAGE" --build-arg RUNTIME=debian \
        -t "$IMAGE" . > "$WORK/build.log" 2>&1; then
    size=$(podman image inspect "$IMAGE" --format '{{.Size}}')
    base_size=$(podman image inspect "$BASE_IMAGE" --format '{{.Size}}')
    pass "image $IMAGE built in $(seconds "$started" "$(now)") s: $((size / 1000000)) MB" \
        "(base $((base_size / 1000000)) MB, Saring and Payara Micro $(((size - base_size) / 1000000)) MB)"
else
    fail "image build (see $WORK/build.log)"
    tail -20 "$WORK/build.log"
    exit 1
fi

# Waits until $1/health/ready answers 200, at most $2 seconds; prints the seconds it took.
wait_ready() {
    local url=$1 limit=$2 started
    started=$(now)
    for _ in $(seq "$limit"); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready")" = 200 ]; then
            seconds "$started" "$(now)"
            return 0
        fi
        sleep 1
    done
    return 1
}

# The administrator, a new student and a quiz answer through the running Saring at $1; over
# HTTPS when $1 is https, trusting the certificate authority in the file $3.
check_through() {
    local url=$1 student=$2 ca=${3:-} trust=()
    if [ -n "$ca" ]; then
        rm -f "$WORK/trust.p12"
        "${JAVA_HOME:+$JAVA_HOME/bin/}keytool" -importcert -noprompt -alias saring-ca -file "$ca" \
            -keystore "$WORK/trust.p12" -storetype PKCS12 -storepass saring-trust > /dev/null
        trust=(-Djavax.net.ssl.trustStore="$WORK/trust.p12" -Djavax.net.ssl.trustStorePassword=saring-trust
            -Djavax.net.ssl.trustStoreType=PKCS12)
    fi
    "$JAVA" "${trust[@]}" -cp target/test-classes docker/ContainerCheck.java "$url/" admin "$ADMIN_PASSWORD" "$student" \
        | sed 's/^/     /'
    return "${PIPESTATUS[0]}"
}

# HTTPS at $1 (plain) and $2 (TLS): the school's authority from the plain address, which a phone
# fetches before it trusts HTTPS; a page over HTTPS verified against it, with HSTS and a Secure
# session cookie; and, when $3 is given, a page asked for over plain HTTP by another name is sent
# to HTTPS on port $3.
check_https() {
    local plain=$1 tls=$2 redirect_port=${3:-} headers location
    if ! curl -sf -o "$WORK/saring-ca.crt" "$plain/saring-ca.crt"; then
        fail "HTTPS: no certificate authority at $plain/saring-ca.crt"
        return
    fi
    headers=$(curl -s -D - -o /dev/null --cacert "$WORK/saring-ca.crt" "$tls/login.xhtml" | tr -d '\r')
    if [[ "$headers" == "HTTP/"*" 200"* ]] && grep -qi '^strict-transport-security: max-age=' <<< "$headers" \
            && grep -i '^set-cookie: JSESSIONID=' <<< "$headers" | grep -qi 'secure'; then
        pass "HTTPS: $tls/login.xhtml verified against Saring's authority: 200, HSTS, Secure session cookie"
    else
        fail "HTTPS: $tls/login.xhtml"
        echo "$headers" | head -12 | sed 's/^/     /'
    fi
    if [ -n "$redirect_port" ]; then
        location=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Host: saring.sekolah.test" "$plain/login.xhtml")
        [ "$location" = "https://saring.sekolah.test:$redirect_port/login.xhtml" ] \
            && pass "HTTPS: plain HTTP by the school's name is sent to $location" \
            || fail "HTTPS: plain HTTP sent to '$location'"
    fi
}

PARTS=${PARTS:-single compose cluster}

# --- 4. the image alone ------------------------------------------------------------------------
if [[ " $PARTS " == *" single "* ]]; then
podman rm -f -v saring-test > /dev/null 2>&1
podman volume rm -f saring-test-data > /dev/null 2>&1
started=$(now)
podman run -d --name saring-test --network host -v saring-test-data:/opt/saring/data \
    -e SARING_HTTP_PORT="$PORT" -e SARING_HTTPS_PORT="$TLS_PORT" -e SARING_ADMIN_PASSWORD="$ADMIN_PASSWORD" "$IMAGE" > /dev/null 2>> "$WORK/podman.log"
if took=$(wait_ready "http://127.0.0.1:$PORT" 420); then
    pass "container saring-test ready on :$PORT in $took s (podman run to /health/ready 200)"
    health=$(curl -s "http://127.0.0.1:$PORT/health")
    echo "     /health: $health"
    if check_through "http://127.0.0.1:$PORT" siswa.kontainer; then
        pass "admin login, student account, quiz answer and review through the container"
    else
        fail "the quiz through the container"
    fi
    check_https "http://127.0.0.1:$PORT" "https://127.0.0.1:$TLS_PORT" "$TLS_PORT"
    user=$(podman exec saring-test id -un)
    [ "$user" = payara ] && pass "runs as $user, not root" || fail "runs as $user"
    podman healthcheck run saring-test > /dev/null 2>&1 \
        && pass "the image's HEALTHCHECK answers healthy" || fail "the image's HEALTHCHECK"
    # The data volume keeps everything: the student's account survives a new container.
    podman rm -f -v saring-test > /dev/null 2>> "$WORK/podman.log"
    podman run -d --name saring-test --network host -v saring-test-data:/opt/saring/data \
        -e SARING_HTTP_PORT="$PORT" -e SARING_HTTPS_PORT="$TLS_PORT" "$IMAGE" > /dev/null 2>> "$WORK/podman.log"
    if took=$(wait_ready "http://127.0.0.1:$PORT" 420) \
            && "$JAVA" -cp target/test-classes docker/ContainerCheck.java "http://127.0.0.1:$PORT/" \
                admin "$ADMIN_PASSWORD" siswa.kontainer --existing | sed 's/^/     /'; then
        pass "a new container on the same volume keeps the data (ready in $took s)"
    else
        fail "a new container on the same volume"
    fi
else
    fail "container saring-test not ready on :$PORT within 420 s"
    podman logs saring-test 2>&1 | tail -30
fi
podman logs saring-test > "$WORK/saring-test.log" 2>&1
podman rm -f -v saring-test > /dev/null 2>> "$WORK/podman.log"
podman volume rm -f saring-test-data > /dev/null
fi

# --- 5. and 6. the compose files ---------------------------------------------------------------
if "${BUILD[@]}" -f docker/debian/postgres.Dockerfile --build-arg BASE="$BASE_IMAGE" \
        -t localhost/saring-postgres:test . > "$WORK/build-postgres.log" 2>&1 \
    && "${BUILD[@]}" -f docker/debian/haproxy.Dockerfile --build-arg BASE="$BASE_IMAGE" \
        -t localhost/saring-haproxy:test . > "$WORK/build-haproxy.log" 2>&1; then
    pass "PostgreSQL $(podman run --rm --entrypoint postgres localhost/saring-postgres:test --version | awk '{print $3}')" \
        "and HAProxy $(podman run --rm localhost/saring-haproxy:test haproxy -v | awk 'NR==1 {print $3}')" \
        "images from Debian's packages"
else
    fail "PostgreSQL or HAProxy image (see $WORK/build-postgres.log, $WORK/build-haproxy.log)"
    exit 1
fi
export SARING_BASE="$BASE_IMAGE" SARING_RUNTIME=debian SARING_IMAGE="$IMAGE" \
    SARING_POSTGRES_IMAGE=localhost/saring-postgres:test SARING_HAPROXY_IMAGE=localhost/saring-haproxy:test \
    SARING_PORT="$PORT" SARING_TLS_PORT="$TLS_PORT" SARING_ADMIN_PASSWORD="$ADMIN_PASSWORD"

# Starts compose file $1 as project $2, checks Saring through the published port, then each of
# the services in $3 answers inside its container, and tears it down.
compose_check() {
    local file=$1 project=$2 instances=$3 started took through
    local compose=(podman-compose -p "$project" -f "$file")
    "${compose[@]}" down -v > /dev/null 2>&1
    started=$(now)
    "${compose[@]}" up -d > "$WORK/$project-up.log" 2>&1
    if took=$(wait_ready "http://127.0.0.1:$PORT" 600); then
        names=$(podman ps --filter label=io.podman.compose.project="$project" --format '{{.Names}}' | sort | xargs)
        pass "$file: ready on :$PORT in $took s ($names)"
        check_https "http://127.0.0.1:$PORT" "https://127.0.0.1:$TLS_PORT" "$TLS_PORT"
        # From outside its container Saring sends plain HTTP to HTTPS, so the quiz goes through
        # HTTPS; the cluster's HAProxy leaves 127.0.0.1 plain (an administrator's check on the host).
        if [ "$project" = saringcluster ]; then
            through=("http://127.0.0.1:$PORT")
        else
            through=("https://127.0.0.1:$TLS_PORT" "$WORK/saring-ca.crt")
        fi
        if check_through "${through[0]}" "siswa.$project" "${through[1]:-}"; then
            pass "$file: admin login, student account, quiz answer and review (${through[0]})"
        else
            fail "$file: the quiz"
        fi
        for instance in $instances; do
            answer=$(podman exec "${project}_${instance}_1" /opt/saring/bin/healthcheck.sh && echo healthy)
            [ "$answer" = healthy ] && pass "$file: $instance answers /health/ready" \
                || fail "$file: $instance does not answer"
        done
    else
        fail "$file: not ready on :$PORT within 600 s"
        "${compose[@]}" logs > "$WORK/$project.log" 2>&1
        tail -40 "$WORK/$project.log"
    fi
    "${compose[@]}" logs > "$WORK/$project.log" 2>&1
    "${compose[@]}" down -v > "$WORK/$project-down.log" 2>&1
}

if [[ " $PARTS " == *" compose "* ]]; then
    compose_check docker/compose.yaml saringpg saring
fi
if [[ " $PARTS " == *" cluster "* ]]; then
    compose_check docker/cluster/compose.yaml saringcluster "saring1 saring2"
    # Payara Micro logs the data grid's state when a member joins or leaves.
    if grep -Eq "DG Size: 2|Members \{size:2" "$WORK/saringcluster.log"; then
        pass "docker/cluster/compose.yaml: the two instances formed one data grid (DG Size: 2)"
    else
        fail "docker/cluster/compose.yaml: no data grid of two members in the logs"
    fi
fi

echo "Logs in $WORK"
if [ "$failed" = 0 ]; then echo "container-test: PASS"; else echo "container-test: FAIL"; exit 1; fi
