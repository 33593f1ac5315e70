package org.iccindex.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The index analysis report of one city's round in one language: everything both renderings show, drafted from
 * the data with the analysts' edits applied. {@code labels}: the report's headings and captions in its language;
 * {@code fingerprint}: of every input, so that a published version can say whether the data moved on since.
 */
public record CityReport(
        String language,
        String title,
        String city,
        String country,
        String slug,
        int round,
        String edition,
        String date,
        String benchmark,
        List<String> notices,
        List<TocEntry> toc,
        List<Paragraph> introduction,
        List<Paragraph> definition,
        List<Paragraph> methodology,
        List<Fact> indicators,
        List<Fact> profile,
        List<Paragraph> overview,
        List<Section> sections,
        List<Paragraph> aggregate,
        List<String> rankStatements,
        List<Chart> aggregateCharts,
        List<ConclusionRow> conclusions,
        List<Paragraph> recommendations,
        List<Paragraph> closing,
        Map<String, String> labels,
        String description,
        String fingerprint) {

    public CityReport {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(city, "city");
        notices = List.copyOf(notices);
        toc = List.copyOf(toc);
        introduction = List.copyOf(introduction);
        definition = List.copyOf(definition);
        methodology = List.copyOf(methodology);
        indicators = List.copyOf(indicators);
        profile = List.copyOf(profile);
        overview = List.copyOf(overview);
        sections = List.copyOf(sections);
        aggregate = List.copyOf(aggregate);
        rankStatements = List.copyOf(rankStatements);
        aggregateCharts = List.copyOf(aggregateCharts);
        conclusions = List.copyOf(conclusions);
        recommendations = List.copyOf(recommendations);
        closing = List.copyOf(closing);
        labels = Map.copyOf(labels);
    }

    /** A heading or caption of the report in its language. */
    public String label(String key) {
        String label = labels.get(key);
        if (label == null) {
            throw new IllegalArgumentException("no report label '" + key + "'");
        }
        return label;
    }

    /** Every paragraph, in reading order: what an analyst may edit. */
    public List<Paragraph> paragraphs() {
        List<Paragraph> all = new ArrayList<>();
        all.addAll(introduction);
        all.addAll(definition);
        all.addAll(methodology);
        all.addAll(overview);
        for (Section section : sections) {
            all.addAll(section.paragraphs());
            all.addAll(section.activities());
            all.addAll(section.suggestions());
        }
        all.addAll(aggregate);
        for (ConclusionRow row : conclusions) {
            all.add(row.achieves());
            all.add(row.improve());
        }
        all.addAll(recommendations);
        all.addAll(closing);
        return all;
    }

    /** Every chart, in reading order. */
    public List<Chart> charts() {
        return Stream.concat(sections.stream().flatMap(s -> s.charts().stream()), aggregateCharts.stream())
                .toList();
    }
}
