package org.iccindex.report.draft;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.MetricComparison;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.benchmark.Stats;
import org.iccindex.definition.Area;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.report.Paragraph;
import org.iccindex.wording.Wording;
import org.springframework.context.MessageSource;

/** What every drafting step shares: the inputs, the words of the language, the edits, and the figures' helpers. */
final class Drafting {
    final ReportInputs in;
    final ReportTexts texts;
    final Wording words;
    final Edits edits;
    final Definition definition;
    final CityBenchmark benchmark;
    final String city;

    Drafting(ReportInputs in, Edits edits, MessageSource messages) {
        this.in = in;
        this.texts = new ReportTexts(messages, in.locale());
        this.words = Wording.of(messages::getMessage, in.locale());
        this.edits = edits;
        this.definition = in.definition();
        this.benchmark = in.benchmark();
        this.city = in.result().city().name();
    }

    String text(String key, Object... arguments) {
        return words.french(texts.format(key, arguments));
    }

    /** A paragraph drafted from a pattern; its fingerprint covers the key and every argument. */
    Paragraph paragraph(String key, String pattern, Object... arguments) {
        return edits.apply(Paragraph.drafted(key, text(pattern, arguments), fingerprint(key, arguments)));
    }

    /** A paragraph drafted as a whole text from {@code inputs}. */
    Paragraph paragraphOf(String key, String text, List<?> inputs) {
        text = words.french(text);
        List<Object> all = new ArrayList<>();
        all.add(key);
        all.addAll(inputs);
        return edits.apply(Paragraph.drafted(key, text, Fingerprint.of(all)));
    }

    static String fingerprint(String key, Object... arguments) {
        List<Object> all = new ArrayList<>();
        all.add(key);
        all.addAll(Arrays.asList(arguments));
        return Fingerprint.of(all);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", in.locale()));
    }

    /** A country's name in the report's language (the data holds English names). */
    String country(String englishName) {
        return org.iccindex.wording.Countries.name(englishName, in.locale());
    }

    /** A country's name inside a sentence or a list: "the Philippines" in English. */
    String countryInSentence(String englishName) {
        return org.iccindex.wording.Countries.inSentence(englishName, in.locale());
    }

    String language() {
        return in.locale().getLanguage();
    }

    String areaName(Area area) {
        return area.name().in(language());
    }

    /** An area's name inside a sentence: "education", "business and the labour market". */
    String areaInSentence(Area area) {
        String name = areaName(area);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    OptionalDouble cityValue(Metric metric) {
        return benchmark.city().value(metric);
    }

    boolean isNew(Metric metric) {
        return metric instanceof Metric.Area area && definition.isNewArea(area.area());
    }

    /**
     * Whether the report is set against a published benchmark: then it uses exactly what that benchmark holds (its
     * averages), with no group means, no ranks and no comparison where it gives no figure.
     */
    boolean publishedOnly() {
        return benchmark.againstPublished();
    }

    /** Whether the city's figures were published by a source rather than computed from its answers here. */
    boolean givenNotComputed() {
        return in.result().origin() == org.iccindex.result.ResultOrigin.PUBLISHED;
    }

    /**
     * The figure a metric is compared with, as the benchmark gives it: the published average, or the sample's mean
     * (for a new area, the mean of the cities that answered it: the same cities). A new area the city did not answer
     * is compared with nothing.
     */
    OptionalDouble reference(Metric metric) {
        if (!publishedOnly() && isNew(metric) && answered(metric).isEmpty()) {
            return OptionalDouble.empty();
        }
        return benchmark.row(metric).reference();
    }

    /** Whether the reference of a metric is a published average rather than a mean of the held sample. */
    boolean referenceIsPublished(Metric metric) {
        return !isNew(metric) && publishedOnly() && reference(metric).isPresent();
    }

    int sampleSize() {
        return benchmark.sampleSize();
    }

    Optional<GroupComparison> band(BandAxis axis) {
        return benchmark.groups().stream()
                .filter(g -> g.group() instanceof ComparisonGroup.InBand band
                        && band.band().axis() == axis)
                .findFirst();
    }

    Optional<GroupComparison> answered(Metric metric) {
        if (metric instanceof Metric.Area area) {
            return benchmark.group(new ComparisonGroup.AnsweredArea(area.area()));
        }
        return Optional.empty();
    }

    static Optional<Stats> stats(GroupComparison group, Metric metric) {
        return group.metric(metric).flatMap(MetricComparison::stats);
    }

    static Optional<RankPosition> rank(GroupComparison group, Metric metric) {
        return group.metric(metric).flatMap(MetricComparison::rank);
    }

    /** "2nd of the 26 cities with 500,000 inhabitants and more" (no neighbours named). */
    String rankPhrase(GroupComparison group, RankPosition rank) {
        int withFigure = group.metrics().values().stream()
                .filter(m -> m.rank().equals(Optional.of(rank)))
                .findFirst()
                .flatMap(MetricComparison::stats)
                .map(Stats::n)
                .orElse(rank.outOf());
        return words.rankStatement(
                new RankPosition(rank.position(), rank.outOf(), List.of(), List.of()),
                group.group(),
                definition,
                org.iccindex.wording.Wording.Among.of(
                        withFigure, rank, benchmark.city().synthetic()));
    }

    String groupName(GroupComparison group) {
        return words.group(group.group(), definition);
    }

    String shown(OptionalDouble value) {
        return value.isPresent() ? words.shown(value.getAsDouble()) : text("chart.none");
    }
}
