# etcd for the stack: the registry of the Galera nodes (Debian's etcd 3.4).
#   docker build -f docker/etcd.Dockerfile -t photoshare/etcd:VERSION CONTEXT
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends etcd-server etcd-client curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10002 --user-group --home-dir /var/lib/etcd --shell /usr/sbin/nologin photoshare-etcd \
 && mkdir -p /var/lib/etcd && chown photoshare-etcd:photoshare-etcd /var/lib/etcd

USER photoshare-etcd
VOLUME /var/lib/etcd
EXPOSE 2379
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fs --max-time 4 http://127.0.0.1:2379/health | grep -q '"health":"true"' || exit 1
# One member, reached by the service name "etcd" on the stack's network.
ENTRYPOINT ["etcd", "--name", "photoshare", "--data-dir", "/var/lib/etcd/data", \
            "--listen-client-urls", "http://0.0.0.0:2379", "--advertise-client-urls", "http://etcd:2379", \
            "--listen-peer-urls", "http://127.0.0.1:2380", "--initial-advertise-peer-urls", "http://127.0.0.1:2380", \
            "--initial-cluster", "photoshare=http://127.0.0.1:2380", \
            "--auto-compaction-retention", "1h", "--quota-backend-bytes", "268435456"]
