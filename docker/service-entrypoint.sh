#!/bin/bash
# Starts the service's WAR on Payara Micro. Configuration comes from environment variables only;
# a variable NAME_FILE names a file (a Docker secret) whose content becomes NAME, so that secrets
# never appear in the stack file or in `docker inspect`.
#
# Payara Micro keeps running when the deployment fails (its readiness then reports "No Application
# deployed"): this script stops it then, so that the container exits and swarm starts a new one at
# once instead of after the health check's start period.
set -euo pipefail

while IFS='=' read -r name file; do
  [[ "$name" == *_FILE && -n "$file" ]] || continue
  [[ -r "$file" ]] || { echo "error: $name points at $file, which cannot be read" >&2; exit 1; }
  export "${name%_FILE}=$(cat "$file")"
  unset "$name"
done < <(env)

RUNTIME=/opt/photoshare/runtime
BOOTED=/tmp/photoshare-booted
# A fresh runtime directory each start (Payara Micro would also redeploy a previous run's copy).
rm -rf "${RUNTIME:?}"/* "$BOOTED"

# Payara Micro's output goes on to the container's log; the line that ends its boot (printed once
# the deployment succeeded or failed) is noted in $BOOTED.
# shellcheck disable=SC2086
mapfile -t properties < <(sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' -e 's/^/-D/' /opt/photoshare/jvm.properties)
# the HTTP listener's settings, as in local mode (launcher/payara/http.asadmin)
grep -v '^#' /opt/photoshare/http.asadmin > /tmp/photoshare-preboot.asadmin
java $JAVA_OPTS "${properties[@]}" \
  -jar /opt/photoshare/payara-micro.jar --hzconfigfile /opt/photoshare/hazelcast.xml \
  --port "$PHOTOSHARE_HTTP_PORT" --rootdir "$RUNTIME" --addlibs /opt/photoshare/lib \
  --prebootcommandfile /tmp/photoshare-preboot.asadmin \
  --deploy "/opt/photoshare/app.war:$PHOTOSHARE_CONTEXT_ROOT" \
  > >(while IFS= read -r line || [[ -n "$line" ]]; do
         printf '%s\n' "$line"
         [[ ! -e "$BOOTED" && "$line" == *"Payara Micro "*" ready in "* ]] && : > "$BOOTED"
       done) 2>&1 &
pid=$!
# On TERM, drain first: the service's answers then close their connections (platform DrainingFilter),
# so that the other services' kept-alive connections move to the replacement task before this one
# undeploys its application (and would answer 404 meanwhile).
drain_and_stop() {
  : > "$PHOTOSHARE_DRAIN_MARKER"
  sleep "${PHOTOSHARE_DRAIN_SECONDS:-5}"
  kill -TERM "$pid" 2>/dev/null || true
}
trap drain_and_stop TERM INT

(
  while [[ ! -f "$BOOTED" ]]; do
    kill -0 "$pid" 2>/dev/null || exit 0
    sleep 2
  done
  sleep 5
  if curl -s --max-time 10 "http://127.0.0.1:$PHOTOSHARE_HTTP_PORT/health/ready" | grep -q 'No Application deployed'; then
    echo "photoshare-service: the deployment of $PHOTOSHARE_SERVICE_NAME failed; stopping" >&2
    kill -TERM "$pid" 2>/dev/null || true
  fi
) &

# wait returns early when a signal arrives: wait again until Payara Micro has exited.
status=0
while kill -0 "$pid" 2>/dev/null; do
  wait "$pid" && status=0 || status=$?
done
exit "$status"
