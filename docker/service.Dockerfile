# One image per Photoshare service: a JRE, Payara Micro and the service's WAR, run as a non-root user.
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=photo -t photoshare/photo:VERSION CONTEXT
# The build context (prepared by docker/build-images.sh) holds payara-micro.jar, the JDBC driver jars
# in lib/, the WARs, hazelcast.xml, jvm.properties, http.asadmin and service-entrypoint.sh. Everything before ARG SERVICE is the
# same for every service, so the services share those layers.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

# (openjdk's post-install script links its manual page: slim bases have no man1 directory)
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /opt/photoshare --shell /usr/sbin/nologin photoshare \
 && mkdir -p /opt/photoshare/lib /opt/photoshare/runtime \
 && chown photoshare:photoshare /opt/photoshare/runtime

COPY payara-micro.jar hazelcast.xml jvm.properties http.asadmin /opt/photoshare/
COPY lib/ /opt/photoshare/lib/
COPY service-entrypoint.sh /usr/local/bin/photoshare-service

# Container-aware heap (a share of the memory limit), the GC of local mode, and a short DNS cache:
# the stack's services are found by DNS round robin, whose answers change as tasks come and go.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=70 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Dsun.net.inetaddr.ttl=2 -Dsun.net.inetaddr.negative.ttl=0" \
    PHOTOSHARE_HTTP_PORT=8080 \
    PHOTOSHARE_DRAIN_MARKER=/tmp/photoshare-draining

ARG SERVICE
ARG CONTEXT_ROOT=/${SERVICE}
ENV PHOTOSHARE_SERVICE_NAME=${SERVICE} PHOTOSHARE_CONTEXT_ROOT=${CONTEXT_ROOT}
COPY ${SERVICE}.war /opt/photoshare/app.war

USER photoshare
WORKDIR /opt/photoshare
EXPOSE 8080
# Payara Micro answers /health even when the deployment failed: readiness is the test.
HEALTHCHECK --interval=10s --timeout=5s --start-period=600s --retries=12 \
  CMD curl -fs -o /dev/null --max-time 4 "http://127.0.0.1:${PHOTOSHARE_HTTP_PORT}/health/ready" || exit 1
ENTRYPOINT ["/usr/local/bin/photoshare-service"]
