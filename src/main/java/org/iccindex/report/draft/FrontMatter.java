package org.iccindex.report.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.definition.Area;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.DataKind;
import org.iccindex.definition.Indicator;
import org.iccindex.definition.Question;
import org.iccindex.report.Fact;
import org.iccindex.report.Paragraph;
import org.iccindex.result.StoredResult;
import org.iccindex.wording.SourceText;

/** The title page, the introduction, the methodology and the city overview. */
final class FrontMatter {
    private final Drafting d;
    private final StoredResult result;

    FrontMatter(Drafting drafting) {
        this.d = drafting;
        this.result = drafting.in.result();
    }

    String title() {
        return d.text("title", d.city, String.valueOf(result.round()));
    }

    String benchmark() {
        if (d.benchmark.published().isPresent()) {
            var p = d.benchmark.published().get();
            return d.text("benchmark.published", p.sampleSize(), d.date(p.date()), p.id());
        }
        return d.text("benchmark.live", d.benchmark.heldSize(), d.date(d.benchmark.heldDate()));
    }

    List<String> notices() {
        List<String> notices = new ArrayList<>();
        if (result.city().synthetic()) {
            notices.add(d.text("notice.synthetic.city", d.city));
        }
        if (d.benchmark.published().isPresent()) {
            PublishedSnapshot p = d.benchmark.published().get();
            List<String> given = new ArrayList<>();
            List<String> notGiven = new ArrayList<>();
            for (Metric metric : d.benchmark.metrics()) {
                String name = d.words.metric(metric, d.definition);
                String inSentence = Character.toLowerCase(name.charAt(0)) + name.substring(1);
                (p.average(metric).isPresent() ? given : notGiven).add(inSentence);
            }
            notices.add(d.text(
                    "notice.published", d.date(p.date()), p.sampleSize(), d.words.list(given), d.words.list(notGiven)));
            notices.add(d.text(
                    "notice.published.counts",
                    d.benchmark.fictionalInSample() > 0 ? d.text("notice.published.counts.demo") : ""));
        } else if (d.benchmark.fictionalInSample() > 0) {
            notices.add(d.text(
                    "notice.synthetic.sample",
                    d.benchmark.fictionalInSample(),
                    d.benchmark.heldSize(),
                    d.date(d.benchmark.heldDate())));
        }
        return notices;
    }

    List<Paragraph> introduction() {
        return List.of(
                d.paragraph("introduction.programme", "intro.programme"),
                d.paragraph("introduction.index", "intro.index"),
                d.paragraph(
                        "introduction.report",
                        "intro.this",
                        d.city,
                        d.country(result.city().country()),
                        String.valueOf(result.round()),
                        d.text("intro.sample", d.sampleSize())));
    }

    /** What an intercultural city is: the yardstick the whole report applies (the programme's idea, our words). */
    List<Paragraph> definition() {
        return List.of(
                d.paragraph("definition.city", "definition.city"),
                d.paragraph("definition.policy", "definition.policy"));
    }

    List<Paragraph> methodology() {
        List<Question> scored = d.definition.scoredQuestions();
        long mandatory = scored.stream().filter(Question::mandatory).count();
        int lensAreas = d.definition.composite().map(c -> c.areas().size()).orElse(0);
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(d.paragraph(
                "methodology.questionnaire",
                "method.questionnaire",
                d.definition.title().in(d.language()),
                scored.size(),
                mandatory,
                d.definition.indicators().size(),
                lensAreas,
                d.definition.scoredAreas().size()));
        paragraphs.add(d.paragraph(
                "methodology.kinds",
                "method.kinds",
                count(DataKind.FACT),
                count(DataKind.INPUT),
                count(DataKind.IMPACT)));
        List<BigDecimal> weights =
                d.definition.scoredAreas().stream().map(Area::weight).sorted().toList();
        String weighting = weights.get(0).compareTo(weights.get(weights.size() - 1)) == 0
                ? d.text("method.weights.equal")
                : d.text(
                        "method.weights.unequal",
                        d.words.number(weights.get(0)),
                        d.words.number(weights.get(weights.size() - 1)));
        paragraphs.add(d.paragraph(
                "methodology.scores",
                "method.scores",
                d.definition.scoredAreas().size(),
                weighting));
        paragraphs.add(d.paragraph(
                "methodology.groups", "method.groups", bands(BandAxis.POPULATION), bands(BandAxis.FOREIGN_BORN)));
        paragraphs.add(bandCounts());
        List<Area> newAreas = d.definition.scoredAreas().stream()
                .filter(a -> d.definition.isNewArea(a.code()))
                .toList();
        if (!newAreas.isEmpty()) {
            int answered = d.benchmark
                    .group(new ComparisonGroup.AnsweredArea(newAreas.get(0).code()))
                    .map(GroupComparison::members)
                    .orElse(0);
            paragraphs.add(d.paragraph(
                    "methodology.new",
                    "method.new",
                    d.words.list(newAreas.stream().map(d::areaInSentence).toList()),
                    answered));
        }
        paragraphs.add(d.paragraph("methodology.caution", "method.caution"));
        paragraphs.add(d.paragraph("methodology.reconstruction", "method.reconstruction"));
        return paragraphs;
    }

    private long count(DataKind kind) {
        return d.definition.questions().stream().filter(q -> q.kind() == kind).count();
    }

    private String bands(BandAxis axis) {
        return d.words.list(
                d.definition.bands(axis).bands().stream().map(d.words::band).toList());
    }

    private Paragraph bandCounts() {
        Optional<GroupComparison> population = d.band(BandAxis.POPULATION);
        Optional<GroupComparison> foreignBorn = d.band(BandAxis.FOREIGN_BORN);
        int n = d.benchmark.heldSize();
        if (population.isPresent() && foreignBorn.isPresent()) {
            return d.paragraph(
                    "methodology.bands",
                    "method.bands",
                    n,
                    population.get().members(),
                    d.city,
                    bandText(population.get()),
                    foreignBorn.get().members(),
                    bandText(foreignBorn.get()));
        }
        Optional<GroupComparison> one = population.or(() -> foreignBorn);
        if (one.isPresent()) {
            return d.paragraph(
                    "methodology.bands", "method.bands.one", n, one.get().members(), d.city, bandText(one.get()));
        }
        return d.paragraph("methodology.bands", "method.bands.none", d.city);
    }

    private String bandText(GroupComparison group) {
        return group.group() instanceof ComparisonGroup.InBand band ? d.words.band(band.band()) : d.groupName(group);
    }

    List<Fact> indicators() {
        List<Fact> lines = new ArrayList<>();
        for (Indicator indicator : d.definition.indicators()) {
            List<String> areas = indicator.areas().stream()
                    .map(code -> d.definition.area(code).map(d::areaName).orElse(code.value()))
                    .toList();
            lines.add(new Fact(indicator.name().in(d.language()), String.join(", ", areas)));
        }
        return lines;
    }

    List<Fact> profile() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(d.text("fact.country"), d.country(result.city().country())));
        result.population()
                .ifPresent(p -> facts.add(new Fact(d.text("fact.population"), d.words.number(BigDecimal.valueOf(p)))));
        result.foreignBornPct()
                .ifPresent(p -> facts.add(new Fact(d.text("fact.foreign_born"), d.words.number(p) + " %")));
        result.nonNationalPct()
                .ifPresent(p -> facts.add(new Fact(d.text("fact.non_national"), d.words.number(p) + " %")));
        ProfileProse prose = new ProfileProse(d);
        for (Fact fact : d.in.answeredProfile()) {
            prose.value(fact)
                    .ifPresent(value -> facts.add(new Fact(prose.label(fact), value, fact.key(), fact.figure())));
        }
        facts.add(new Fact(d.text("fact.published"), result.publishedLabel()));
        result.source()
                .map(s -> SourceText.of(s, d.words))
                .ifPresent(s -> facts.add(new Fact(d.text("fact.source"), s.text(), "", s.text(), s.language())));
        return facts;
    }

    List<Paragraph> overview() {
        List<String> sentences = new ArrayList<>();
        List<Object> inputs = new ArrayList<>();
        String country = d.countryInSentence(result.city().country());
        if (result.population().isPresent()) {
            String population =
                    d.words.number(BigDecimal.valueOf(result.population().get()));
            sentences.add(d.text("overview.population", d.city, population, country));
            inputs.add(population);
        } else {
            sentences.add(d.text("overview.nopopulation", d.city, country));
        }
        result.foreignBornPct().ifPresent(p -> sentences.add(d.text("overview.foreign_born", d.words.number(p))));
        result.nonNationalPct().ifPresent(p -> sentences.add(d.text("overview.non_national", d.words.number(p))));
        if (result.foreignBornPct().isEmpty() && result.nonNationalPct().isPresent()) {
            // the band is placed by the non-nationals' share: say so rather than present it as a foreign-born figure
            sentences.add(d.text("overview.band.proxy"));
        }
        inputs.add(result.foreignBornPct());
        inputs.add(result.nonNationalPct());
        List<String> groups = new ArrayList<>();
        for (BandAxis axis : BandAxis.values()) {
            d.band(axis).ifPresent(g -> groups.add(d.groupName(g)));
        }
        if (groups.size() == 2) {
            sentences.add(d.text("overview.groups", groups.get(0), groups.get(1)));
        } else if (groups.size() == 1) {
            sentences.add(d.text("overview.group", groups.get(0)));
        }
        inputs.addAll(groups);
        inputs.add(d.city);
        inputs.add(country);
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(d.paragraphOf("overview.profile", String.join(" ", sentences), inputs));
        if (!d.in.answersRecorded()) {
            paragraphs.add(d.paragraph("overview.narrative", "overview.answers.none", d.city));
        } else {
            String narrative = profileNarrative();
            if (!narrative.isEmpty()) {
                paragraphs.add(d.paragraphOf("overview.narrative", narrative, d.in.answeredProfile()));
            }
        }
        d.in.evidence()
                .ifPresent(e -> paragraphs.add(d.paragraph(
                        "overview.evidence",
                        e.reconstructed() ? "overview.evidence.reconstructed" : "overview.evidence",
                        e.percent(),
                        d.city,
                        e.reconstructed())));
        return paragraphs;
    }

    private String profileNarrative() {
        return new ProfileProse(d).narrative(d.in.answeredProfile());
    }
}
