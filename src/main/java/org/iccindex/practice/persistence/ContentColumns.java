package org.iccindex.practice.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.LocalizedText;
import org.iccindex.practice.PracticeContent;

/** The content columns shared by {@code practice} and {@code practice_version}, written and read in one place. */
final class ContentColumns {
    static final List<String> NAMES = List.of(
            "city_name",
            "country",
            "origin",
            "period",
            "title_en",
            "title_fr",
            "summary_en",
            "summary_fr",
            "purpose_en",
            "purpose_fr",
            "rationale_en",
            "rationale_fr",
            "process_en",
            "process_fr",
            "results_en",
            "results_fr",
            "links",
            "source",
            "recorded_on",
            "synthetic");

    private ContentColumns() {}

    static String list(String prefix) {
        return String.join(", ", NAMES.stream().map(n -> prefix + n).toList());
    }

    static String placeholders() {
        return String.join(", ", NAMES.stream().map(n -> "?").toList());
    }

    static String assignments() {
        return String.join(", ", NAMES.stream().map(n -> n + " = ?").toList());
    }

    static List<Object> values(PracticeContent c) {
        return new ArrayList<>(Arrays.asList(
                c.city().orElse(null),
                c.country().orElse(null),
                c.origin().orElse(null),
                c.period().orElse(null),
                c.title().english(),
                fr(c.title()),
                c.summary().english(),
                fr(c.summary()),
                en(c.purpose()),
                fr(c.purpose()),
                en(c.rationale()),
                fr(c.rationale()),
                en(c.process()),
                fr(c.process()),
                en(c.results()),
                fr(c.results()),
                c.links().isEmpty() ? null : String.join("\n", c.links()),
                c.source(),
                c.recordedOn(),
                c.synthetic()));
    }

    static PracticeContent read(ResultSet rs, List<AreaCode> areas) throws SQLException {
        String links = rs.getString("links");
        return new PracticeContent(
                text(rs, "title"),
                text(rs, "summary"),
                text(rs, "purpose"),
                text(rs, "rationale"),
                text(rs, "process"),
                text(rs, "results"),
                Optional.ofNullable(rs.getString("city_name")),
                Optional.ofNullable(rs.getString("country")),
                Optional.ofNullable(rs.getString("origin")),
                Optional.ofNullable(rs.getString("period")),
                areas,
                links == null ? List.of() : List.of(links.split("\n")),
                rs.getString("source"),
                rs.getObject("recorded_on", LocalDate.class),
                rs.getBoolean("synthetic"));
    }

    static String areas(List<AreaCode> areas) {
        return String.join(",", areas.stream().map(AreaCode::value).toList());
    }

    static List<AreaCode> areas(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(AreaCode::new).toList();
    }

    private static LocalizedText text(ResultSet rs, String field) throws SQLException {
        Map<String, String> texts = new LinkedHashMap<>();
        String en = rs.getString(field + "_en");
        String fr = rs.getString(field + "_fr");
        if (en != null) {
            texts.put("en", en);
        }
        if (fr != null) {
            texts.put("fr", fr);
        }
        return new LocalizedText(texts);
    }

    private static String en(LocalizedText text) {
        return text.has("en") ? text.texts().get("en") : null;
    }

    private static String fr(LocalizedText text) {
        return text.has("fr") ? text.texts().get("fr") : null;
    }
}
