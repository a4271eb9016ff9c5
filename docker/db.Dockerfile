# A MariaDB Galera node that finds its cluster through etcd: the node agent of local mode
# (docker/galera/photoshare-galera-node), started by db-entrypoint.sh.
#   docker build -f docker/db.Dockerfile -t photoshare/db:VERSION CONTEXT
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      mariadb-server galera-4 mariadb-backup socat etcd-client iproute2 procps \
 && rm -rf /var/lib/apt/lists/* /var/lib/mysql/* \
 && mkdir -p /var/lib/photoshare && chown mysql:mysql /var/lib/photoshare

COPY photoshare-galera-node /usr/local/bin/photoshare-galera-node
COPY db-entrypoint.sh /usr/local/bin/photoshare-db

USER mysql
ENV GALERA_DATADIR=/var/lib/photoshare/data GALERA_RUNDIR=/var/lib/photoshare/run GALERA_PORT=3306 \
    GALERA_BUFFER_POOL=256M
VOLUME /var/lib/photoshare
EXPOSE 3306 4444 4567 4568
HEALTHCHECK --interval=10s --timeout=5s --start-period=300s --retries=3 \
  CMD /usr/local/bin/photoshare-db health
ENTRYPOINT ["/usr/local/bin/photoshare-db"]
CMD ["run"]
