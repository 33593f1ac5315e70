package org.iccindex.report.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.benchmark.Stats;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.BandAxis;
import org.iccindex.report.CityAnswers.AreaActivity;
import org.iccindex.report.GoodPractices.Practice;
import org.iccindex.report.Paragraph;
import org.iccindex.report.Section;
import org.iccindex.result.AnswersBasis;
import org.iccindex.result.ComputedFigures;
import org.iccindex.wording.Comparison;

/** One section per scored area in the definition's order, the lens and the new indicators introduced in place. */
final class AreaSections {
    private final Drafting d;
    private final ComparisonCharts charts;

    AreaSections(Drafting drafting, ComparisonCharts charts) {
        this.d = drafting;
        this.charts = charts;
    }

    List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        List<AreaCode> lensAreas = d.definition.composite().map(c -> c.areas()).orElse(List.of());
        boolean lensDone = false;
        boolean newDone = false;
        for (Area area : d.definition.scoredAreas()) {
            int level = 1;
            if (lensAreas.contains(area.code())) {
                if (!lensDone) {
                    sections.add(lens(lensAreas));
                    lensDone = true;
                }
                level = 2;
            } else if (d.definition.isNewArea(area.code())) {
                if (!newDone) {
                    sections.add(newIndicators());
                    newDone = true;
                }
                level = 2;
            }
            sections.add(area(area, level));
        }
        return sections;
    }

    private Section lens(List<AreaCode> areas) {
        List<String> names = areas.stream()
                .map(code -> d.definition.area(code).map(d::areaInSentence).orElse(code.value()))
                .toList();
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(d.paragraph("lens.intro", "lens.intro", d.words.list(names)));
        OptionalDouble city = d.cityValue(Metric.LENS);
        OptionalDouble reference = d.reference(Metric.LENS);
        if (city.isEmpty()) {
            paragraphs.add(d.paragraph("lens.rate", "lens.none", d.city));
        } else if (reference.isEmpty()) {
            paragraphs.add(d.paragraph("lens.rate", "lens.rate.nosample", d.city, d.words.shown(city.getAsDouble())));
        } else {
            paragraphs.add(d.paragraph(
                    "lens.rate",
                    "lens.rate",
                    d.city,
                    d.words.shown(city.getAsDouble()),
                    d.words.shown(reference.getAsDouble()),
                    d.words.comparedTo(city.getAsDouble(), reference.getAsDouble())));
        }
        String title = d.text("label.lens");
        return new Section(
                Section.Kind.LENS,
                "lens",
                1,
                title,
                paragraphs,
                List.of(charts.groups(
                        "chart-lens",
                        d.text(d.publishedOnly() ? "chart.lens.title.published" : "chart.lens.title", d.city),
                        Metric.LENS)),
                List.of(),
                List.of());
    }

    private Section newIndicators() {
        List<Area> areas = d.definition.scoredAreas().stream()
                .filter(a -> d.definition.isNewArea(a.code()))
                .toList();
        int answered = d.answered(Metric.area(areas.get(0).code()))
                .map(GroupComparison::members)
                .orElse(0);
        Paragraph intro = d.paragraph(
                "new.intro",
                "new.intro",
                String.valueOf(d.definition.inForceFrom().getYear()),
                d.words.list(areas.stream().map(d::areaInSentence).toList()),
                answered,
                d.city);
        return new Section(
                Section.Kind.NEW_INDICATORS,
                "new-indicators",
                1,
                d.text("label.new"),
                List.of(intro),
                List.of(),
                List.of(),
                List.of());
    }

    private Section area(Area area, int level) {
        String code = area.code().value();
        Metric metric = Metric.area(area.code());
        List<Paragraph> paragraphs = new ArrayList<>();
        String meaning = area.description().in(d.language());
        if (!meaning.isBlank()) {
            paragraphs.add(d.paragraphOf("area." + code + ".meaning", meaning, List.of(meaning)));
        }
        paragraphs.add(score(area, metric));
        String title =
                d.text(d.publishedOnly() ? "chart.area.title.published" : "chart.area.title", d.areaName(area), d.city);
        // against a published benchmark, a chart only where it gives a figure to set the city against
        boolean chart = !d.publishedOnly() || d.reference(metric).isPresent();
        return new Section(
                Section.Kind.AREA,
                "area-" + code,
                level,
                d.areaName(area),
                paragraphs,
                chart ? List.of(charts.groups("chart-" + code, title, metric)) : List.of(),
                activities(area),
                suggestions(area, metric));
    }

    private Paragraph score(Area area, Metric metric) {
        String key = "area." + area.code().value() + ".score";
        OptionalDouble city = d.cityValue(metric);
        if (city.isEmpty()) {
            Optional<ComputedFigures> computed = d.in.result().computed();
            Double fromAnswers =
                    computed.map(c -> c.areaScores().get(area.code())).orElse(null);
            if (d.givenNotComputed() && fromAnswers != null) {
                // the figure computed from the round's answers, said for what it is: not part of the published result
                String shown = d.words.shown(fromAnswers);
                String basis = computed.get().basis() == AnswersBasis.RECONSTRUCTED
                        ? "area.score.computed.reconstructed"
                        : "area.score.computed";
                return d.paragraphOf(
                        key,
                        d.text("area.score.notpublished", d.city, d.areaInSentence(area)) + " " + d.text(basis, shown),
                        List.of(d.city, area.code().value(), shown, basis));
            }
            return d.paragraph(
                    key,
                    d.givenNotComputed() ? "area.score.notpublished" : "area.score.none",
                    d.city,
                    d.areaInSentence(area));
        }
        OptionalDouble reference = d.reference(metric);
        String value = d.words.shown(city.getAsDouble());
        List<String> sentences = new ArrayList<>();
        List<Object> inputs = new ArrayList<>(List.of(d.city, d.areaName(area), value));
        if (reference.isEmpty()) {
            sentences.add(d.text(
                    d.publishedOnly() ? "area.score.nopublished" : "area.score.nosample",
                    d.city,
                    d.areaInSentence(area),
                    value));
        } else {
            String ref = d.words.shown(reference.getAsDouble());
            String compared = d.words.comparedTo(city.getAsDouble(), reference.getAsDouble());
            if (d.isNew(metric) && !d.publishedOnly()) {
                // a published benchmark gives its average, not how many cities answered: no count is said then
                int n = d.answered(metric)
                        .flatMap(g -> Drafting.stats(g, metric))
                        .map(Stats::n)
                        .orElse(0);
                sentences.add(d.text("new.score", d.city, d.areaInSentence(area), value, compared, ref, n));
                inputs.add(n);
            } else {
                sentences.add(d.text("area.score", d.city, d.areaInSentence(area), value, compared, ref));
            }
            inputs.add(ref);
        }
        if (value.equals("100")) {
            sentences.add(d.text("area.score.full"));
        }
        List<String> groups = new ArrayList<>();
        for (BandAxis axis : BandAxis.values()) {
            Optional<GroupComparison> group = d.publishedOnly() ? Optional.empty() : d.band(axis);
            if (group.isPresent()) {
                Optional<RankPosition> rank = Drafting.rank(group.get(), metric);
                Optional<Stats> stats = Drafting.stats(group.get(), metric);
                if (rank.isPresent() && stats.isPresent()) {
                    groups.add(d.rankPhrase(group.get(), rank.get()));
                    groups.add(d.words.shown(stats.get().mean()));
                }
            }
        }
        if (groups.size() == 4) {
            sentences.add(d.text("area.groups.two", groups.toArray()));
        } else if (groups.size() == 2) {
            sentences.add(d.text("area.groups.one", groups.toArray()));
        }
        inputs.addAll(groups);
        if (!d.isNew(metric) && !d.publishedOnly()) {
            Optional<RankPosition> rank = Drafting.rank(d.benchmark.wholeSample(), metric);
            rank.ifPresent(r -> sentences.add(d.text("area.rank", d.rankPhrase(d.benchmark.wholeSample(), r))));
            rank.ifPresent(r -> inputs.add(r.position() + "/" + r.outOf()));
        }
        return d.paragraphOf(key, String.join(" ", sentences), inputs);
    }

    private List<Paragraph> activities(Area area) {
        String key = "area." + area.code().value() + ".activities";
        AreaActivity activity = d.in.activity(area.code());
        if (!activity.recorded()) {
            return List.of(d.paragraph(key, "activities.none", d.city));
        }
        String text = new MeasureProse(d).draft(activity);
        if (text.isEmpty()) {
            return List.of(d.paragraph(key, "activities.nothing", d.city));
        }
        return List.of(d.paragraphOf(key, text, List.of(activity.measures(), activity.notes())));
    }

    private List<Paragraph> suggestions(Area area, Metric metric) {
        String key = "area." + area.code().value() + ".suggestions";
        List<Practice> practices = d.in.practices(area.code());
        List<Paragraph> paragraphs = new ArrayList<>();
        OptionalDouble city = d.cityValue(metric);
        if (city.isPresent() && d.words.shown(city.getAsDouble()).equals("100")) {
            paragraphs.add(d.paragraph(key + ".full", "suggestions.full", d.city));
        }
        if (practices.isEmpty()) {
            paragraphs.add(d.paragraph(key, "suggestions.none"));
            return paragraphs;
        }
        for (int i = 0; i < practices.size(); i++) {
            Practice p = practices.get(i);
            String country = d.country(p.country());
            String title = withoutPlace(p.title(), p.city());
            // the title's own place name, in the report's language, stands for the city ("Genève", not "Geneva")
            String from = title.equals(p.title())
                    ? p.city()
                    : p.title().substring(0, p.title().indexOf(':')).strip();
            if (from.isBlank()) {
                paragraphs.add(d.paragraph(key + "." + (i + 1), "suggestions.practice.alone", title, p.summary()));
                continue;
            }
            String place = p.fictional()
                    ? (country.isBlank()
                            ? d.text("suggestions.place.fictional.alone", from)
                            : d.text("suggestions.place.fictional", from, country))
                    : country.isBlank() ? from : d.text("suggestions.place", from, country);
            paragraphs.add(d.paragraph(
                    key + "." + (i + 1),
                    "suggestions.practice",
                    place,
                    withoutPlace(p.title(), p.city()),
                    p.summary()));
        }
        return paragraphs;
    }

    /**
     * A practice's title without a leading place already named before it ("Genève : ..." after "Geneva
     * (Switzerland)"): one city name per title.
     */
    static String withoutPlace(String title, String city) {
        int colon = title.indexOf(':');
        if (colon > 0 && colon < 40) {
            String head = title.substring(0, colon).strip();
            String rest = title.substring(colon + 1).strip();
            boolean sameCity = head.equalsIgnoreCase(city)
                    || java.text.Normalizer.normalize(head, java.text.Normalizer.Form.NFD)
                            .replaceAll("\\p{M}", "")
                            .regionMatches(
                                    true,
                                    0,
                                    java.text.Normalizer.normalize(city, java.text.Normalizer.Form.NFD)
                                            .replaceAll("\\p{M}", ""),
                                    0,
                                    3);
            if (sameCity && !rest.isEmpty()) {
                return Drafting.capitalised(rest);
            }
        }
        return title;
    }

    /** The comparison of an area's figure, for the conclusions and recommendations. */
    Optional<Comparison> comparison(Metric metric) {
        OptionalDouble city = d.cityValue(metric);
        OptionalDouble reference = d.reference(metric);
        if (city.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Comparison.of(city.getAsDouble(), reference.getAsDouble()));
    }
}
