# syntax=docker/dockerfile:1
# ---- build: the Maven wrapper, no Node toolchain (front-end libraries come as WebJars) ----
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
COPY frontend-assets/ frontend-assets/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q package -DskipTests \
    && java -Djarmode=tools -jar target/mailin-dashboard-*.jar extract --layers --launcher --destination /layers

# ---- run: JRE only, non-root ----
FROM eclipse-temurin:21-jre
RUN groupadd --system dashboard && useradd --system --gid dashboard --home /app dashboard \
    && mkdir -p /app/data && chown dashboard:dashboard /app/data \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER dashboard
ENV DASHBOARD_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
