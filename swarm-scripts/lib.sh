# Shared by the swarm scripts: the launcher's helpers, the stack's name, version and secrets.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB="$ROOT/launcher"
# shellcheck source=launcher/common.sh
source "$LIB/common.sh"

STACK="${PHOTOSHARE_STACK:-photoshare}"
STACK_FILE="$ROOT/docker/stack.yml"
PHOTOSHARE_VERSION="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml")"
export PHOTOSHARE_VERSION
# Where the stack's published port answers (the edge on every node); on a remote swarm, one node's
# address, e.g. http://MANAGER:4999.
GATEWAY_URL="${PHOTOSHARE_GATEWAY_URL:-http://127.0.0.1:4999}"
# Services whose database password is a secret (the services that own a schema).
DB_SECRET_SERVICES="profile auth photo vote comment"

# The stack's images, tagged with the project version.
stack_images() {
  local name
  for name in edge etcd db profile auth photo vote comment gateway; do echo "photoshare/$name:$PHOTOSHARE_VERSION"; done
}

need_docker() {
  command -v docker >/dev/null || die "docker is not installed (Debian: apt-get install docker.io)"
  docker info >/dev/null 2>&1 || die "the Docker engine does not answer (is dockerd running?)"
}

need_manager() {
  need_docker
  [[ "$(docker info --format '{{.Swarm.ControlAvailable}}' 2>/dev/null)" == "true" ]] \
    || die "this Docker engine is not a swarm manager; run swarm-scripts/create first"
}

# The SSH names of the swarm's other nodes (label photoshare.ssh, set by swarm-scripts/create).
other_nodes_ssh() {
  local self node
  self="$(docker info --format '{{.Swarm.NodeID}}')"
  for node in $(docker node ls -q); do
    [[ "$node" == "$self" ]] && continue
    docker node inspect "$node" --format '{{index .Spec.Labels "photoshare.ssh"}}'
  done | sed '/^$/d'
}

# The stack's services: "name replicas" lines, e.g. "photoshare_db 1/1".
stack_services() {
  docker service ls --filter "label=com.docker.stack.namespace=$STACK" --format '{{.Name}} {{.Replicas}}'
}

# etcdctl inside the stack's etcd task (on this node: etcd is placed on the manager).
stack_etcdctl() {
  local etcd
  etcd="$(docker ps -q --filter "label=com.docker.swarm.service.name=${STACK}_etcd" | head -1)"
  [[ -n "$etcd" ]] || return 1
  docker exec "$etcd" env ETCDCTL_API=3 etcdctl --endpoints=http://127.0.0.1:2379 "$@"
}

GALERA_PREFIX=/photoshare/galera/photoshare

# The Galera nodes registered in etcd (one line each).
galera_nodes() {
  stack_etcdctl get --prefix "$GALERA_PREFIX/nodes/" --print-value-only 2>/dev/null | sed '/^$/d'
}

# The cluster's members, the nodes that hold its data (names, one per line: db-1, db-2 …).
galera_members() {
  stack_etcdctl get --prefix "$GALERA_PREFIX/members/" --keys-only 2>/dev/null \
      | sed -n "s|^$GALERA_PREFIX/members/||p"
}

# Removes from the members the nodes that are not registered (not running): called once the
# running nodes are Synced, so they hold everything the others had.
forget_departed_members() {
  local member registered
  registered="$(galera_nodes | sed -n 's/^name=\([^ ]*\).*/\1/p')"
  for member in $(galera_members); do
    grep -qx "$member" <<<"$registered" && continue
    stack_etcdctl del "$GALERA_PREFIX/members/$member" >/dev/null
    say "forgot the departed database node $member"
  done
}
