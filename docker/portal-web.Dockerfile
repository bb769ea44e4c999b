# Portal web (JSF public site at /, staff back office at /admin) on Payara Micro.
# It holds no database: it calls the content API over HTTP (CONTENT_API_MP_REST_URL).
#
# The build context is the repository root, and the WAR must already be built:
#   mvn -B package -DskipTests
#   docker build -f docker/portal-web.Dockerfile -t saferportal/portal-web .
# (docker/compose.yaml does the same.) portal-web.Dockerfile.dockerignore, next to this
# file, limits the context to the files copied below.

FROM payara/micro:6.2025.10-jdk17

# The base image already runs as its unprivileged "payara" user (uid 1000) in /opt/payara.
# Restated so that a change of base image cannot quietly turn this into a root container.
USER payara
WORKDIR /opt/payara

# JDK 17 takes its default charset from the locale, which this Alpine-based image does not
# set; without this, text the platform reads or writes could silently fall back to ASCII.
ENV LANG=C.UTF-8

# Copied as root-owned, world-readable files into directories that COPY creates root-owned,
# so the payara user can read but not replace them. (The image's own deploy directory,
# /opt/payara/deployments, belongs to payara, so the WAR goes to /opt/payara/apps.)
COPY config/logging.properties /opt/payara/config/logging.properties
COPY docker/preboot.asadmin /opt/payara/config/preboot.asadmin
COPY docker/postboot.asadmin /opt/payara/config/postboot.asadmin
COPY portal-web/target/portal-web.war /opt/payara/apps/portal-web.war

# 8080 HTTP; 6900 Hazelcast, used only when the instances are clustered (see compose.yaml).
EXPOSE 8080 6900

# If the WAR fails to deploy, Payara Micro keeps running with nothing deployed and answers
# 503 "No Application deployed" here, so the container shows as unhealthy.
# The base image is Alpine (BusyBox), whose wget exits non-zero on an HTTP error status;
# it has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
  CMD ["wget", "-q", "-T", "4", "-O", "/dev/null", "http://127.0.0.1:8080/health/ready"]

# Same JVM options as the content API; see content-api.Dockerfile for why each is there.
# The JSF session lives in the instance, so clustering is a deployment decision and is not
# fixed here: the default CMD below runs a single, unclustered instance, and compose.yaml
# replaces it with Hazelcast DNS discovery so that the replicas form one cluster (sharing
# sessions once the web app is <distributable/>; see README.md).
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", \
  "-Xms288m", "-Xmx288m", \
  "-XX:MaxMetaspaceSize=256m", \
  "-XX:ReservedCodeCacheSize=96m", \
  "-XX:MaxDirectMemorySize=64m", \
  "-Xss512k", \
  "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", \
  "-XX:+ExitOnOutOfMemoryError", \
  "-Duser.timezone=UTC", \
  "-Dfile.encoding=UTF-8", \
  "-Djdk.util.zip.disableZip64ExtraFieldValidation=true", \
  "-jar", "/opt/payara/payara-micro.jar", \
  "--deploy", "/opt/payara/apps/portal-web.war", \
  "--contextroot", "/", \
  "--disablephonehome", \
  "--logproperties", "/opt/payara/config/logging.properties", \
  "--prebootcommandfile", "/opt/payara/config/preboot.asadmin", \
  "--postbootcommandfile", "/opt/payara/config/postboot.asadmin", \
  "--shutdowngrace", "5000"]
CMD ["--nocluster"]
