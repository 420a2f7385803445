#!/bin/sh
# Starts Saring's Payara Micro in the container. The image's CMD (or compose's command) comes as
# arguments: --nocluster for one server, the data grid's options for a cluster member.
set -e
cd /opt/saring
exec java -XX:MaxRAMPercentage="${MEM_MAX_RAM_PERCENTAGE:-70.0}" ${JVM_ARGS} \
    -jar /opt/payara/payara-micro.jar \
    --deploy /opt/saring/ROOT.war \
    --prebootcommandfile /opt/saring/payara/preboot.txt \
    --port "${SARING_HTTP_PORT:-8080}" \
    "$@"
