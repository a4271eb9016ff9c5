# Shared by the swarm scripts: the launcher's helpers, the stack's name, version and secrets.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB="$ROOT/launcher"
# shellcheck source=launcher/common.sh
source "$LIB/common.sh"

STACK="${PHOTOSHARE_STACK:-photoshare}"
STACK_FILE="$ROOT/docker/stack.yml"
PHOTOSHARE_VERSION="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml")"
export PHOTOSHARE_VERSION
GATEWAY_URL="http://127.0.0.1:4999"
# Services whose database password is a secret (the services that own a schema).
DB_SECRET_SERVICES="profile auth photo vote comment"

need_docker() {
  command -v docker >/dev/null || die "docker is not installed (Debian: apt-get install docker.io)"
  docker info >/dev/null 2>&1 || die "the Docker engine does not answer (is dockerd running?)"
}

need_manager() {
  need_docker
  [[ "$(docker info --format '{{.Swarm.ControlAvailable}}' 2>/dev/null)" == "true" ]] \
    || die "this Docker engine is not a swarm manager; run swarm-scripts/create first"
}

# The stack's services: "name replicas" lines, e.g. "photoshare_db 1/1".
stack_services() {
  docker service ls --filter "label=com.docker.stack.namespace=$STACK" --format '{{.Name}} {{.Replicas}}'
}

# The Galera nodes registered in etcd (one line each), asked from inside the etcd task.
galera_nodes() {
  local etcd
  etcd="$(docker ps -q --filter "label=com.docker.swarm.service.name=${STACK}_etcd" | head -1)"
  [[ -n "$etcd" ]] || return 1
  docker exec "$etcd" env ETCDCTL_API=3 etcdctl --endpoints=http://127.0.0.1:2379 \
      get --prefix /photoshare/galera/photoshare/nodes/ --print-value-only 2>/dev/null | sed '/^$/d'
}
