#!/bin/bash
# The image's HEALTHCHECK: Saring's readiness (database answers, schema in place) over plain HTTP
# on the container's own port. bash's /dev/tcp, because neither image is sure to have curl.
exec 3<>"/dev/tcp/127.0.0.1/${SARING_HTTP_PORT:-8080}" || exit 1
printf 'GET /health/ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS=' ' read -r -t 5 protocol status rest <&3 || exit 1
[ "$status" = 200 ]
