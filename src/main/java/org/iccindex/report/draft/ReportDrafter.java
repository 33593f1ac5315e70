package org.iccindex.report.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iccindex.report.Chart;
import org.iccindex.report.CityReport;
import org.iccindex.report.Paragraph;
import org.iccindex.report.Section;
import org.iccindex.report.TocEntry;
import org.springframework.context.MessageSource;

/** Drafts a whole report from its inputs, applying the analysts' edits paragraph by paragraph. */
public final class ReportDrafter {
    private ReportDrafter() {}

    /** The report of {@code inputs}, its texts from {@code messages} (the application's message source). */
    public static CityReport draft(ReportInputs inputs, Edits edits, MessageSource messages) {
        Drafting d = new Drafting(inputs, edits, messages);
        ComparisonCharts charts = new ComparisonCharts(d);
        FrontMatter front = new FrontMatter(d);
        AreaSections areas = new AreaSections(d, charts);
        Closing closing = new Closing(d, charts);

        Map<String, String> labels = new HashMap<>(d.texts.labels());
        labels.put("overview", d.text("label.overview", d.city));
        labels.put("ranks.intro", closing.ranksIntro());

        List<Section> sections = areas.sections();
        List<TocEntry> toc = new ArrayList<>();
        toc.add(new TocEntry("introduction", labels.get("introduction"), 1));
        toc.add(new TocEntry("definition", labels.get("definition"), 2));
        toc.add(new TocEntry("methodology", labels.get("methodology"), 2));
        toc.add(new TocEntry("overview", labels.get("overview"), 1));
        for (Section section : sections) {
            toc.add(new TocEntry(section.anchor(), section.title(), section.level()));
        }
        toc.add(new TocEntry("aggregate", labels.get("aggregate"), 1));
        toc.add(new TocEntry("conclusions", labels.get("conclusions"), 1));
        toc.add(new TocEntry("recommendations", labels.get("recommendations"), 1));
        toc.add(new TocEntry("closing", labels.get("closing"), 1));

        List<Paragraph> aggregate = closing.aggregate();
        List<String> ranks = closing.rankStatements();
        List<Chart> aggregateCharts = closing.charts();
        var conclusions = closing.conclusions(areas);
        List<Paragraph> recommendations = closing.recommendations();
        List<Paragraph> introduction = front.introduction();
        List<Paragraph> definition = front.definition();
        List<Paragraph> closingWords = closing.closing();
        List<Paragraph> methodology = front.methodology();
        List<Paragraph> overview = front.overview();
        String title = front.title();
        String benchmark = front.benchmark();

        List<Object> everything = new ArrayList<>();
        everything.add(title);
        everything.add(benchmark);
        for (List<Paragraph> group :
                List.of(introduction, definition, methodology, overview, aggregate, recommendations, closingWords)) {
            group.forEach(p -> everything.add(p.fingerprint()));
        }
        for (Section section : sections) {
            section.paragraphs().forEach(p -> everything.add(p.fingerprint()));
            section.activities().forEach(p -> everything.add(p.fingerprint()));
            section.suggestions().forEach(p -> everything.add(p.fingerprint()));
            section.charts().forEach(c -> everything.add(c.alt()));
        }
        aggregateCharts.forEach(c -> everything.add(c.alt()));
        everything.addAll(ranks);
        conclusions.forEach(
                c -> everything.add(c.achieves().fingerprint() + c.improve().fingerprint()));

        return new CityReport(
                d.language(),
                title,
                d.city,
                d.country(inputs.result().city().country()),
                inputs.result().city().slug().value(),
                inputs.result().round(),
                inputs.definition().edition().value(),
                d.text(
                        "date",
                        d.date(inputs.generatedOn()),
                        d.date(inputs.benchmark().date())),
                benchmark,
                front.notices(),
                toc,
                introduction,
                definition,
                methodology,
                front.indicators(),
                front.profile(),
                overview,
                sections,
                aggregate,
                ranks,
                aggregateCharts,
                conclusions,
                recommendations,
                closingWords,
                labels,
                title + ". " + benchmark,
                Fingerprint.of(everything));
    }
}
