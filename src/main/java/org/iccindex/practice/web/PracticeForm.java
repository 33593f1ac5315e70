package org.iccindex.practice.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.LocalizedText;
import org.iccindex.practice.FieldProblem;
import org.iccindex.practice.InvalidPracticeException;
import org.iccindex.practice.Practice;
import org.iccindex.practice.PracticeContent;
import org.iccindex.practice.PracticeRules;

/** The practice form as posted: every field a string, so that what the user typed is shown back on an error. */
record PracticeForm(
        String titleEn,
        String titleFr,
        String summaryEn,
        String summaryFr,
        String purposeEn,
        String purposeFr,
        String rationaleEn,
        String rationaleFr,
        String processEn,
        String processFr,
        String resultsEn,
        String resultsFr,
        String city,
        String country,
        String origin,
        String period,
        List<String> areas,
        String links,
        String source,
        String recordedOn,
        Integer version) {

    PracticeForm {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    static PracticeForm blank(String city, String country, String source, LocalDate today) {
        return new PracticeForm(
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                city,
                country,
                "",
                "",
                List.of(),
                "",
                source,
                today.toString(),
                null);
    }

    static PracticeForm of(Practice practice) {
        PracticeContent c = practice.content();
        return new PracticeForm(
                en(c.title()),
                fr(c.title()),
                en(c.summary()),
                fr(c.summary()),
                en(c.purpose()),
                fr(c.purpose()),
                en(c.rationale()),
                fr(c.rationale()),
                en(c.process()),
                fr(c.process()),
                en(c.results()),
                fr(c.results()),
                c.city().orElse(""),
                c.country().orElse(""),
                c.origin().orElse(""),
                c.period().orElse(""),
                c.areas().stream().map(AreaCode::value).toList(),
                String.join("\n", c.links()),
                c.source(),
                c.recordedOn().toString(),
                practice.version());
    }

    /** The same form carrying another version (after a concurrent change, to save over it knowingly). */
    PracticeForm withVersion(int newVersion) {
        return new PracticeForm(
                titleEn,
                titleFr,
                summaryEn,
                summaryFr,
                purposeEn,
                purposeFr,
                rationaleEn,
                rationaleFr,
                processEn,
                processFr,
                resultsEn,
                resultsFr,
                city,
                country,
                origin,
                period,
                areas,
                links,
                source,
                recordedOn,
                newVersion);
    }

    /**
     * The content the form describes. A malformed date or area code is reported together with every problem of
     * {@link PracticeRules}, so that the user sees them all at once.
     */
    PracticeContent toContent(boolean synthetic, Collection<AreaCode> known, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate recorded = today;
        if (recordedOn != null && !recordedOn.isBlank()) {
            try {
                recorded = LocalDate.parse(recordedOn.trim());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("recorded", "expected a date as YYYY-MM-DD, found '" + recordedOn + "'"));
            }
        }
        List<AreaCode> codes = new ArrayList<>();
        for (String area : areas) {
            if (AreaCode.isValid(area)) {
                codes.add(new AreaCode(area));
            } else {
                problems.add(new FieldProblem("areas", "unknown area '" + area + "'"));
            }
        }
        PracticeContent content = new PracticeContent(
                text(titleEn, titleFr),
                text(summaryEn, summaryFr),
                text(purposeEn, purposeFr),
                text(rationaleEn, rationaleFr),
                text(processEn, processFr),
                text(resultsEn, resultsFr),
                Optional.ofNullable(city),
                Optional.ofNullable(country),
                Optional.ofNullable(origin),
                Optional.ofNullable(period),
                codes,
                links == null ? List.of() : List.of(links.split("\\R")),
                source,
                recorded,
                synthetic);
        if (!problems.isEmpty()) {
            problems.addAll(PracticeRules.check(content, known));
            throw new InvalidPracticeException(problems);
        }
        return content;
    }

    private static LocalizedText text(String en, String fr) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (en != null && !en.isBlank()) {
            texts.put("en", en.strip());
        }
        if (fr != null && !fr.isBlank()) {
            texts.put("fr", fr.strip());
        }
        return new LocalizedText(texts);
    }

    private static String en(LocalizedText text) {
        return text.has("en") ? text.texts().get("en") : "";
    }

    private static String fr(LocalizedText text) {
        return text.has("fr") ? text.texts().get("fr") : "";
    }
}
