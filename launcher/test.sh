# ./photoshare test: every test, against an isolated stack (own state dir, ports offset by 10000).

TEST_HOME="$ROOT/var/test"
TEST_PORT_OFFSET="${PHOTOSHARE_TEST_PORT_OFFSET:-10000}"
TEST_ADMIN="sysadmin"

test_launcher() {
  PHOTOSHARE_HOME="$TEST_HOME" PHOTOSHARE_PORT_OFFSET="$TEST_PORT_OFFSET" PHOTOSHARE_ADMINS="$TEST_ADMIN" \
      "$ROOT/photoshare" "$@"
}

# The browser tests drive Debian's chromium through its chromedriver.
ensure_browser_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  apt_install "${missing[@]}"
}

run_all_tests() {
  ensure_runtime_packages
  ensure_browser_packages
  say "build and unit tests"
  # install: the system tests use the platform module (its repair migrations) from the local repository
  (cd "$ROOT" && ./mvnw -B install) || die "the build or a unit test failed"

  say "starting an isolated stack for the system tests in $TEST_HOME"
  if [[ -d "$TEST_HOME" ]]; then
    test_launcher down >/dev/null 2>&1 || true
    rm -rf "$TEST_HOME"
  fi
  trap 'say "stopping the test stack"; test_launcher down || true' EXIT
  # Outbox retries back off to at most 10 s here (5 min by default), so that the tests that stop a
  # service see its messages delivered soon after it is back.
  PHOTOSHARE_PHOTO_OUTBOX_RETRY_MAX=PT10S test_launcher up

  say "system tests (real Payara Micro, real MariaDB Galera)"
  run_system_tests micro '**/*IT.java, !**/server/*IT.java, !**/galera/*IT.java, !**/swarm/*IT.java' \
      || die "system tests failed; service logs are in $TEST_HOME/logs"

  # The benchmark is a command, not a test: it runs once, 2 s per row, so that it keeps working (it
  # fails only when a count is not exact).
  say "benchmark, 2 s per row (./photoshare bench)"
  test_launcher bench --seconds 2 --warmup 1 || die "the benchmark failed"

  say "galera stage: clusters forming through etcd, scaling and a killed node under load"
  run_system_tests micro '**/galera/*IT.java' \
      || die "galera-stage tests failed; node and service logs are in $TEST_HOME/logs and $TEST_HOME/galera-it"
  test_launcher scale db=1 >/dev/null
  test_launcher down

  say "server stage: the EAR on a full Payara Server"
  trap 'say "stopping the test server"; test_launcher server down || true' EXIT
  test_launcher server up
  run_system_tests server '**/server/*IT.java' \
      || die "server-stage tests failed; the server log is in $TEST_HOME/payara-server/domains/photoshare/logs"
  test_launcher server down
  trap - EXIT

  run_swarm_stage
  say "all tests passed"
}

# The swarm stage: the stack on a real single-node Docker Swarm (Debian's docker.io; dockerd is
# started here when none runs, with --ip 127.0.0.1 so that the published port stays on loopback),
# the images built from this build, the stack deployed, the swarm ITs run against
# http://127.0.0.1:4999, then the stack removed and checked gone. Swarm, engine and images that this
# stage created are removed again.
run_swarm_stage() {
  local started=$SECONDS dockerd_pid="" created_swarm=""
  say "swarm stage: Docker Swarm on this machine"
  command -v dockerd >/dev/null || apt_install docker.io
  command -v debootstrap >/dev/null || apt_install debootstrap
  if ! docker_answers; then
    say "starting dockerd (log: $TEST_HOME/logs/dockerd.log)"
    mkdir -p "$TEST_HOME/logs"
    dockerd --ip 127.0.0.1 >"$TEST_HOME/logs/dockerd.log" 2>&1 &
    dockerd_pid=$!
    wait_until 60 dockerd docker_answers || die "dockerd did not start; see $TEST_HOME/logs/dockerd.log"
  fi
  if [[ "$(docker info --format '{{.Swarm.LocalNodeState}}')" != active ]]; then
    created_swarm=1
  fi
  # shellcheck disable=SC2064
  trap "swarm_stage_cleanup '$created_swarm' '$dockerd_pid'" EXIT
  "$ROOT/swarm-scripts/create"
  local phase=$SECONDS
  "$ROOT/docker/build-images.sh"
  say "images built in $((SECONDS - phase))s"
  phase=$SECONDS
  PHOTOSHARE_ADMINS="$TEST_ADMIN" "$ROOT/swarm-scripts/deploy" --no-build
  say "stack deployed from built images in $((SECONDS - phase))s"
  run_system_tests swarm '**/swarm/SwarmIT.java' \
      || { "$ROOT/swarm-scripts/status" || true; die "swarm-stage tests failed (docker service logs photoshare_SERVICE)"; }
  "$ROOT/swarm-scripts/rm" --all
  [[ -z "$(docker ps -aq --filter label=com.docker.stack.namespace=photoshare)" ]] || die "stack containers are left"
  [[ -z "$(docker service ls -q)" ]] || die "swarm services are left"
  [[ -z "$(docker volume ls -q --filter label=com.docker.stack.namespace=photoshare)" ]] || die "stack volumes are left after rm --all"
  ! port_in_use 4999 || die "port 4999 still answers after rm"
  say "swarm stage passed in $((SECONDS - started))s"
  run_multihost_stage
}

# The multi-host stage: `swarm-scripts/create manager worker` over SSH, then a deploy from this
# machine through the manager (DOCKER_HOST=ssh://manager) that copies the images to the worker, and
# the multi-host ITs through each host's published port. The two hosts are containers with their
# own dockerd and sshd on a private network (launcher/swarm-hosts.sh), removed at the end.
run_multihost_stage() {
  local started=$SECONDS manager worker
  say "multi-host swarm stage: a manager and a worker, reached over SSH"
  # shellcheck source=launcher/swarm-hosts.sh
  source "$LIB/swarm-hosts.sh"
  swarm_hosts_up "$TEST_HOME/swarm-hosts"
  "$ROOT/swarm-scripts/create" manager worker
  manager="http://$(swarm_host_address manager):4999"
  worker="http://$(swarm_host_address worker):4999"
  say "loading the images into the manager"
  # shellcheck disable=SC2046
  docker save $(source "$ROOT/swarm-scripts/lib.sh" && stack_images) | ssh manager docker load >/dev/null
  DOCKER_HOST=ssh://manager PHOTOSHARE_GATEWAY_URL="$manager" PHOTOSHARE_ADMINS="$TEST_ADMIN" \
      "$ROOT/swarm-scripts/deploy" --no-build
  run_system_tests swarm '**/swarm/MultiHostSwarmIT.java' -Dphotoshare.swarm.edges="$manager,$worker" \
      || die "multi-host tests failed (DOCKER_HOST=ssh://manager swarm-scripts/status)"
  DOCKER_HOST=ssh://manager "$ROOT/swarm-scripts/rm" --all
  swarm_hosts_down
  say "multi-host stage passed in $((SECONDS - started))s"
}

docker_answers() {
  docker info >/dev/null 2>&1
}

# Leaves the machine as the swarm stage found it: leaves the swarm and stops dockerd when it made them.
swarm_stage_cleanup() {
  local created_swarm="$1" dockerd_pid="$2"
  "$ROOT/swarm-scripts/rm" --all >/dev/null 2>&1 || true
  if declare -F swarm_hosts_down >/dev/null; then swarm_hosts_down; fi
  [[ -n "$created_swarm" ]] && docker swarm leave --force >/dev/null 2>&1
  if [[ -n "$dockerd_pid" ]] && kill -0 "$dockerd_pid" 2>/dev/null; then
    kill -TERM "$dockerd_pid"
    local waited=0
    while kill -0 "$dockerd_pid" 2>/dev/null && (( waited++ < 60 )); do sleep 1; done
  fi
  return 0
}

# run_system_tests MODE PATTERNS [MAVEN-ARGS...]: the system-tests module's ITs against the running
# test stack.
run_system_tests() {
  (cd "$ROOT" && ./mvnw -B -pl system-tests verify -DskipSystemTests=false -Dphotoshare.mode="$1" \
      -DsystemTests="$2" -Dphotoshare.home="$TEST_HOME" -Dphotoshare.port-offset="$TEST_PORT_OFFSET" \
      -Dphotoshare.admin="$TEST_ADMIN" "${@:3}")
}
