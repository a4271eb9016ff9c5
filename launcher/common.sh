# Shared helpers of the launcher: state layout, ports, output, packages, build, keys.

PHOTOSHARE_HOME="${PHOTOSHARE_HOME:-$ROOT/var}"
PHOTOSHARE_PORT_OFFSET="${PHOTOSHARE_PORT_OFFSET:-0}"
mkdir -p "$PHOTOSHARE_HOME"
PHOTOSHARE_HOME="$(cd "$PHOTOSHARE_HOME" && pwd)"
export PHOTOSHARE_HOME PHOTOSHARE_PORT_OFFSET

RUN_DIR="$PHOTOSHARE_HOME/run"
LOG_DIR="$PHOTOSHARE_HOME/logs"
KEY_DIR="$PHOTOSHARE_HOME/keys"
SECRET_DIR="$PHOTOSHARE_HOME/secrets"
LIB_DIR="$PHOTOSHARE_HOME/lib"
mkdir -p "$RUN_DIR" "$LOG_DIR" "$KEY_DIR" "$SECRET_DIR" "$LIB_DIR"
chmod 700 "$KEY_DIR" "$SECRET_DIR"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
warn() { printf '\033[33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

reverse_list() {
  local out="" item
  for item in "$@"; do out="$item $out"; done
  echo "$out"
}

pid_file() { echo "$RUN_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }

# The PID recorded for NAME, if that process still runs.
running_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Stops the recorded process of NAME: TERM, then KILL after a grace period.
stop_recorded() {
  local name="$1" grace="${2:-30}" pid
  if ! pid="$(running_pid "$name")"; then
    rm -f "$(pid_file "$name")"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && (( waited < grace * 10 )); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name (pid $pid) did not stop in ${grace}s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  say "stopped $name (pid $pid)"
}

# Installs missing Debian packages (only on Debian/Ubuntu, only with root or sudo).
apt_install() {
  local missing=("$@")
  (( ${#missing[@]} )) || return 0
  command -v apt-get >/dev/null || die "missing: ${missing[*]} (install them; automatic install needs apt-get)"
  local sudo=""
  if (( EUID != 0 )); then
    command -v sudo >/dev/null || die "missing: ${missing[*]} (run as root or install them)"
    sudo="sudo"
  fi
  say "installing ${missing[*]}"
  if [[ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]]; then
    $sudo apt-get update -qq
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Package names for the commands the running stack needs.
ensure_runtime_packages() {
  local missing=()
  command -v mariadbd >/dev/null || [[ -x /usr/sbin/mariadbd ]] || missing+=(mariadb-server)
  command -v mariadb >/dev/null || missing+=(mariadb-client)
  command -v openssl >/dev/null || missing+=(openssl)
  command -v curl >/dev/null || missing+=(curl)
  command -v unzip >/dev/null || missing+=(unzip)
  command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
  apt_install "${missing[@]}"
  local major
  major="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  (( major >= 17 )) || die "Java 17 or newer is needed (found ${major:-none})"
}

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1
}

# Builds the WARs and the Galera driver when one is missing or any source is newer than the oldest.
build_if_needed() {
  local oldest="" war
  # The Galera driver is built with the WARs (one reactor); it only has to exist.
  [[ -n "$(ls "$ROOT"/galera-jdbc/target/galera-jdbc-*.jar 2>/dev/null)" ]] || oldest="missing"
  for war in $(all_wars); do
    [[ -f "$war" ]] || { oldest=""; break; }
    if [[ -z "$oldest" || "$war" -ot "$oldest" ]]; then oldest="$war"; fi
  done
  if [[ -n "$oldest" && "$oldest" != missing ]] && [[ -z "$(find "$ROOT" -path "$ROOT/var" -prune -o \( -path '*/src/*' -o -name pom.xml \) \
        -newer "$oldest" -type f -print -quit)" ]]; then
    return 0
  fi
  say "building (./mvnw package, tests skipped; ./photoshare test runs them)"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package) || die "the build failed"
}

# Copies a Maven artifact (group:artifact:version, type jar or zip) into the local lib dir once;
# prints its path.
fetch_artifact() {
  local gav="$1" type="${2:-jar}" artifact version
  artifact="$(cut -d: -f2 <<<"$gav")"
  version="$(cut -d: -f3 <<<"$gav")"
  local file="$LIB_DIR/$artifact-$version.$type"
  if [[ ! -f "$file" ]]; then
    say "fetching $artifact $version from Maven Central" >&2
    (cd "$ROOT" && ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="$gav:$type" -DoutputDirectory="$LIB_DIR" >&2) || die "could not fetch $gav"
  fi
  echo "$file"
}

# Payara Micro and the server libraries it runs with (the MariaDB JDBC driver, versions from the
# POM, and the Galera driver of this build that finds the nodes through etcd).
PAYARA_MICRO_JAR=""
JDBC_DRIVER_JAR=""
GALERA_JDBC_JAR=""
ensure_payara_micro() {
  PAYARA_MICRO_JAR="$(fetch_artifact "fish.payara.extras:payara-micro:$(pom_property payara.version)")"
  JDBC_DRIVER_JAR="$(fetch_artifact "org.mariadb.jdbc:mariadb-java-client:$(pom_property mariadb-java-client.version)")"
  GALERA_JDBC_JAR="$(ls "$ROOT"/galera-jdbc/target/galera-jdbc-*.jar 2>/dev/null | grep -v -- '-sources\|-tests' | head -1)"
  [[ -f "$GALERA_JDBC_JAR" ]] || die "galera-jdbc/target/galera-jdbc-*.jar is missing; run ./mvnw package"
}

# The JWT key pair (generated once) and the secret that services use to obtain service tokens.
ensure_keys() {
  if [[ ! -f "$KEY_DIR/jwt-private.pem" ]]; then
    say "generating the JWT signing key pair in $KEY_DIR"
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEY_DIR/jwt-private.pem" 2>/dev/null)
    openssl pkey -in "$KEY_DIR/jwt-private.pem" -pubout -out "$KEY_DIR/jwt-public.pem"
  fi
  secret_file service-secret >/dev/null
}

# Prints the path of a generated secret, creating it once (openssl rand ARGS..., default -hex 24).
secret_file() {
  local file="$SECRET_DIR/$1"
  shift
  local -a how=("$@")
  (( ${#how[@]} )) || how=(-hex 24)
  if [[ ! -s "$file" ]]; then
    (umask 077 && openssl rand "${how[@]}" > "$file")
  fi
  echo "$file"
}

wait_until() {
  # wait_until SECONDS DESCRIPTION COMMAND... : polls COMMAND every half second
  local limit="$1" what="$2"
  shift 2
  local deadline=$((SECONDS + limit))
  until "$@"; do
    (( SECONDS < deadline )) || return 1
    sleep 0.5
  done
}
