package org.iccindex.report.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.iccindex.definition.EditionId;
import org.iccindex.publication.PublicDataChanged;
import org.iccindex.shared.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Published report versions: stored whole, never changed; a new publication adds a version. */
@Repository
public class Publications {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    Publications(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A published version, without its bytes; {@code publishedOn} is the day of {@code publishedAt} in the clock's zone. */
    public record Publication(
            long id,
            long cityId,
            EditionId edition,
            int round,
            String language,
            Optional<String> benchmark,
            String title,
            String fingerprint,
            int pdfSize,
            String publishedBy,
            Instant publishedAt,
            LocalDate publishedOn) {}

    public long add(
            ReportKey report,
            String language,
            Optional<String> benchmark,
            String title,
            String fingerprint,
            String html,
            byte[] pdf,
            String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into report_publication
                        (city_id, edition_id, round_year, language, benchmark, title, fingerprint, html, pdf,
                        published_by, published_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        report.cityId(),
                        report.edition().value(),
                        report.round(),
                        language,
                        benchmark.orElse(null),
                        title,
                        fingerprint,
                        html,
                        pdf,
                        user,
                        Timestamps.sql(clock.instant()))
                .update(keys, "id");
        events.publishEvent(
                new PublicDataChanged(PublicDataChanged.Subject.REPORTS, title + " (" + language + ") published"));
        return keys.getKey().longValue();
    }

    private static final String COLUMNS =
            "id, city_id, edition_id, round_year, language, benchmark, title, fingerprint, octet_length(pdf), published_by,"
                    + " published_at";

    /** Every publication of a city, newest first. */
    public List<Publication> ofCity(long city) {
        return jdbc.sql("select " + COLUMNS
                        + " from report_publication where city_id = ? order by published_at desc, id desc")
                .param(city)
                .query((rs, n) -> new Publication(
                        rs.getLong(1),
                        rs.getLong(2),
                        new EditionId(rs.getString(3)),
                        rs.getInt(4),
                        rs.getString(5),
                        Optional.ofNullable(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getInt(9),
                        rs.getString(10),
                        Timestamps.read(rs, 11),
                        LocalDate.ofInstant(Timestamps.read(rs, 11), clock.getZone())))
                .list();
    }

    /** The publications of one result (a city's round of one edition), newest first. */
    public List<Publication> of(ReportKey report) {
        return ofCity(report.cityId()).stream()
                .filter(p -> p.edition().equals(report.edition()) && p.round() == report.round())
                .toList();
    }

    public Optional<byte[]> pdf(long city, long id) {
        return jdbc.sql("select pdf from report_publication where city_id = ? and id = ?")
                .params(city, id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    public Optional<String> html(long city, long id) {
        return jdbc.sql("select html from report_publication where city_id = ? and id = ?")
                .params(city, id)
                .query((rs, n) -> rs.getString(1))
                .optional();
    }
}
