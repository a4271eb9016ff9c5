# A stand-in Docker host for the multi-host swarm test: its own dockerd, reached over SSH as a
# separate machine would be (swarm-scripts/create MANAGER WORKER, deploy copying images over SSH).
# Runs with every capability and no seccomp/AppArmor profile, /var/lib/docker on a volume; started
# by launcher/swarm-hosts.sh.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      docker.io openssh-server iptables iproute2 procps ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /run/sshd /root/.ssh && chmod 700 /root/.ssh \
 && printf 'PermitRootLogin prohibit-password\nPasswordAuthentication no\nUseDNS no\n' \
      > /etc/ssh/sshd_config.d/swarm-host.conf

COPY swarm-host-entrypoint.sh /usr/local/bin/swarm-host
VOLUME /var/lib/docker
EXPOSE 22
ENTRYPOINT ["/usr/local/bin/swarm-host"]
