package org.iccindex.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.benchmark.Robustness;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.report.CityAnswers.AreaActivity;
import org.iccindex.report.GoodPractices.Practice;
import org.iccindex.report.draft.Edits;
import org.iccindex.report.draft.ReportDrafter;
import org.iccindex.report.draft.ReportInputs;
import org.iccindex.report.persistence.ParagraphOverrides;
import org.iccindex.report.persistence.ReportKey;
import org.iccindex.report.render.HtmlRenderer;
import org.iccindex.report.render.PdfRenderer;
import org.iccindex.result.BenchmarkChoice;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.RobustnessService;
import org.iccindex.result.RoundChoice;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Builds and renders index analysis reports: gathers the inputs (the city's result, the sample and its groups, the
 * benchmark, the previous round, answers and good practice where they exist), drafts the report, applies the
 * analysts' edits, and renders HTML and PDF from the same record.
 */
@Service
public class Reports {
    static final int PRACTICES_PER_AREA = 2;

    private final SampleService samples;
    private final PublishedSnapshots snapshots;
    private final EditionCatalog catalog;
    private final ResultRepository results;
    private final ObjectProvider<CityAnswers> answers;
    private final ObjectProvider<GoodPractices> practices;
    private final ParagraphOverrides overrides;
    private final HtmlRenderer html;
    private final PdfRenderer pdf;
    private final Clock clock;
    private final RobustnessService robustness;
    private final MessageSource messages;

    Reports(
            SampleService samples,
            PublishedSnapshots snapshots,
            EditionCatalog catalog,
            ResultRepository results,
            ObjectProvider<CityAnswers> answers,
            ObjectProvider<GoodPractices> practices,
            ParagraphOverrides overrides,
            HtmlRenderer html,
            PdfRenderer pdf,
            ObjectProvider<Clock> clock,
            RobustnessService robustness,
            MessageSource messages) {
        this.robustness = robustness;
        this.messages = messages;
        this.samples = samples;
        this.snapshots = snapshots;
        this.catalog = catalog;
        this.results = results;
        this.answers = answers;
        this.practices = practices;
        this.overrides = overrides;
        this.html = html;
        this.pdf = pdf;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** The report as the public and the analysts see it: drafted from the data, with the analysts' edits. */
    public CityReport build(ReportRequest request, ReportProgress progress) {
        Prepared prepared = prepare(request, progress);
        progress.stage("drafting the text and the charts (" + request.language() + ")");
        StoredResult result = prepared.inputs().result();
        Map<String, ParagraphOverrides.Override> edits = overrides.find(ReportKey.of(result), request.language());
        Edits applied = drafted -> {
            ParagraphOverrides.Override edit = edits.get(drafted.key());
            return edit == null ? drafted : drafted.editedTo(edit.text(), edit.fingerprint());
        };
        return ReportDrafter.draft(prepared.inputs(), applied, messages);
    }

    public CityReport build(ReportRequest request) {
        return build(request, ReportProgress.SILENT);
    }

    /** The report as the generator drafts it, without any analyst's edit. */
    public CityReport draft(ReportRequest request) {
        return ReportDrafter.draft(prepare(request, ReportProgress.SILENT).inputs(), Edits.NONE, messages);
    }

    /** The result a report is about, as the key of its edits and publications. */
    public ReportKey key(ReportRequest request) {
        return ReportKey.of(result(request));
    }

    /** A standalone HTML document (stylesheet inlined). */
    public String html(CityReport report) {
        return html.standalone(report);
    }

    /** The tagged PDF, made from the same HTML and the same charts. */
    public byte[] pdf(CityReport report) {
        return pdf.render(html.forPdf(report));
    }

    /** The HTML the PDF is rendered from (for measuring the PDF library alone). */
    public String htmlForPdf(CityReport report) {
        return html.forPdf(report);
    }

    private record Prepared(long cityId, ReportInputs inputs) {}

    private StoredResult result(ReportRequest request) {
        return request.roundChoice()
                .pick(results.findByCity(request.city()))
                .orElseThrow(() -> new IllegalArgumentException(
                        "no result for city '" + request.city().value() + "' in round " + request.round()));
    }

    /**
     * The rank interval of the result when it is the city's entry in the sample the report compares with (as on the
     * city page); a result of another round, or absent from the sample, has none.
     */
    private Optional<ReportInputs.RankRobustness> robustness(Definition definition, SampleService.Comparison c) {
        String slug = c.result().city().slug().value();
        LocalDate snapshot = c.comparison().snapshot();
        boolean inSample = samples.analysis(definition, snapshot)
                .sample()
                .entry(slug)
                .map(e -> e.round() == c.result().round())
                .orElse(false);
        if (!inSample) {
            return Optional.empty();
        }
        Robustness computed = robustness.robustness(definition, snapshot);
        int draws = computed.settings().draws();
        return computed.of(slug)
                .map(i -> new ReportInputs.RankRobustness(Optional.of(i), List.of(), draws))
                .or(() -> computed.exclusion(slug)
                        .map(e -> new ReportInputs.RankRobustness(Optional.empty(), e.missing(), draws)));
    }

    private Prepared prepare(ReportRequest request, ReportProgress progress) {
        progress.stage("reading the result of " + request.city().value() + " for " + request.round());
        StoredResult result = result(request);
        Optional<PublishedSnapshot> published = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        if (request.benchmark().isPresent()) {
            String benchmark = request.benchmark().get();
            try {
                // a date asks for the held sample of that day
                date = Optional.of(LocalDate.parse(benchmark));
            } catch (DateTimeParseException notADate) {
                // a named published snapshot, which need not be the round's own
                PublishedSnapshot snapshot = snapshots
                        .find(benchmark)
                        .orElseThrow(() -> new IllegalArgumentException("unknown benchmark '" + benchmark
                                + "': give a date (YYYY-MM-DD) or a published snapshot: "
                                + String.join(", ", snapshots.ids())));
                published = Optional.of(snapshot);
                date = Optional.of(snapshot.date());
            }
        }
        if (published.isEmpty()) {
            Optional<PublishedSnapshot> own =
                    BenchmarkChoice.against(Optional.empty(), date, snapshots.ofRound(result));
            published = own;
            date = date.or(() -> own.map(PublishedSnapshot::date));
        }
        progress.stage(
                "comparing with the sample" + date.map(d -> " as of " + d).orElse(" as of " + result.publishedOn()));
        SampleService.Comparison comparison = samples.compare(
                        request.city(),
                        Optional.of(new RoundChoice(result.round(), Optional.of(result.edition()))),
                        date)
                .orElseThrow();
        Definition definition = catalog.get(comparison.benchmarkEdition());
        if (published.isPresent() && !published.get().edition().equals(definition.edition())) {
            throw new IllegalArgumentException("snapshot " + published.get().id() + " belongs to edition "
                    + published.get().edition() + ", but this result is benchmarked under " + definition.edition());
        }
        Optional<ReportInputs.PreviousRound> previous = results.findByCity(request.city()).stream()
                .filter(r -> r.round() < result.round())
                .max(Comparator.comparingInt(StoredResult::round))
                .map(r -> new ReportInputs.PreviousRound(r.round(), samples.entry(r, definition)));
        progress.stage("reading answers and good practice");
        CityAnswers cityAnswers = answers.getIfAvailable(() -> CityAnswers.NONE);
        GoodPractices catalogue = practices.getIfAvailable(() -> GoodPractices.NONE);
        Map<AreaCode, AreaActivity> activities = new HashMap<>();
        Map<AreaCode, List<Practice>> suggestions = new HashMap<>();
        // a practice is suggested once per report: in the first area (in report order) that cites it
        java.util.Set<String> cited = new java.util.HashSet<>();
        boolean recorded = false;
        for (Area area : definition.scoredAreas()) {
            AreaActivity activity = cityAnswers.activity(request.city(), result.round(), area.code(), request.locale());
            activities.put(area.code(), activity);
            recorded |= activity.recorded();
            List<Practice> fresh =
                    catalogue.forArea(area.code(), request.city(), request.locale(), PRACTICES_PER_AREA * 3).stream()
                            .filter(p -> cited.add(p.city() + "\u0000" + p.title()))
                            .limit(PRACTICES_PER_AREA)
                            .toList();
            suggestions.put(area.code(), fresh);
        }
        ReportInputs inputs = new ReportInputs(
                definition,
                comparison.result(),
                samples.benchmark(comparison, published),
                previous,
                recorded,
                cityAnswers.profile(request.city(), result.round(), request.locale()),
                activities,
                cityAnswers.evidence(request.city(), result.round()),
                robustness(definition, comparison),
                suggestions,
                LocalDate.now(clock),
                request.locale());
        return new Prepared(result.city().id(), inputs);
    }
}
