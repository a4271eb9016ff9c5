# ./photoshare test: every test, against an isolated stack (own state dir, ports offset by 10000).

TEST_HOME="$ROOT/var/test"
TEST_PORT_OFFSET="${PHOTOSHARE_TEST_PORT_OFFSET:-10000}"
TEST_ADMIN="sysadmin"

test_launcher() {
  PHOTOSHARE_HOME="$TEST_HOME" PHOTOSHARE_PORT_OFFSET="$TEST_PORT_OFFSET" PHOTOSHARE_ADMINS="$TEST_ADMIN" \
      "$ROOT/photoshare" "$@"
}

run_all_tests() {
  ensure_runtime_packages
  say "build and unit tests"
  (cd "$ROOT" && ./mvnw -B verify) || die "the build or a unit test failed"

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
  run_system_tests micro '**/*IT.java, !**/server/*IT.java, !**/galera/*IT.java' \
      || die "system tests failed; service logs are in $TEST_HOME/logs"

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
  say "all tests passed"
}

# run_system_tests MODE PATTERNS: the system-tests module's ITs against the running test stack.
run_system_tests() {
  (cd "$ROOT" && ./mvnw -B -pl system-tests verify -DskipSystemTests=false -Dphotoshare.mode="$1" \
      -DsystemTests="$2" -Dphotoshare.home="$TEST_HOME" -Dphotoshare.port-offset="$TEST_PORT_OFFSET" \
      -Dphotoshare.admin="$TEST_ADMIN")
}
