package org.iccindex.practice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.LocalizedText;

/**
 * The rules every practice meets, wherever it comes from (a form, a seed file): each problem names the field, with
 * the names the form and the seed file use ({@code title_en}, {@code areas}, {@code links}...).
 */
public final class PracticeRules {
    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 8000;
    static final List<String> LANGUAGES = List.of("en", "fr");

    private PracticeRules() {}

    /** Every problem of {@code content}; empty when it may be stored. {@code areas}: the codes the index knows. */
    public static List<FieldProblem> check(PracticeContent content, Collection<AreaCode> areas) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", content.title(), true, TITLE_MAX);
        text(problems, "summary", content.summary(), true, TEXT_MAX);
        text(problems, "purpose", content.purpose(), false, TEXT_MAX);
        text(problems, "rationale", content.rationale(), false, TEXT_MAX);
        text(problems, "process", content.process(), false, TEXT_MAX);
        text(problems, "results", content.results(), false, TEXT_MAX);
        length(problems, "city", content.city(), 200);
        length(problems, "country", content.country(), 100);
        length(problems, "origin", content.origin(), 300);
        length(problems, "period", content.period(), 100);
        if (content.city().isPresent() && content.country().isEmpty()) {
            problems.add(new FieldProblem("country", "required when a city is given"));
        }
        if (content.city().isEmpty() && content.origin().isEmpty()) {
            problems.add(new FieldProblem("city", "give the city, or the programme or body that runs the practice"));
        }
        if (content.areas().isEmpty()) {
            problems.add(new FieldProblem("areas", "choose at least one area of the index"));
        }
        for (AreaCode area : content.areas()) {
            if (!areas.contains(area)) {
                problems.add(new FieldProblem("areas", "unknown area '" + area + "'"));
            }
        }
        for (String link : content.links()) {
            if (!isWebAddress(link)) {
                problems.add(new FieldProblem("links", "not a web address (http:// or https://): '" + link + "'"));
            }
        }
        if (String.join("\n", content.links()).length() > 4000) {
            problems.add(new FieldProblem("links", "too long (at most 4000 characters in all)"));
        }
        if (content.source().isEmpty()) {
            problems.add(new FieldProblem("source", "required: where this practice is described"));
        } else if (content.source().length() > 1000) {
            problems.add(new FieldProblem("source", "too long (at most 1000 characters)"));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, LocalizedText text, boolean required, int max) {
        for (Map.Entry<String, String> entry : text.texts().entrySet()) {
            if (!LANGUAGES.contains(entry.getKey())) {
                problems.add(new FieldProblem(field, "language '" + entry.getKey() + "' is not en or fr"));
            } else if (entry.getValue().length() > max) {
                problems.add(
                        new FieldProblem(field + "_" + entry.getKey(), "too long (at most " + max + " characters)"));
            }
        }
        if (!text.isEmpty() && !text.has(LocalizedText.FALLBACK)) {
            problems.add(new FieldProblem(field + "_en", "the English text is required when a translation is given"));
        } else if (required && text.english().isBlank()) {
            problems.add(new FieldProblem(field + "_en", "required"));
        }
    }

    private static void length(List<FieldProblem> problems, String field, Optional<String> value, int max) {
        if (value.isPresent() && value.get().length() > max) {
            problems.add(new FieldProblem(field, "too long (at most " + max + " characters)"));
        }
    }

    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
