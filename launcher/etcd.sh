# etcd: the registry through which the Galera nodes find each other and the services find the
# nodes. One member on 127.0.0.1:2379 (+ offset), its data under $PHOTOSHARE_HOME/etcd.

ETCD_PORT=$((2379 + PHOTOSHARE_PORT_OFFSET))
ETCD_PEER_PORT=$((2380 + PHOTOSHARE_PORT_OFFSET))
ETCD_ENDPOINT="http://127.0.0.1:$ETCD_PORT"
ETCD_DIR="$PHOTOSHARE_HOME/etcd"

etcdctl_local() {
  ETCDCTL_API=3 etcdctl --endpoints="$ETCD_ENDPOINT" --dial-timeout=2s --command-timeout=3s "$@"
}

etcd_alive() {
  curl -fs --max-time 2 "$ETCD_ENDPOINT/health" 2>/dev/null | grep -q '"health":"true"'
}

etcd_start() {
  if running_pid etcd >/dev/null && etcd_alive; then
    say "etcd already running on 127.0.0.1:$ETCD_PORT"
    return 0
  fi
  if port_in_use "$ETCD_PORT" || port_in_use "$ETCD_PEER_PORT"; then
    die "port $ETCD_PORT or $ETCD_PEER_PORT is taken by another process; stop it or set PHOTOSHARE_PORT_OFFSET"
  fi
  mkdir -p "$ETCD_DIR"
  say "starting etcd on 127.0.0.1:$ETCD_PORT"
  etcd --name photoshare --data-dir "$ETCD_DIR" \
      --listen-client-urls "$ETCD_ENDPOINT" --advertise-client-urls "$ETCD_ENDPOINT" \
      --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
      --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
      --initial-cluster "photoshare=http://127.0.0.1:$ETCD_PEER_PORT" \
      --auto-compaction-retention 1h --quota-backend-bytes 268435456 \
      >>"$(log_file etcd)" 2>&1 &
  echo $! > "$(pid_file etcd)"
  wait_until 30 "etcd" etcd_alive || die "etcd did not start; see $(log_file etcd)"
}

etcd_stop() {
  stop_recorded etcd 20
}

etcd_status_line() {
  local pid state="stopped"
  if pid="$(running_pid etcd)"; then
    if etcd_alive; then state="ready"; else state="starting"; fi
  else
    pid="-"
  fi
  printf '%-10s %-8s %-7s %s\n' etcd "$pid" "$ETCD_PORT" "$state"
}
