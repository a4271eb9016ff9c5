#!/bin/bash
# The database node of the swarm stack: the Galera node agent of local mode
# (photoshare-galera-node), with the container's own address and the services' schemas.
#   photoshare-db run      start the node: it registers in etcd, joins the Synced nodes or is elected
#                          to bootstrap; the node that bootstraps a new cluster creates the schemas
#   photoshare-db health   healthy when the node is Synced
# The services' passwords come from Docker secrets: DB_PASSWORD_FILES lists SERVICE=FILE pairs.
set -euo pipefail

export GALERA_NODE_NAME="${GALERA_NODE_NAME:-$(hostname)}"
export GALERA_DATADIR="${GALERA_DATADIR:-/var/lib/photoshare/data}"
export GALERA_RUNDIR="${GALERA_RUNDIR:-/var/lib/photoshare/run}"
SOCKET="$GALERA_RUNDIR/mariadbd.sock"

init_sql() {
  local pair svc file password
  for pair in ${DB_PASSWORD_FILES:-}; do
    svc="${pair%%=*}" file="${pair#*=}"
    password="$(cat "$file")"
    echo "CREATE DATABASE IF NOT EXISTS photoshare_$svc;"
    echo "CREATE USER IF NOT EXISTS '$svc'@'%' IDENTIFIED BY '${password//\'/\'\'}';"
    echo "GRANT ALL PRIVILEGES ON photoshare_$svc.* TO '$svc'@'%';"
  done
}

case "${1:-run}" in
  health)
    state="$(mariadb --no-defaults --protocol=socket --socket="$SOCKET" -u"$(id -un)" -N -B \
        -e "SHOW GLOBAL STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)"
    [[ "$state" == Synced ]]
    ;;
  run)
    # The address other nodes and the services reach this node at: its address on the stack's
    # network (the one Docker maps the container's host name to).
    if [[ -z "${GALERA_ADDRESS:-}" ]]; then
      GALERA_ADDRESS="$(getent hosts "$(hostname)" | awk '{print $1; exit}')"
    fi
    export GALERA_ADDRESS GALERA_BIND_ADDRESS="${GALERA_BIND_ADDRESS:-0.0.0.0}"
    mkdir -p "$GALERA_RUNDIR"
    (umask 077 && init_sql > "$GALERA_RUNDIR/init.sql")
    export GALERA_INIT_SQL="$GALERA_RUNDIR/init.sql"
    exec photoshare-galera-node run
    ;;
  *) exec "$@" ;;
esac
