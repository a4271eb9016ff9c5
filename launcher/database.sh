# The database: a MariaDB Galera cluster of local nodes that find each other through etcd, each run
# by the node agent docker/galera/photoshare-galera-node (the container image runs the same agent).
# Node n listens on 3310+n (SQL) and 4560+10n..4562+10n (group communication, IST, SST), each plus
# the offset; its data is under $PHOTOSHARE_HOME/db/nodeN. Never the system's MariaDB on 3306.

GALERA_NODE_AGENT="$ROOT/docker/galera/photoshare-galera-node"
GALERA_CLUSTER="photoshare"
DB_HOME="$PHOTOSHARE_HOME/db"
DB_NODES_FILE="$DB_HOME/nodes"   # how many nodes the stack runs (set by scale, default 1)
DB_PORT=$((3311 + PHOTOSHARE_PORT_OFFSET))

db_node_port() { echo $((3310 + $1 + PHOTOSHARE_PORT_OFFSET)); }
db_node_gcomm_port() { echo $((4560 + 10 * $1 + PHOTOSHARE_PORT_OFFSET)); }
db_node_socket() { echo "$DB_HOME/run-db$1/mariadbd.sock"; }

db_node_count() {
  local n
  n="$(cat "$DB_NODES_FILE" 2>/dev/null || echo 1)"
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || n=1
  echo "$n"
}

# Root over the socket of a node (default: the first Synced one).
db_root() {
  local n="${DB_ROOT_NODE:-$(db_synced_node)}"
  [[ -n "$n" ]] || die "no Synced database node"
  mariadb --no-defaults --protocol=socket --socket="$(db_node_socket "$n")" -uroot "$@"
}

db_node_alive() {
  mariadb-admin --no-defaults --protocol=socket --socket="$(db_node_socket "$1")" -uroot ping >/dev/null 2>&1
}

# The state etcd lists for node n (empty when not registered).
db_node_etcd_state() {
  etcdctl_local get --print-value-only "/photoshare/galera/$GALERA_CLUSTER/nodes/db$1" 2>/dev/null \
      | sed -n 's/.*\bstate=\([^ ]*\).*/\1/p'
}

db_node_local_state() {
  mariadb --no-defaults --protocol=socket --socket="$(db_node_socket "$1")" -uroot -N -B \
      -e "SHOW GLOBAL STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2
}

db_synced_node() {
  local n
  for ((n = 1; n <= $(db_max_node); n++)); do
    [[ "$(db_node_etcd_state "$n")" == Synced ]] && { echo "$n"; return 0; }
  done
  return 1
}

# The highest node number with a PID file or a data dir.
db_max_node() {
  local max n f
  max="$(db_node_count)"
  for f in "$RUN_DIR"/db*.pid "$DB_HOME"/db*; do
    [[ -e "$f" ]] || continue
    n="$(basename "$f" .pid)"
    n="${n#db}"
    [[ "$n" =~ ^[0-9]+$ ]] && (( n > max )) && max=$n
  done
  echo "$max"
}

ensure_galera_packages() {
  local missing=()
  command -v etcd >/dev/null || missing+=(etcd-server)
  command -v etcdctl >/dev/null || missing+=(etcd-client)
  [[ -f /usr/lib/galera/libgalera_smm.so ]] || missing+=(galera-4)
  command -v mariabackup >/dev/null || missing+=(mariadb-backup)
  command -v socat >/dev/null || missing+=(socat)
  command -v setpriv >/dev/null || missing+=(util-linux)
  apt_install "${missing[@]}"
}

db_node_start() {
  local n="$1" name="db$1" port gcomm
  port="$(db_node_port "$n")"
  gcomm="$(db_node_gcomm_port "$n")"
  if running_pid "$name" >/dev/null; then
    return 0
  fi
  local p
  for p in "$port" "$gcomm" $((gcomm + 1)) $((gcomm + 2)); do
    port_in_use "$p" && die "port $p for $name is taken by another process; stop it or set PHOTOSHARE_PORT_OFFSET"
  done
  say "starting Galera node $name on 127.0.0.1:$port (log: $(log_file "$name"))"
  GALERA_NODE_NAME="$name" GALERA_ADDRESS=127.0.0.1 GALERA_PORT="$port" GALERA_GCOMM_PORT="$gcomm" \
      GALERA_IST_PORT=$((gcomm + 1)) GALERA_SST_PORT=$((gcomm + 2)) GALERA_DATADIR="$DB_HOME/$name" \
      GALERA_RUNDIR="$DB_HOME/run-$name" GALERA_CLUSTER="$GALERA_CLUSTER" ETCD_ENDPOINT="$ETCD_ENDPOINT" \
      GALERA_BUFFER_POOL="${PHOTOSHARE_DB_BUFFER_POOL:-128M}" \
      "$GALERA_NODE_AGENT" run >>"$(log_file "$name")" 2>&1 &
  echo $! > "$(pid_file "$name")"
}

db_node_wait_synced() {
  local n="$1" limit="${2:-180}"
  wait_until "$limit" "db$n" db_node_is_synced "$n" \
      || die "Galera node db$n is not Synced after ${limit}s; see $(log_file "db$n")"
  say "Galera node db$n Synced"
}

db_node_is_synced() {
  running_pid "db$1" >/dev/null || die "Galera node db$1 exited; see $(log_file "db$1")"
  [[ "$(db_node_etcd_state "$1")" == Synced ]]
}

# A clean leave: the node shuts down (its registration goes), and leaves the cluster's members.
db_node_stop() {
  stop_recorded "db$1" 120
  # The agent's mariadbd gets TERM when the agent dies; one that hangs in its shutdown must not
  # outlive the stack (it would hold the node's ports).
  local pid
  pid="$(cat "$DB_HOME/run-db$1/mariadbd.agent-pid" 2>/dev/null || true)"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q mariadbd "/proc/$pid/cmdline" 2>/dev/null; then
    warn "db$1's mariadbd (pid $pid) outlived its agent; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
}

db_node_remove() {
  db_node_stop "$1"
  ETCD_ENDPOINT="$ETCD_ENDPOINT" GALERA_CLUSTER="$GALERA_CLUSTER" "$GALERA_NODE_AGENT" forget "db$1"
  rm -rf "${DB_HOME:?}/db$1" "${DB_HOME:?}/run-db$1"
}

# Starts etcd and the stack's nodes (all at once: after a full stop the one with the highest seqno
# bootstraps, the others join it); returns when all are Synced.
db_start() {
  ensure_galera_packages
  mkdir -p "$DB_HOME"
  etcd_start
  local n count
  count="$(db_node_count)"
  for ((n = 1; n <= count; n++)); do db_node_start "$n"; done
  for ((n = 1; n <= count; n++)); do db_node_wait_synced "$n"; done
}

db_stop() {
  local n
  # All nodes at once: each records its last seqno in etcd for the next start.
  for ((n = $(db_max_node); n >= 1; n--)); do
    if pid="$(running_pid "db$n")"; then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  for ((n = $(db_max_node); n >= 1; n--)); do db_node_stop "$n"; done
  etcd_stop
}

# ./photoshare scale db=N: adds nodes (they join through etcd) or removes the highest ones.
db_scale() {
  local target="$1" n current
  [[ "$target" =~ ^[1-9][0-9]*$ ]] || die "usage: ./photoshare scale db=N (N >= 1)"
  current="$(db_node_count)"
  etcd_alive || die "etcd is not running; ./photoshare up first"
  echo "$target" > "$DB_NODES_FILE"
  for ((n = 1; n <= target; n++)); do db_node_start "$n"; done
  for ((n = 1; n <= target; n++)); do db_node_wait_synced "$n"; done
  for ((n = $(db_max_node); n > target; n--)); do
    say "removing Galera node db$n"
    db_node_remove "$n"
  done
  (( target == current )) || say "the database runs $target node(s)"
}

# One schema and one user per service, with rights on that schema only; created through one Synced
# node, so once for the whole cluster (Galera replicates them). Idempotent.
db_provision() {
  local svc sql=""
  for svc in $DB_SERVICES; do
    local password
    password="$(cat "$(secret_file "db-$svc")")"
    sql+="CREATE DATABASE IF NOT EXISTS photoshare_$svc;"
    sql+="CREATE USER IF NOT EXISTS '$svc'@'127.0.0.1' IDENTIFIED BY '$password';"
    sql+="ALTER USER '$svc'@'127.0.0.1' IDENTIFIED BY '$password';"
    sql+="GRANT ALL PRIVILEGES ON photoshare_$svc.* TO '$svc'@'127.0.0.1';"
  done
  # on stdin: the passwords must not show on a command line (ps)
  printf '%s\n' "$sql" | db_root || die "could not create the schemas and users"
}

db_status_line() {
  etcd_status_line
  local n pid state etcd_state
  for ((n = 1; n <= $(db_max_node); n++)); do
    if pid="$(running_pid "db$n")"; then
      state="$(db_node_local_state "$n")"
      etcd_state="$(db_node_etcd_state "$n")"
      state="${state:-starting} (etcd: ${etcd_state:-not registered})"
    else
      pid="-"
      state="stopped"
    fi
    printf '%-10s %-8s %-7s %s\n' "db$n" "$pid" "$(db_node_port "$n")" "$state"
  done
}
