#!/bin/bash
# Starts sshd (root may log in with the key in AUTHORIZED_KEY) and dockerd in the foreground.
set -euo pipefail

[[ -n "${AUTHORIZED_KEY:-}" ]] || { echo "AUTHORIZED_KEY is not set" >&2; exit 1; }
printf '%s\n' "$AUTHORIZED_KEY" > /root/.ssh/authorized_keys
chmod 600 /root/.ssh/authorized_keys
ssh-keygen -A >/dev/null
/usr/sbin/sshd -e

# dockerd in a container that is not --privileged (see launcher/swarm-hosts.sh): it needs /sys and
# its own cgroup directories writable (cgroup v1: each controller; v2: the root made able to
# delegate controllers, as the upstream dind script does).
mount -o remount,rw /sys
if [[ -f /sys/fs/cgroup/cgroup.controllers ]]; then
  mount -o remount,rw /sys/fs/cgroup
  mkdir -p /sys/fs/cgroup/init
  xargs -rn1 < /sys/fs/cgroup/cgroup.procs > /sys/fs/cgroup/init/cgroup.procs 2>/dev/null || true
  sed -e 's/ / +/g' -e 's/^/+/' < /sys/fs/cgroup/cgroup.controllers > /sys/fs/cgroup/cgroup.subtree_control || true
else
  mount -o remount,rw /sys/fs/cgroup
  for controller in /sys/fs/cgroup/*; do
    [[ -L "$controller" ]] || mount -o remount,bind,rw "$controller"
  done
fi
exec dockerd --host=unix:///var/run/docker.sock
