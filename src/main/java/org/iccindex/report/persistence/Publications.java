package org.iccindex.report.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.iccindex.publication.PublicDataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Published report versions: stored whole, never changed; a new publication adds a version. */
@Repository
public class Publications {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Publications(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A published version, without its bytes. */
    public record Publication(
            long id,
            long cityId,
            int round,
            String language,
            Optional<String> benchmark,
            String title,
            String fingerprint,
            int pdfSize,
            String publishedBy,
            LocalDateTime publishedAt) {}

    public long add(
            long city,
            int round,
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
                        (city_id, round_year, language, benchmark, title, fingerprint, html, pdf, published_by, published_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        city,
                        round,
                        language,
                        benchmark.orElse(null),
                        title,
                        fingerprint,
                        html,
                        pdf,
                        user,
                        LocalDateTime.now())
                .update(keys, "id");
        events.publishEvent(
                new PublicDataChanged(PublicDataChanged.Subject.REPORTS, title + " (" + language + ") published"));
        return keys.getKey().longValue();
    }

    private static final String COLUMNS =
            "id, city_id, round_year, language, benchmark, title, fingerprint, octet_length(pdf), published_by, published_at";

    /** Every publication of a city, newest first. */
    public List<Publication> ofCity(long city) {
        return jdbc.sql("select " + COLUMNS
                        + " from report_publication where city_id = ? order by published_at desc, id desc")
                .param(city)
                .query((rs, n) -> new Publication(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        Optional.ofNullable(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getObject(10, LocalDateTime.class)))
                .list();
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
