#!/bin/bash
# Starts the service's WAR on Payara Micro. Configuration comes from environment variables only;
# a variable NAME_FILE names a file (a Docker secret) whose content becomes NAME, so that secrets
# never appear in the stack file or in `docker inspect`.
set -euo pipefail

while IFS='=' read -r name file; do
  [[ "$name" == *_FILE && -n "$file" ]] || continue
  [[ -r "$file" ]] || { echo "error: $name points at $file, which cannot be read" >&2; exit 1; }
  export "${name%_FILE}=$(cat "$file")"
  unset "$name"
done < <(env)

# A fresh runtime directory each start (Payara Micro would also redeploy a previous run's copy).
rm -rf /opt/photoshare/runtime/*
# shellcheck disable=SC2086
exec java $JAVA_OPTS -Duser.timezone=UTC -Djava.awt.headless=true -Djava.security.egd=file:/dev/urandom \
  -jar /opt/photoshare/payara-micro.jar --hzconfigfile /opt/photoshare/hazelcast.xml \
  --port "$PHOTOSHARE_HTTP_PORT" --rootdir /opt/photoshare/runtime \
  --addlibs /opt/photoshare/lib \
  --deploy "/opt/photoshare/app.war:$PHOTOSHARE_CONTEXT_ROOT"
