# syntax=docker/dockerfile:1
# ---- build: the Maven wrapper, no Node toolchain (front-end libraries come as WebJars) ----
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
COPY frontend-assets/ frontend-assets/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q package -DskipTests \
    && java -Djarmode=tools -jar target/mailin-dashboard-*.jar extract --destination /app \
    && mv /app/mailin-dashboard-*.jar /app/app.jar

# ---- run: JRE 25 only, non-root, with an AOT cache recorded at build time ----
FROM eclipse-temurin:25-jre
RUN groupadd --system dashboard && useradd --system --gid dashboard --home /app dashboard \
    && mkdir -p /app/data && chown dashboard:dashboard /app/data \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/ ./
# Sized for a 1 GB server: a heap for the work (the 10,000-row dry run, a 20,000-mailbox export),
# the serial collector for 1-2 cores, a heap that gives back what a full collection frees beyond 40%,
# small thread stacks, compact object headers (JDK 25), and the memory malloc keeps after start-up
# work (the JIT compilers' arenas) given back every 5 s. The code cache keeps the JVM's default size (only
# what is compiled takes memory): at 64 MB it started a full collection every 10-20 s under load (200-240 ms
# each); metaspace may reach 128 MB before its first collection (one full collection while warming up, not four).
# Override with JAVA_TOOL_OPTIONS.
ENV DASHBOARD_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms48m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40 -Xss512k -XX:MetaspaceSize=128m -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
# Training run (src/main/docker/aot-training.sh): start the application once with the bean definitions Spring
# worked out at build time (process-aot, -Dspring.aot.enabled=true) on a throwaway H2 database with the built-in
# sandbox, sign in, open every page of the navigation, stop it, and keep the classes it loaded and linked and the
# profiles of the code it ran as an AOT cache (JDK 25, JEP 483/514/515): a start and a first page without it
# cost twice as long.
COPY src/main/docker/aot-training.sh /tmp/aot-training.sh
RUN sh /tmp/aot-training.sh /app /app/app.aot && rm /tmp/aot-training.sh
USER dashboard
EXPOSE 8080
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
# A missing or stale cache only costs start time: the JVM warns and starts without it. Every start also prints
# two harmless JDK 25 warnings ("Saved blob's name ... is different", "Failed to link AdapterHandlerEntry"): one
# call adapter recorded by the training run is made again instead of taken from the cache (turning the cached
# adapters off with -XX:-AOTAdapterCaching silences them and started up to 0.5 s slower here).
# Spring's build-time bean definitions need the same classpath and settings that change which beans exist
# (none of ours do).
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
