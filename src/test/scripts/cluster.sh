#!/usr/bin/env bash
# Saring scaled out on one machine, on loopback: N Payara Micro instances (default 2) clustered
# with Payara Micro's data grid (Hazelcast), one PostgreSQL schema, HAProxy in front.
#
#   bash src/test/scripts/cluster.sh start [--keep] [--together]   build, start everything, wait until ready
#   bash src/test/scripts/cluster.sh stop                           stop the balancer and the instances
#   bash src/test/scripts/cluster.sh status                         what answers, and the data grid's members
#   bash src/test/scripts/cluster.sh kill <n>                       kill -9 instance n (a crash)
#   bash src/test/scripts/cluster.sh start-instance <n>             (re)start instance n and wait until ready
#
# start drops and recreates the schema (CLUSTER_SCHEMA, default saring_cluster) in the local
# PostgreSQL (127.0.0.1:5432, database test, trust authentication) unless --keep is given.
# Instances start one after the other (the first one migrates the schema, creates the
# administrator and publishes the shipped courses) unless --together is given.
#
# Ports: the balancer on CLUSTER_LB_PORT (28000) and, over HTTPS, CLUSTER_LB_TLS_PORT (28001), instance n on 28080 + n - 1 (HTTP) and
# 28090 + n - 1 (data grid). Everything the cluster writes is under target/cluster/: instance
# logs (instance-<n>.log), pid files, haproxy.cfg. Settings (environment): CLUSTER_INSTANCES (2),
# CLUSTER_SCHEMA, CLUSTER_ADMIN_PASSWORD (Cluster-Sandi-2024), CLUSTER_JAVA_OPTS (src/main/payara/jvm.options),
# CLUSTER_SKIP_BUILD=1 to use the war and Payara Micro jar already in target/.
#
# Only the processes this script started (their pid files) are ever stopped or killed.
set -euo pipefail
cd "$(dirname "$0")/../../.."

# shellcheck source=cluster-settings.sh
source src/test/scripts/cluster-settings.sh
instances=${CLUSTER_INSTANCES:-2}
lb_tls_port=${CLUSTER_LB_TLS_PORT:-28001}
http_base=${CLUSTER_HTTP_BASE:-28080}
grid_base=${CLUSTER_GRID_BASE:-28090}
java_opts=${CLUSTER_JAVA_OPTS:-$(grep -v '^#' src/main/payara/jvm.options | tr '\n' ' ')}
dir="$PWD/target/cluster"

http_port() { echo $((http_base + $1 - 1)); }
grid_port() { echo $((grid_base + $1 - 1)); }
pid_of() { cat "$dir/instance-$1.pid" 2>/dev/null || true; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
now_ms() { date +%s%3N; }

members() { # tcpip:127.0.0.1:28090,127.0.0.1:28091,...
    local list="" i
    for i in $(seq 1 "$instances"); do list="$list${list:+,}127.0.0.1:$(grid_port "$i")"; done
    echo "tcpip:$list"
}

build() {
    if [ "${CLUSTER_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/saring.war ] || [ ! -f target/payara-micro.jar ]; then
        echo "== building the war and fetching the Payara Micro jar"
        mvn -B -q -DskipTests package
        mvn -B -q dependency:copy@payara-micro-for-tests
    fi
    mkdir -p "$dir"
    # A copy under another name: a 'pkill -f payara-micro' meant for other test servers on a
    # shared machine must not stop the cluster halfway through a measurement.
    cp target/payara-micro.jar "$dir/runtime.jar"
    cp target/saring.war "$dir/saring.war"
}

ensure_haproxy() {
    if ! command -v haproxy > /dev/null; then
        echo "== installing haproxy (Debian package)"
        apt-get update -q > /dev/null && apt-get install -y -q haproxy > /dev/null
    fi
}

fresh_schema() {
    echo "== schema $schema in database $pg_db at $pg_host:$pg_port: dropped and created empty"
    PGOPTIONS=--client-min-messages=warning psql -q -h "$pg_host" -p "$pg_port" -d "$pg_db" -v ON_ERROR_STOP=1 \
        -c "drop schema if exists $schema cascade" -c "create schema $schema" > /dev/null
}

launch() { # n: starts instance n in the background, pid in target/cluster/instance-n.pid
    local n=$1
    if alive "$n"; then echo "instance $n already runs (pid $(pid_of "$n"))"; return 0; fi
    # A fresh root directory on every start: a root directory kept from the previous run holds that
    # run's deployment, which Payara Micro would start and then replace with --deploy's.
    rm -rf "$dir/instance-$n"
    mkdir -p "$dir/instance-$n"
    # shellcheck disable=SC2086
    SARING_DB_URL="$jdbc" SARING_ADMIN_PASSWORD="$password" SARING_COURSES_DIR="$PWD/courses" \
        MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} setsid nohup java $java_opts -Dsaring.cluster=true -Dhazelcast.socket.bind.any=false \
        -jar "$dir/runtime.jar" \
        --deploy "$dir/saring.war" --contextroot / \
        --port "$(http_port "$n")" \
        --name "saring-$n" \
        --clustername saring-cluster \
        --clustermode "$(members)" \
        --startport "$(grid_port "$n")" \
        --interfaces 127.0.0.1 \
        --hzpublicaddress 127.0.0.1 \
        --nohostaware \
        --prebootcommandfile "$PWD/src/main/payara/preboot.txt" \
        --systemproperties "$PWD/src/main/payara/system.properties" \
        --rootdir "$dir/instance-$n" \
        >> "$dir/instance-$n.log" 2>&1 < /dev/null &
    echo $! > "$dir/instance-$n.pid"
    echo "$(now_ms) start $n $!" >> "$dir/events.log"
}

wait_ready() { # n [timeout-seconds]
    local n=$1 limit=${2:-240} start
    start=$(now_ms)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(http_port "$n")/health/ready")" = 200 ]; do
        if ! alive "$n"; then echo "instance $n ended while starting; see $dir/instance-$n.log" >&2; return 1; fi
        if [ $(( $(now_ms) - start )) -gt $((limit * 1000)) ]; then
            echo "instance $n not ready after ${limit}s; see $dir/instance-$n.log" >&2; return 1
        fi
        sleep 0.3
    done
    lb_up "$n"
    echo "$(now_ms) ready $n $(( $(now_ms) - start ))" >> "$dir/events.log"
    echo "instance $n ready on port $(http_port "$n") after $(( ($(now_ms) - start) / 1000 )) s (pid $(pid_of "$n"))"
}

lb_state() { # n: the balancer's state of instance n (UP, DOWN, ...), or nothing without a balancer
    [ -S "$dir/haproxy.sock" ] || return 0
    python3 - "$dir/haproxy.sock" "s$1" <<'PY' 2>/dev/null || true
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"show stat\n")
data = b""
while True:
    chunk = s.recv(65536)
    if not chunk: break
    data += chunk
for line in data.decode().splitlines():
    f = line.split(",")
    if len(f) > 17 and f[0] == "instances" and f[1] == sys.argv[2]: print(f[17].split(" ")[0])
PY
}

lb_up() { # n: waits (up to a minute) until a running balancer sends requests to instance n again
    local state
    state=$(lb_state "$1")
    [ -z "$state" ] && return 0
    for _ in $(seq 1 120); do
        state=$(lb_state "$1")
        [ "$state" = UP ] && return 0
        sleep 0.5
    done
    echo "the balancer still has instance $1 $state" >&2
}

write_haproxy_cfg() {
    local i
    java "$PWD/src/main/payara/SchoolCertificate.java" "$PWD/data/tls" > /dev/null
    {
        cat <<EOF
# Written by src/test/scripts/cluster.sh. Round robin over the instances; a session stays on its
# instance (cookie SARINGLB) while it is up, and moves to another one when it is not (the session
# itself is in the data grid). A request that could not reach an instance, or whose instance died
# before answering, is sent again to another one (Saring's POSTs are idempotent: saves carry a
# sequence, a submit grades once, a start resumes the open attempt).
global
    maxconn 4000
    stats socket $dir/haproxy.sock mode 600 level admin
    log stdout format raw local0 info

defaults
    mode http
    log global
    # Only requests that went wrong (status >= 500, a retry, a redispatch, an aborted transfer).
    option httplog
    option dontlog-normal
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 15s
    timeout queue 15s
    # A JVM that is busy (restarting, or carrying a dead instance's students) answers checks slowly:
    # slow is not down. Crashes are still noticed at once from refused connections (observe layer4).
    timeout check 3s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response junk-response response-timeout
    option http-keep-alive

frontend saring
    bind 127.0.0.1:$lb_port
    default_backend instances

# HTTPS for the school: TLS ends here, with the certificate data/tls/saring.pem that
# src/main/payara/SchoolCertificate.java made; browsers are told to come back only over HTTPS and
# the session cookies are marked Secure on this side.
frontend saring_tls
    bind 127.0.0.1:$lb_tls_port ssl crt $PWD/data/tls/saring.pem alpn http/1.1
    http-request set-header X-Forwarded-Proto https
    http-response set-header Strict-Transport-Security max-age=31536000
    http-response replace-header Set-Cookie ^(.*)\$ "\\1; Secure" if !{ res.hdr(Set-Cookie) -m sub Secure }
    default_backend instances

backend instances
    balance roundrobin
    cookie SARINGLB insert indirect nocache httponly
    option httpchk
    # Ready means: Saring's readiness check passed (its database answers and holds the schema)...
    http-check connect
    http-check send meth GET uri /health/ready
    http-check expect status 200
    http-check expect string database
    # ...and Saring serves pages: /health/ready is answered a moment before the web module is
    # (a just-restarted instance answered 404 for pages in the first run of the failover test).
    http-check connect
    http-check send meth GET uri /login.xhtml
    http-check expect status 200
    default-server inter 1s fastinter 500ms downinter 1s fall 3 rise 2 observe layer4 error-limit 1 on-error mark-down
EOF
        for i in $(seq 1 "$instances"); do
            echo "    server s$i 127.0.0.1:$(http_port "$i") check cookie s$i"
        done
    } > "$dir/haproxy.cfg"
    haproxy -c -q -f "$dir/haproxy.cfg"
}

start_lb() {
    local p
    p=$(cat "$dir/haproxy.pid" 2>/dev/null || true)
    if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then kill "$p"; sleep 0.5; fi
    write_haproxy_cfg
    setsid nohup haproxy -db -f "$dir/haproxy.cfg" >> "$dir/haproxy.log" 2>&1 < /dev/null &
    echo $! > "$dir/haproxy.pid"
    for _ in $(seq 1 50); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$lb_port/health/ready")" = 200 ] && break
        sleep 0.2
    done
    echo "balancer on http://127.0.0.1:$lb_port/ (haproxy pid $(cat "$dir/haproxy.pid"))"
}

stop_instance() { # n [signal]
    local n=$1 sig=${2:-TERM} p
    p=$(pid_of "$n")
    [ -z "$p" ] && return 0
    if kill -0 "$p" 2>/dev/null; then
        kill "-$sig" "$p" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null || true
    fi
    rm -f "$dir/instance-$n.pid"
}

case "${1:-}" in
    start)
        shift
        keep=0; together=0
        for a in "$@"; do
            case "$a" in --keep) keep=1 ;; --together) together=1 ;; *) echo "unknown option $a" >&2; exit 2 ;; esac
        done
        for i in $(seq 1 "$instances"); do
            if curl -s -o /dev/null "http://127.0.0.1:$(http_port "$i")/"; then
                echo "port $(http_port "$i") is taken: stop what runs there first (cluster.sh stop)" >&2; exit 1
            fi
        done
        ensure_haproxy
        build
        [ "$keep" = 1 ] || fresh_schema
        : > "$dir/events.log"
        rm -f "$dir"/instance-*.log "$dir/haproxy.log"
        if [ "$together" = 1 ]; then
            for i in $(seq 1 "$instances"); do launch "$i"; done
            for i in $(seq 1 "$instances"); do wait_ready "$i"; done
        else
            for i in $(seq 1 "$instances"); do launch "$i"; wait_ready "$i"; done
        fi
        start_lb
        for i in $(seq 1 "$instances"); do
            if grep -q SEVERE "$dir/instance-$i.log"; then
                echo "WARNING: instance $i logged SEVERE while starting: grep SEVERE $dir/instance-$i.log" >&2
            fi
        done
        ;;
    stop)
        p=$(cat "$dir/haproxy.pid" 2>/dev/null || true)
        if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then kill "$p"; fi
        rm -f "$dir/haproxy.pid"
        for i in $(seq 1 "$instances"); do stop_instance "$i"; done
        echo "stopped"
        ;;
    kill)
        n=${2:?instance number}
        p=$(pid_of "$n")
        [ -n "$p" ] || { echo "instance $n has no pid file" >&2; exit 1; }
        echo "$(now_ms) kill $n $p" >> "$dir/events.log"
        kill -9 "$p"
        rm -f "$dir/instance-$n.pid"
        ;;
    start-instance)
        n=${2:?instance number}
        launch "$n"
        wait_ready "$n"
        ;;
    status)
        for i in $(seq 1 "$instances"); do
            printf 'instance %s  pid %-8s http %s  /health/ready %s\n' "$i" "$(pid_of "$i")" "$(http_port "$i")" \
                "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(http_port "$i")/health/ready" || true)"
        done
        printf 'balancer   pid %-8s http %s  /health/ready %s\n' "$(cat "$dir/haproxy.pid" 2>/dev/null || true)" "$lb_port" \
            "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$lb_port/health/ready" || true)"
        for i in $(seq 1 "$instances"); do
            # Payara Micro prints the data grid's members on every change; the last one is current.
            grep -A"$((instances + 1))" 'Payara Data Grid State' "$dir/instance-$i.log" 2>/dev/null \
                | tail -n "$((instances + 2))" | sed "s/^/  instance $i sees: /" || true
        done
        ;;
    *)
        sed -n '2,21p' "$0"
        exit 2
        ;;
esac
