package org.iccindex.report.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analysts' texts that replace drafted paragraphs, per result (city, edition, round) and language. Each save checks the version the
 * analyst started from, so that two people editing the same paragraph cannot overwrite each other silently, and
 * leaves a revision behind.
 */
@Repository
public class ParagraphOverrides {
    private static final String WHERE_KEY =
            " where city_id = ? and edition_id = ? and round_year = ? and language = ? and paragraph_key = ?";

    private final JdbcClient jdbc;

    private final Clock clock;

    ParagraphOverrides(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** An analyst's text, the fingerprint of the data it was written over, and its version (1 for the first save). */
    public record Override(
            String key, String text, String fingerprint, int version, String editedBy, Instant editedAt) {}

    public Map<String, Override> find(ReportKey report, String language) {
        Map<String, Override> overrides = new LinkedHashMap<>();
        jdbc.sql("""
                        select paragraph_key, text, fingerprint, version, edited_by, edited_at
                        from report_paragraph_override
                        where city_id = ? and edition_id = ? and round_year = ? and language = ?
                        order by paragraph_key""")
                .params(report.cityId(), report.edition().value(), report.round(), language)
                .query((rs, n) -> new Override(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        Timestamps.read(rs, 6)))
                .list()
                .forEach(o -> overrides.put(o.key(), o));
        return overrides;
    }

    public Optional<Override> find(ReportKey report, String language, String key) {
        return Optional.ofNullable(find(report, language).get(key));
    }

    /**
     * Saves an analyst's text for a paragraph. {@code expectedVersion}: the version the analyst saw (0 when the
     * paragraph was still the draft). Throws {@link ConcurrentEditException} when someone saved in between.
     */
    @Transactional
    public int save(
            ReportKey report,
            String language,
            String key,
            String text,
            String fingerprint,
            int expectedVersion,
            String user) {
        int current = currentVersion(report, language, key);
        if (current != expectedVersion) {
            throw new ConcurrentEditException(key, expectedVersion, current);
        }
        Instant now = clock.instant();
        if (current == 0) {
            jdbc.sql("""
                            insert into report_paragraph_override
                            (city_id, edition_id, round_year, language, paragraph_key, text, fingerprint, version,
                            edited_by, edited_at)
                            values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""")
                    .params(
                            report.cityId(),
                            report.edition().value(),
                            report.round(),
                            language,
                            key,
                            text,
                            fingerprint,
                            user,
                            Timestamps.sql(now))
                    .update();
        } else {
            jdbc.sql("""
                            update report_paragraph_override set text = ?, fingerprint = ?, version = version + 1,
                            edited_by = ?, edited_at = ?
                            where city_id = ? and edition_id = ? and round_year = ? and language = ?
                            and paragraph_key = ? and version = ?""")
                    .params(
                            text,
                            fingerprint,
                            user,
                            Timestamps.sql(now),
                            report.cityId(),
                            report.edition().value(),
                            report.round(),
                            language,
                            key,
                            expectedVersion)
                    .update();
        }
        revision(report, language, key, text, fingerprint, user, now);
        return expectedVersion + 1;
    }

    /** Drops an analyst's text: the paragraph shows the draft again. The dropped text stays in the revisions. */
    @Transactional
    public void reset(
            ReportKey report, String language, String key, String fingerprint, int expectedVersion, String user) {
        int current = currentVersion(report, language, key);
        if (current != expectedVersion) {
            throw new ConcurrentEditException(key, expectedVersion, current);
        }
        jdbc.sql("delete from report_paragraph_override" + WHERE_KEY)
                .params(report.cityId(), report.edition().value(), report.round(), language, key)
                .update();
        revision(report, language, key, null, fingerprint, user, clock.instant());
    }

    public int revisions(ReportKey report, String language, String key) {
        return jdbc.sql("select count(*) from report_paragraph_revision" + WHERE_KEY)
                .params(report.cityId(), report.edition().value(), report.round(), language, key)
                .query(Integer.class)
                .single();
    }

    private int currentVersion(ReportKey report, String language, String key) {
        return jdbc.sql("select version from report_paragraph_override" + WHERE_KEY)
                .params(report.cityId(), report.edition().value(), report.round(), language, key)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private void revision(
            ReportKey report, String language, String key, String text, String fingerprint, String user, Instant at) {
        jdbc.sql("""
                        insert into report_paragraph_revision
                        (city_id, edition_id, round_year, language, paragraph_key, text, fingerprint, edited_by,
                        edited_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        report.cityId(),
                        report.edition().value(),
                        report.round(),
                        language,
                        key,
                        text,
                        fingerprint,
                        user,
                        Timestamps.sql(at))
                .update();
    }

    /** Someone else saved the paragraph since the analyst opened it. */
    public static final class ConcurrentEditException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConcurrentEditException(String key, int expected, int current) {
            super("paragraph " + key + " was changed by someone else (version " + current + ", you edited version "
                    + expected + "): reload it and apply your change again");
        }
    }
}
