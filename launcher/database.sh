# The local MariaDB: its own data directory and port (3311 + offset), never the system's 3306.

DB_PORT=$((3311 + PHOTOSHARE_PORT_OFFSET))
DB_DIR="$PHOTOSHARE_HOME/db"
DB_SOCKET="$RUN_DIR/mariadb.sock"
DB_CNF="$DB_DIR/my.cnf"

mariadbd_bin() {
  command -v mariadbd 2>/dev/null || echo /usr/sbin/mariadbd
}

db_root() {
  mariadb --no-defaults --protocol=socket --socket="$DB_SOCKET" -uroot "$@"
}

db_alive() {
  mariadb-admin --no-defaults --protocol=socket --socket="$DB_SOCKET" -uroot ping >/dev/null 2>&1
}

db_write_config() {
  mkdir -p "$DB_DIR/data"
  cat > "$DB_CNF" <<EOF
[mariadbd]
datadir=$DB_DIR/data
socket=$DB_SOCKET
pid-file=$RUN_DIR/mariadbd.pid.internal
port=$DB_PORT
bind-address=127.0.0.1
log-error=$(log_file db)
user=$(id -un)
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-time-zone=+00:00
max_allowed_packet=64M
innodb_flush_log_at_trx_commit=1
innodb_buffer_pool_size=256M
innodb_log_file_size=128M
sync_binlog=1
EOF
}

db_start() {
  if running_pid db >/dev/null && db_alive; then
    say "database already running on 127.0.0.1:$DB_PORT"
    return 0
  fi
  if port_in_use "$DB_PORT"; then
    die "port $DB_PORT is taken by another process; stop it or set PHOTOSHARE_PORT_OFFSET"
  fi
  db_write_config
  if [[ ! -d "$DB_DIR/data/mysql" ]]; then
    say "initialising the database in $DB_DIR/data"
    mariadb-install-db --defaults-file="$DB_CNF" --auth-root-authentication-method=socket \
        --skip-test-db >"$LOG_DIR/db-install.log" 2>&1 \
        || die "mariadb-install-db failed; see $LOG_DIR/db-install.log"
  fi
  say "starting MariaDB on 127.0.0.1:$DB_PORT"
  "$(mariadbd_bin)" --defaults-file="$DB_CNF" >>"$(log_file db)" 2>&1 &
  echo $! > "$(pid_file db)"
  wait_until 60 "database" db_alive || die "MariaDB did not start; see $(log_file db)"
}

db_stop() {
  stop_recorded db 60
}

# One schema and one user per service, with rights on that schema only. Idempotent.
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
  db_root -e "$sql" || die "could not create the schemas and users"
}

db_status_line() {
  local pid state="stopped"
  if pid="$(running_pid db)"; then
    if db_alive; then state="ready"; else state="starting"; fi
  else
    pid="-"
  fi
  printf '%-10s %-8s %-7s %s\n' db "$pid" "$DB_PORT" "$state"
}
