# The stack's edge: HAProxy holds the published port and balances requests over the gateway
# replicas that pass their readiness check, retrying a request on another replica when a connection
# to one fails. It runs on every node (global) with a host-mode published port, which Docker binds
# to the engine's default address (dockerd --ip; 127.0.0.1 on a machine that must expose nothing),
# unlike the routing mesh, which always listens on every interface.
#   docker build -f docker/edge.Dockerfile -t photoshare/edge:VERSION CONTEXT
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haproxy \
 && rm -rf /var/lib/apt/lists/*

COPY edge-haproxy.cfg /etc/haproxy/haproxy.cfg
USER haproxy
EXPOSE 4999
# Healthy while it accepts connections (the gateways' own health is HAProxy's and swarm's business).
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/4999' || exit 1
ENTRYPOINT ["haproxy", "-W", "-db", "-f", "/etc/haproxy/haproxy.cfg"]
