#!/bin/sh
# Starts Saring's Payara Micro in the container. The image's CMD (or compose's command) comes as
# arguments: --nocluster for one server, the data grid's options for a cluster member.
set -e
cd /opt/saring
TLS="${SARING_TLS_DIR:-/opt/saring/data/tls}"
HTTPS_PORT="${SARING_HTTPS_PORT:-8443}"
if [ "$HTTPS_PORT" = 0 ]; then
    # Behind a balancer that ends TLS (docker/cluster/compose.yaml): plain HTTP only, no
    # certificate here; the balancer redirects to HTTPS and says X-Forwarded-Proto.
    set -- --port "${SARING_HTTP_PORT:-8080}" "$@"
else
    # HTTPS (README, "HTTPS on the school network"): the school's certificate authority and a
    # server certificate for this container's names and addresses, made once in the data volume;
    # nothing is made when the school gives its own key store (SARING_TLS_KEYSTORE).
    java /opt/saring/payara/SchoolCertificate.java "$TLS"
    set -- --port "${SARING_HTTP_PORT:-8080}" --sslport "$HTTPS_PORT" --sslcert saring "$@"
fi
# The JVM options of every Saring start (README "Memory": a 320 MB heap); MEM_MAX_RAM_PERCENTAGE
# sizes the heap by the container's memory limit instead, and JVM_ARGS come last, so they win.
JVM_OPTIONS=$(grep -v '^#' /opt/saring/payara/jvm.options | tr '\n' ' ')
if [ -n "${MEM_MAX_RAM_PERCENTAGE:-}" ]; then
    JVM_OPTIONS="$(echo "$JVM_OPTIONS" | sed 's/-Xmx[^ ]*//') -XX:MaxRAMPercentage=$MEM_MAX_RAM_PERCENTAGE"
fi
# At most two malloc arenas (README "Memory"): glibc gives threads up to 8 per core otherwise.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2086
exec java ${JVM_OPTIONS} ${JVM_ARGS} \
    -Djavax.net.ssl.keyStore="${SARING_TLS_KEYSTORE:-$TLS/saring.p12}" \
    -Djavax.net.ssl.keyStorePassword="${SARING_TLS_PASSWORD:-saring-tls}" \
    -Dsaring.https.port="$HTTPS_PORT" \
    -Dsaring.tls.dir="$TLS" \
    -Dsaring.cluster="${SARING_CLUSTER:-false}" \
    -jar /opt/payara/payara-micro.jar \
    --deploy /opt/saring/ROOT.war \
    --prebootcommandfile /opt/saring/payara/preboot.txt \
    --systemproperties /opt/saring/payara/system.properties \
    --shutdowngrace "${SARING_SHUTDOWN_GRACE_MS:-10000}" \
    "$@"
