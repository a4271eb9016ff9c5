#!/bin/bash
# The database node of the swarm stack.
#   photoshare-db run      start the node (schemas and users are created when the data is new)
#   photoshare-db health   healthy when the node answers
# The services' passwords come from Docker secrets: DB_PASSWORD_FILES lists SERVICE=FILE pairs.
set -euo pipefail

DATADIR="$GALERA_DATADIR"
SOCKET=/var/lib/photoshare/mariadbd.sock

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
    exec mariadb-admin --no-defaults --protocol=socket --socket="$SOCKET" -uroot ping >/dev/null
    ;;
  run)
    mkdir -p "$DATADIR"
    init_sql > /var/lib/photoshare/init.sql
    fresh=""
    if [[ ! -d "$DATADIR/mysql" ]]; then
      mariadb-install-db --no-defaults --datadir="$DATADIR" --auth-root-authentication-method=socket \
          --skip-test-db >/dev/null
      fresh=1
    fi
    args=(--no-defaults --datadir="$DATADIR" --socket="$SOCKET" --port="$GALERA_PORT" --bind-address=0.0.0.0
          --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
          --default-time-zone=+00:00 --max-allowed-packet=64M --innodb-buffer-pool-size=256M)
    [[ -n "$fresh" ]] && args+=(--init-file=/var/lib/photoshare/init.sql)
    exec mariadbd "${args[@]}"
    ;;
  *) exec "$@" ;;
esac
