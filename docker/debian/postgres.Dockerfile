# PostgreSQL from Debian's package, for machines that cannot pull the official postgres image
# (docker/container-test.sh). It takes the official image's settings that compose.yaml uses:
# POSTGRES_DB, POSTGRES_USER, POSTGRES_PASSWORD, data in /var/lib/postgresql/data, port 5432,
# pg_isready on the PATH.
ARG BASE=localhost/saring-base:trixie
FROM ${BASE}
# No cluster made by the package: the entrypoint makes the one in the volume on first start.
RUN mkdir -p /etc/postgresql-common/createcluster.d \
    && echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/saring.conf \
    && apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql \
    && rm -rf /var/lib/apt/lists/* \
    && ln -s /usr/lib/postgresql/*/bin/initdb /usr/lib/postgresql/*/bin/postgres \
        /usr/lib/postgresql/*/bin/pg_ctl /usr/local/bin/ \
    && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
    && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql
COPY docker/debian/postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint.sh
USER postgres
ENV PGDATA=/var/lib/postgresql/data \
    PGPORT=5432
VOLUME /var/lib/postgresql/data
EXPOSE 5432
ENTRYPOINT ["/bin/sh", "/usr/local/bin/postgres-entrypoint.sh"]
