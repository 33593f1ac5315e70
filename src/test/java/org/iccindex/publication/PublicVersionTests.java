package org.iccindex.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version row is read again only after the recheck interval, except right after a local commit that bumped it.
 * The interval runs on a ticker the test moves by hand; "another instance" is a plain update of the row.
 */
class PublicVersionTests {
    private static final Duration RECHECK = Duration.ofMillis(200);
    private final AtomicLong ticker = new AtomicLong();
    private JdbcClient jdbc;
    private DriverManagerDataSource dataSource;
    private PublicVersion versions;

    @BeforeEach
    void database() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table public_version (id integer primary key, version bigint not null,"
                        + " changed_at timestamp with time zone not null)")
                .update();
        jdbc.sql("insert into public_version values (1, 0, timestamp with time zone '2000-01-01 00:00:00+00')")
                .update();
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        versions = new PublicVersion(jdbc, clock, new PublicationProperties(RECHECK), ticker::get);
    }

    private void otherInstanceBumps() {
        jdbc.sql("update public_version set version = version + 1 where id = 1").update();
    }

    private static PublicDataChanged change() {
        return new PublicDataChanged(PublicDataChanged.Subject.RESULTS, "one result imported");
    }

    @Test
    void anotherInstancesChangeShowsOnceTheIntervalHasPassed() {
        assertThat(versions.current().version()).isZero();
        otherInstanceBumps();
        ticker.addAndGet(RECHECK.toNanos() - 1);
        assertThat(versions.current().version()).as("still trusted").isZero();
        ticker.addAndGet(1);
        assertThat(versions.current().version()).isEqualTo(1);
    }

    @Test
    void aLocalChangeShowsAtOnce() {
        assertThat(versions.current().version()).isZero();
        versions.on(change());
        assertThat(versions.current().version()).isEqualTo(1);
        assertThat(versions.current().changedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void aLocalChangeInATransactionShowsOnItsCommitAndNotIfRolledBack() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        assertThat(versions.current().version()).isZero();
        transaction.executeWithoutResult(status -> {
            versions.on(change());
            assertThat(versions.current().version())
                    .as("read inside the transaction")
                    .isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(versions.current().version()).isZero();
        transaction.executeWithoutResult(status -> versions.on(change()));
        assertThat(versions.current().version())
                .as("after the commit, same tick")
                .isEqualTo(1);
    }

    @Test
    void zeroReadsTheRowOnEveryCall() {
        versions = new PublicVersion(jdbc, Clock.systemUTC(), new PublicationProperties(Duration.ZERO), ticker::get);
        assertThat(versions.current().version()).isZero();
        otherInstanceBumps();
        assertThat(versions.current().version()).isEqualTo(1);
    }
}
