package org.iccindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.iccindex.support.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V73 turns every stored time into a {@code timestamp with time zone} and reads the values written before as UTC, on
 * H2 as on PostgreSQL, whatever the time zone of the session that runs it (here Seoul, nine hours ahead of UTC).
 * Flyway's own history table is Flyway's business and keeps its column.
 */
class ZonedTimestampsMigrationIntegrationTests {

    @Test
    void onH2() throws SQLException {
        check("jdbc:h2:mem:zoned-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "TIMESTAMP");
    }

    @Test
    void onPostgres() throws SQLException {
        String database = "zoned_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = EmbeddedPostgresInitializer.server()
                        .getPostgresDatabase()
                        .getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        check(
                EmbeddedPostgresInitializer.server().getJdbcUrl("postgres", database),
                "postgres",
                "timestamp without time zone");
    }

    private static void check(String url, String user, String plainTimestamp) throws SQLException {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, "", true);
        try {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("set time zone 'Asia/Seoul'").update();
            migrate(dataSource, "69");
            jdbc.sql("insert into mail_outbox (recipient, subject, body, created_at) values ('a@example.org', 's', 'b',"
                            + " timestamp '2026-01-01 10:00:00')")
                    .update();

            migrate(dataSource, "73");

            assertThat(jdbc.sql("select created_at from mail_outbox")
                            .query(OffsetDateTime.class)
                            .single()
                            .toInstant())
                    .as("a time written without a zone is read as UTC")
                    .isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
            List<String> plain = jdbc.sql("select table_name || '.' || column_name from information_schema.columns"
                            + " where lower(data_type) = lower(?) and lower(table_schema) = 'public'"
                            + " and lower(table_name) <> 'flyway_schema_history'")
                    .param(plainTimestamp)
                    .query(String.class)
                    .list();
            assertThat(plain).as("columns still without a time zone").isEmpty();
        } finally {
            dataSource.destroy();
        }
    }

    private static void migrate(SingleConnectionDataSource dataSource, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }
}
