# ./photoshare server up|down|status: the whole application as one EAR on a full Payara Server,
# managed from its admin console. Ports come from a port base (default 4800): admin console 4848,
# application 4880 (plus PHOTOSHARE_PORT_OFFSET).

SERVER_PORTBASE=$((4800 + PHOTOSHARE_PORT_OFFSET))
SERVER_ADMIN_PORT=$((SERVER_PORTBASE + 48))
SERVER_HTTP_PORT=$((SERVER_PORTBASE + 80))
SERVER_HOME="$PHOTOSHARE_HOME/payara-server"
SERVER_DOMAIN="photoshare"
SERVER_DOMAIN_DIR="$SERVER_HOME/domains/$SERVER_DOMAIN"
SERVER_PASSWORD_FILE="$SECRET_DIR/payara-admin.passwordfile"
SERVER_EAR="$ROOT/ear/target/photoshare.ear"

server_asadmin() {
  "$SERVER_HOME/payara6/bin/asadmin" --interactive=false --user admin --passwordfile "$SERVER_PASSWORD_FILE" \
      --port "$SERVER_ADMIN_PORT" "$@"
}

server_install() {
  [[ -x "$SERVER_HOME/payara6/bin/asadmin" ]] && return 0
  command -v unzip >/dev/null || apt_install unzip
  local zip
  zip="$(fetch_artifact "fish.payara.distributions:payara:$(pom_property payara.version)" zip)"
  say "unpacking Payara Server into $SERVER_HOME"
  mkdir -p "$SERVER_HOME"
  unzip -q -o "$zip" -d "$SERVER_HOME"
}

# The server's environment: what each service gets in Payara Micro mode, merged, with the REST
# clients pointing at this one server, read by MicroProfile Config as on Payara Micro. Payara Server
# reads an EAR's configuration through the EAR's class loader, which does not see the WARs'
# microprofile-config.properties, so their defaults are passed on as environment variables too.
server_env() {
  local -A env=()
  local svc line key
  for svc in $SERVICES; do
    local props="$ROOT/$svc-war/src/main/resources/META-INF/microprofile-config.properties"
    [[ -f "$props" ]] || continue
    while IFS= read -r line; do
      [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
      key="${line%%=*}"
      key="$(tr -c 'A-Za-z0-9\n' '_' <<<"${key// /}" | tr 'a-z' 'A-Z')"
      if [[ -n "${env[$key]+set}" && "${env[$key]}" != "${line#*=}" ]]; then
        warn "$svc sets $key differently from another service; the EAR uses one value"
      fi
      env[$key]="${line#*=}"
    done < "$props"
  done
  for svc in $SERVICES; do
    while IFS= read -r line; do env[${line%%=*}]="${line#*=}"; done < <(service_env "$svc")
  done
  env[PHOTOSHARE_SERVICE_NAME]=server
  for svc in $ALL_SERVICES; do
    env[${svc^^}_MP_REST_URL]="http://127.0.0.1:$SERVER_HTTP_PORT$(service_context "$svc")"
  done
  for key in "${!env[@]}"; do
    printf '%s=%s\n' "$key" "${env[$key]}"
  done
}

server_running() {
  local pid
  pid="$(cat "$SERVER_DOMAIN_DIR/config/pid" 2>/dev/null)" && [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

server_create_domain() {
  [[ -d "$SERVER_DOMAIN_DIR" ]] && return 0
  local password
  password="$(openssl rand -base64 18 | tr -d '/+=')"
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$SERVER_PASSWORD_FILE")
  say "creating domain $SERVER_DOMAIN (admin console on port $SERVER_ADMIN_PORT)"
  server_asadmin create-domain --domaindir "$SERVER_HOME/domains" --portbase "$SERVER_PORTBASE" \
      --nopassword=false "$SERVER_DOMAIN" >"$LOG_DIR/server-create.log" 2>&1 \
      || die "create-domain failed; see $LOG_DIR/server-create.log"
  echo
  say "Payara Server admin console: user 'admin', password '$password' (shown once; kept in $SERVER_PASSWORD_FILE)"
  echo
}

server_start_domain() {
  if server_running; then
    say "Payara Server already running (admin port $SERVER_ADMIN_PORT)"
    return 0
  fi
  for port in "$SERVER_ADMIN_PORT" "$SERVER_HTTP_PORT"; do
    port_in_use "$port" && die "port $port is taken by another process; stop it or set PHOTOSHARE_PORT_OFFSET"
  done
  local -a env_vars
  mapfile -t env_vars < <(server_env)
  say "starting Payara Server domain $SERVER_DOMAIN"
  env "${env_vars[@]}" "$SERVER_HOME/payara6/bin/asadmin" --interactive=false start-domain \
      --domaindir "$SERVER_HOME/domains" "$SERVER_DOMAIN" >"$LOG_DIR/server-start.log" 2>&1 \
      || die "start-domain failed; see $LOG_DIR/server-start.log and $SERVER_DOMAIN_DIR/logs/server.log"
  cp "$SERVER_DOMAIN_DIR/config/pid" "$(pid_file server)"
}

# Once per domain: loopback-only listeners, no data grid, the JDBC driver as a server library.
server_configure() {
  local marker="$SERVER_DOMAIN_DIR/config/.photoshare-configured"
  [[ -f "$marker" ]] && return 0
  say "configuring the domain (loopback listeners, JDBC driver, no data grid)"
  local listener setting
  local -a http_settings
  mapfile -t http_settings < <(sed -n 's/^set //p' "$LIB/payara/http.asadmin")
  {
    for listener in http-listener-1 http-listener-2 admin-listener; do
      server_asadmin set "configs.config.server-config.network-config.network-listeners.network-listener.$listener.address=127.0.0.1"
    done
    for listener in orb-listener-1 SSL SSL_MUTUAL; do
      server_asadmin set "configs.config.server-config.iiop-service.iiop-listener.$listener.address=127.0.0.1"
    done
    server_asadmin set configs.config.server-config.admin-service.jmx-connector.system.address=127.0.0.1
    server_asadmin set configs.config.server-config.jms-service.type=DISABLED
    server_asadmin set-hazelcast-configuration --enabled=false
    server_asadmin add-library --type common "$JDBC_DRIVER_JAR" "$GALERA_JDBC_JAR"
    # Payara Micro's listener settings (compression), on the server's http-listener-1
    for setting in "${http_settings[@]}"; do
      server_asadmin set "${setting/protocol.http-listener./protocol.http-listener-1.}"
    done
  } >"$LOG_DIR/server-configure.log" 2>&1 || die "configuring the domain failed; see $LOG_DIR/server-configure.log"
  touch "$marker"
  say "restarting the domain to apply it"
  server_stop
  server_start_domain
}

# Deploys the EAR unless this very build is already deployed; a changed EAR replaces the old one
# (undeploy, then deploy: more robust than a forced redeploy while the domain loads the old one).
server_deploy() {
  local marker="$SERVER_DOMAIN_DIR/config/.photoshare-deployed" checksum
  checksum="$(sha256sum "$SERVER_EAR" | cut -d' ' -f1)"
  if [[ -f "$marker" && "$(cat "$marker")" == "$checksum" ]] \
      && server_asadmin list-applications 2>/dev/null | grep -q '^photoshare '; then
    say "photoshare.ear (this build) is already deployed"
    return 0
  fi
  server_asadmin undeploy photoshare >/dev/null 2>&1 || true
  rm -f "$marker"
  say "deploying $(basename "$SERVER_EAR")"
  server_asadmin deploy --name photoshare "$SERVER_EAR" >"$LOG_DIR/server-deploy.log" 2>&1 \
      || { tail -n 30 "$SERVER_DOMAIN_DIR/logs/server.log" >&2; die "deployment failed; see $SERVER_DOMAIN_DIR/logs/server.log"; }
  echo "$checksum" > "$marker"
}

server_wait_ready() {
  local url="http://127.0.0.1:$SERVER_HTTP_PORT/health/ready"
  wait_until "${PHOTOSHARE_START_TIMEOUT:-240}" "server" curl -fs -o /dev/null --max-time 3 "$url" \
      || die "the application is not ready at $url; see $SERVER_DOMAIN_DIR/logs/server.log"
}

server_up() {
  ensure_runtime_packages
  build_if_needed
  [[ -f "$SERVER_EAR" ]] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package) || die "the build failed"
  ensure_payara_micro
  ensure_keys
  db_start
  db_provision
  server_install
  server_create_domain
  server_start_domain
  server_configure
  server_deploy
  server_wait_ready
  say "Photoshare runs on Payara Server."
  say "Application:   http://localhost:$SERVER_HTTP_PORT/ (services under /auth, /profile, …)"
  say "Admin console: http://localhost:$SERVER_ADMIN_PORT/ (user admin; password in $SERVER_PASSWORD_FILE)"
}

server_stop() {
  [[ -x "$SERVER_HOME/payara6/bin/asadmin" ]] || return 0
  if server_running; then
    "$SERVER_HOME/payara6/bin/asadmin" --interactive=false stop-domain --domaindir "$SERVER_HOME/domains" \
        "$SERVER_DOMAIN" >/dev/null 2>&1 || stop_recorded server 60
    say "stopped Payara Server"
  fi
  rm -f "$(pid_file server)"
}

server_down() {
  server_stop
  db_stop
}

server_status() {
  local state="stopped" pid="-"
  if server_running; then
    pid="$(cat "$SERVER_DOMAIN_DIR/config/pid" 2>/dev/null || echo '?')"
    if curl -fs -o /dev/null --max-time 3 "http://127.0.0.1:$SERVER_HTTP_PORT/health/ready"; then
      state="ready"
    else
      state="not ready"
    fi
  fi
  printf '%-10s %-8s %-7s %s\n' PROCESS PID PORT STATE
  db_status_line
  printf '%-10s %-8s %-7s %s (admin console :%s)\n' payara "$pid" "$SERVER_HTTP_PORT" "$state" "$SERVER_ADMIN_PORT"
}
