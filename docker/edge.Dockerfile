# The stack's edge: relays the published port to the gateway service's virtual IP, so that the
# gateway replicas are reached through the swarm's own load balancing. It runs in every node
# (global) with a host-mode published port, which Docker binds to the engine's default address
# (dockerd --ip; 127.0.0.1 on a machine that must expose nothing) — unlike the routing mesh, which
# always listens on every interface.
#   docker build -f docker/edge.Dockerfile -t photoshare/edge:VERSION CONTEXT
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends socat \
 && rm -rf /var/lib/apt/lists/*

USER nobody
ENV EDGE_PORT=4999 UPSTREAM=gateway:8080
EXPOSE 4999
# Healthy while it accepts connections (the gateway's own health is the gateway's health check).
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${EDGE_PORT}' || exit 1
ENTRYPOINT ["sh", "-c", "exec socat TCP-LISTEN:${EDGE_PORT},fork,reuseaddr,backlog=512 TCP:${UPSTREAM},connect-timeout=5"]
