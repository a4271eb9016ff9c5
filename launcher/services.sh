# The services: each WAR on its own Payara Micro JVM, on the ports of ARCHITECTURE.md (+ offset).

# Every service in start order (a service comes after those it calls while starting); a module
# that is not a WAR yet (packaging pom) is left out, so the launcher grows with the build.
ALL_SERVICES="profile auth photo vote comment gateway"

module_is_war() {
  grep -q '<packaging>war</packaging>' "$ROOT/$1-war/pom.xml" 2>/dev/null
}

SERVICES=""
DB_SERVICES=""
for _svc in $ALL_SERVICES; do
  module_is_war "$_svc" || continue
  SERVICES+="$_svc "
  # A service owns a schema when it has Flyway migrations.
  if [[ -d "$ROOT/$_svc-war/src/main/resources/db/migration" ]]; then
    DB_SERVICES+="$_svc "
  fi
done
SERVICES="${SERVICES% }"
DB_SERVICES="${DB_SERVICES% }"

is_service() {
  local s
  for s in $SERVICES; do [[ "$s" == "${1:-}" ]] && return 0; done
  return 1
}

service_port() {
  local base
  case "$1" in
    gateway) base=4999 ;;
    profile) base=5000 ;;
    auth) base=5001 ;;
    photo) base=5002 ;;
    vote) base=5003 ;;
    comment) base=5004 ;;
    *) die "unknown service $1" ;;
  esac
  echo $((base + PHOTOSHARE_PORT_OFFSET))
}

service_context() {
  case "$1" in
    gateway) echo "/" ;;
    *) echo "/$1" ;;
  esac
}

service_war() {
  echo "$ROOT/$1-war/target/$1.war"
}

all_wars() {
  local s
  for s in $SERVICES; do service_war "$s"; done
}

service_url() {
  echo "http://127.0.0.1:$(service_port "$1")$(service_context "$1")"
}

# The environment of one service: MicroProfile Config reads it (dots become underscores).
service_env() {
  local svc="$1"
  local upper="${svc^^}"
  echo "MP_JWT_VERIFY_PUBLICKEY_LOCATION=file://$KEY_DIR/jwt-public.pem"
  if [[ " $DB_SERVICES " == *" $svc "* ]]; then
    # No host list: the driver reads the cluster's Synced nodes from etcd (galera-jdbc).
    echo "PHOTOSHARE_${upper}_DB_URL=jdbc:photoshare-galera://127.0.0.1:$ETCD_PORT/$GALERA_CLUSTER/photoshare_$svc?connectTimeout=3000&socketTimeout=30000"
    echo "PHOTOSHARE_${upper}_DB_USER=$svc"
    echo "PHOTOSHARE_${upper}_DB_PASSWORD=$(cat "$(secret_file "db-$svc")")"
  fi
  # Every service may call every other through MicroProfile REST clients (configKey = service name)
  # and obtain a service token from auth-war with the shared service secret.
  local other
  for other in $ALL_SERVICES; do
    [[ "$other" == "$svc" ]] || echo "${other^^}_MP_REST_URL=$(service_url "$other")"
  done
  echo "PHOTOSHARE_SERVICE_NAME=$svc"
  echo "PHOTOSHARE_SERVICE_SECRET=$(cat "$(secret_file service-secret)")"
  case "$svc" in
    auth)
      echo "PHOTOSHARE_JWT_PRIVATE_KEY_LOCATION=$KEY_DIR/jwt-private.pem"
      echo "PHOTOSHARE_ADMINS=${PHOTOSHARE_ADMINS:-}"
      ;;
    gateway)
      # AES-256 key of the client-side view state (and CSRF tokens), shared by every gateway replica
      echo "PHOTOSHARE_GATEWAY_VIEW_KEY=$(cat "$(secret_file gateway-view-key -base64 32)")"
      # the admin console lists the Galera nodes registered in etcd
      echo "PHOTOSHARE_GALERA_ETCD=http://127.0.0.1:$ETCD_PORT"
      echo "PHOTOSHARE_GALERA_CLUSTER=$GALERA_CLUSTER"
      ;;
  esac
}

# JVM options: PHOTOSHARE_<SVC>_JAVA_OPTS, else PHOTOSHARE_JAVA_OPTS, else a default per service
# (photo-war decodes images of up to 40 megapixels and needs the larger heap). The heap starts small
# and grows under load: the JVM's default initial heap (1/64 of the machine's memory) would keep
# every service at its maximum from the start. The README's "Start-up and memory" has the figures.
# PHOTOSHARE_JIT=quick compiles with C1 only: about half the CPU to start, about half the throughput.
service_java_opts() {
  local var="PHOTOSHARE_${1^^}_JAVA_OPTS" heap=384m jit=""
  [[ "$1" == photo ]] && heap=1g
  case "${PHOTOSHARE_JIT:-peak}" in
    peak) ;;
    quick) jit=" -XX:TieredStopAtLevel=1" ;;
    *) die "PHOTOSHARE_JIT is peak or quick, not '$PHOTOSHARE_JIT'" ;;
  esac
  echo "${!var:-${PHOTOSHARE_JAVA_OPTS:--Xms64m -Xmx$heap -XX:+UseSerialGC}}$jit"
}

service_start() {
  local svc="$1" port war pid
  port="$(service_port "$svc")"
  war="$(service_war "$svc")"
  if pid="$(running_pid "$svc")"; then
    say "$svc already running (pid $pid)"
    return 0
  fi
  [[ -f "$war" ]] || die "$war is missing; run ./mvnw package"
  if port_in_use "$port"; then
    die "port $port for $svc is taken by another process; stop it or set PHOTOSHARE_PORT_OFFSET"
  fi
  # A fresh runtime dir each start: Payara Micro would otherwise redeploy the previous run's copy too.
  local root="$PHOTOSHARE_HOME/payara/$svc"
  rm -rf "$root"
  mkdir -p "$root"
  # Listen on loopback only; the listener's other settings are those of the images.
  { echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"
    grep -v '^#' "$LIB/payara/http.asadmin"; } > "$root/preboot.asadmin"
  local -a env_vars launch
  mapfile -t env_vars < <(service_env "$svc")
  mapfile -t launch < <(payara_launch_args "$root")
  say "starting $svc on 127.0.0.1:$port (log: $(log_file "$svc"))"
  # shellcheck disable=SC2086
  env "${env_vars[@]}" java $(service_java_opts "$svc") $(jvm_properties) "${launch[@]}" \
      --hzconfigfile "$LIB/payara/hazelcast.xml" --port "$port" --rootdir "$root" \
      --prebootcommandfile "$root/preboot.asadmin" --deploy "$war:$(service_context "$svc")" \
      >"$(log_file "$svc")" 2>&1 &
  echo $! > "$(pid_file "$svc")"
}

# Starts every service in order, at most PHOTOSHARE_START_PARALLEL of them (default: one per core)
# booting at a time, and waits until all are ready. Six JVMs booting side by side on 2 cores take
# longer together than two at a time: they wait for the cores and spend more of them compiling.
services_start_all() {
  local limit="${PHOTOSHARE_START_PARALLEL:-$(nproc)}" svc
  local -a booting=()
  for svc in $SERVICES; do
    if (( ${#booting[@]} >= limit )); then
      service_wait_ready "${booting[0]}"
      booting=("${booting[@]:1}")
    fi
    service_start "$svc"
    booting+=("$svc")
  done
  for svc in "${booting[@]}"; do
    service_wait_ready "$svc"
  done
}

# -Dkey=value for every line of launcher/payara/jvm.properties (the service image reads the same file).
jvm_properties() {
  sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' -e 's/^/-D/' "$LIB/payara/jvm.properties"
}

service_ready() {
  curl -fs -o /dev/null --max-time 3 "http://127.0.0.1:$(service_port "$1")/health/ready"
}

# Payara Micro answers /health even when a deployment failed: wait for readiness, not the process.
service_wait_ready() {
  local svc="$1" limit="${PHOTOSHARE_START_TIMEOUT:-480}" pid
  local deadline=$((SECONDS + limit))
  local booted_at=""
  until service_ready "$svc"; do
    # Booted but still not ready: a failed deployment does not stop Payara Micro.
    if [[ -z "$booted_at" ]] && grep -q 'Payara Micro .* ready in' "$(log_file "$svc")" 2>/dev/null; then
      booted_at=$SECONDS
    fi
    if [[ -n "$booted_at" ]] && (( SECONDS - booted_at > 30 )); then
      grep -m1 -A20 'SEVERE' "$(log_file "$svc")" >&2 || true
      die "$svc started but its deployment is not ready; see $(log_file "$svc")"
    fi
    if ! pid="$(running_pid "$svc")"; then
      tail -n 40 "$(log_file "$svc")" >&2 || true
      die "$svc exited during start-up; see $(log_file "$svc")"
    fi
    if (( SECONDS >= deadline )); then
      tail -n 40 "$(log_file "$svc")" >&2 || true
      die "$svc is not ready after ${limit}s; see $(log_file "$svc")"
    fi
    sleep 1
  done
  say "$svc ready"
}

service_stop() {
  stop_recorded "$1" 30
}

service_status_line() {
  local svc="$1" pid state="stopped"
  if pid="$(running_pid "$svc")"; then
    if service_ready "$svc"; then state="ready"; else state="not ready"; fi
  else
    pid="-"
  fi
  printf '%-10s %-8s %-7s %s\n' "$svc" "$pid" "$(service_port "$svc")" "$state"
}
