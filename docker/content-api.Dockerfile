# Content API (headless CMS; JAX-RS under /api/v1) on Payara Micro.
#
# The build context is the repository root, and the WAR must already be built:
#   mvn -B package -DskipTests
#   docker build -f docker/content-api.Dockerfile -t saferportal/content-api .
# (docker/compose.yaml does the same.) content-api.Dockerfile.dockerignore, next to this
# file, limits the context to the files copied below.
#
# Configuration comes from the environment at run time (MicroProfile Config maps db.url to
# DB_URL and so on; see config/README.md). Nothing secret is baked into the image.

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
COPY content-api/target/content-api.war /opt/payara/apps/content-api.war

EXPOSE 8080

# Readiness includes the database check, so "healthy" means the API can serve requests.
# If the WAR fails to deploy (say the database was unreachable at start-up), Payara Micro
# keeps running with nothing deployed and answers 503 "No Application deployed" here, so
# the container shows as unhealthy; Docker does not restart it by itself (see README).
# The base image is Alpine (BusyBox), whose wget exits non-zero on an HTTP error status;
# it has no curl. Flyway migrations run before the app is ready, hence the start period.
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
  CMD ["wget", "-q", "-T", "4", "-O", "/dev/null", "http://127.0.0.1:8080/health/ready"]

# Our own entry point instead of the image's entrypoint.sh, so that every JVM and Payara
# option is visible here. Java as PID 1 still stops cleanly on SIGTERM (shutdown hooks);
# compose adds an init process (init: true) to reap anything else.
#   -Xms/-Xmx288m, MaxMetaspace.. a fixed heap and capped metaspace, code cache, direct
#   ReservedCodeCache.., Xss512k buffers and thread stacks, G1 with a 20 ms pause goal (no
#   UseG1GC, MALLOC_ARENA_MAX   full collections under load) and two malloc arenas: the run command with both WARs stays under
#                                700 MB resident under the benchmark with these (issue 8;
#                                bench/README.md), so the 768 MB limit in compose.yaml holds
#   ExitOnOutOfMemoryError       die and be restarted rather than limp on
#   user.timezone=UTC            times in logs and in the database are unambiguous
#   file.encoding=UTF-8          see LANG above
#   disableZip64ExtraField...    the same flag Payara's own image passes (JDK zip checks)
#   CMD --nocluster              one instance alone unless compose clusters the replicas
#                                (their read caches are emptied together through it)
#   --disablephonehome           no usage reporting to Payara from a police system
#   --prebootcommandfile        trust X-Forwarded-Proto from the proxy, no Server header,
#                                /metrics for operators only (see the file)
#   --postbootcommandfile       the operators' /metrics user, its password from the file
#                                SAFERPORTAL_METRICS_PASSWORD_FILE names (a Docker secret)
#   --shutdowngrace 5000         on SIGTERM keep answering 5 s (the value is milliseconds) before
#                                stopping, readiness DOWN
#                                meanwhile, so requests in flight finish (compose.yaml gives
#                                the containers 20 s to stop)
# Extra Payara Micro options can be appended with `command:` in compose; extra JVM options
# with the JAVA_TOOL_OPTIONS environment variable.
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
  "--deploy", "/opt/payara/apps/content-api.war", \
  "--contextroot", "/api", \
  "--disablephonehome", \
  "--logproperties", "/opt/payara/config/logging.properties", \
  "--prebootcommandfile", "/opt/payara/config/preboot.asadmin", \
  "--postbootcommandfile", "/opt/payara/config/postboot.asadmin", \
  "--shutdowngrace", "5000"]
# One instance alone by default; compose.yaml replaces this with Hazelcast DNS discovery so
# that the replicas form one cluster, through which a publication empties every replica's read
# cache. (The base image's CMD, --deploymentDir ..., is not wanted either way.)
CMD ["--nocluster"]
