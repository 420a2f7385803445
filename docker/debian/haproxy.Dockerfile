# HAProxy from Debian's package, for machines that cannot pull the official haproxy image
# (docker/container-test.sh): the same configuration path and command.
ARG BASE=localhost/saring-base:trixie
FROM ${BASE}
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haproxy \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /usr/local/etc/haproxy
USER haproxy
CMD ["haproxy", "-W", "-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
