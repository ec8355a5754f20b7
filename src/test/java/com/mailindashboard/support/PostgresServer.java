package com.mailindashboard.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server for the whole test JVM: a Testcontainers container where a Docker
 * engine answers, otherwise the embedded PostgreSQL binaries (zonky). Started once, never closed
 * per test class; each Spring context gets a fresh database of its own on it.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile PostgresServer instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String kind;

    private PostgresServer(String host, int port, String user, String password, String kind) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.kind = kind;
    }

    public static PostgresServer get() {
        if (instance == null) {
            synchronized (PostgresServer.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static PostgresServer start() {
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            return new PostgresServer(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
                    container.getPassword(), "testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            return new PostgresServer("localhost", postgres.getPort(), "postgres", "postgres", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAnswers() {
        if (Boolean.getBoolean("tests.no-docker")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String kind() {
        return kind;
    }
}
