package org.iccindex.report.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.iccindex.report.CityAnswers.AreaActivity;
import org.iccindex.report.CityAnswers.Measure;
import org.iccindex.report.CityAnswers.Status;

/**
 * "What the city does", drafted as prose from the answers: what the city has, grouped by theme so that a lead-in is
 * said once; the examples it gave with its answers; what is only part of the way, said as partial; and what is
 * missing, said as missing. File names and links never enter the text (they stay in the analyst's draft tools).
 */
final class MeasureProse {
    /** A file name or a link inside a note: left out of the published text. */
    private static final Pattern REFERENCE =
            Pattern.compile("(?i)(https?://\\S+|www\\.\\S+|\\b[\\w-]+\\.(pdf|txt|docx?|xlsx?|odt|csv|png|jpe?g)\\b)");

    private final Drafting d;

    MeasureProse(Drafting drafting) {
        this.d = drafting;
    }

    /** The text, one block per blank-line-separated paragraph; empty if the city reported nothing to say. */
    String draft(AreaActivity activity) {
        List<String> blocks = new ArrayList<>();
        List<String> has = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, List<Measure>> themes = new LinkedHashMap<>();
        for (Measure m : activity.measures()) {
            if (!m.theme().isEmpty()) {
                themes.computeIfAbsent(m.theme(), t -> new ArrayList<>()).add(m);
            } else if (m.status() == Status.HAS) {
                has.add(m.text());
            } else if (m.status() == Status.PARTIAL) {
                partial.add(m.detail().isEmpty() ? m.text() : d.text("activities.partial.item", m.text(), m.detail()));
            } else {
                missing.add(m.text());
            }
        }
        List<String> first = new ArrayList<>();
        if (!has.isEmpty()) {
            first.add(d.text("activities.has", d.city, d.words.list(has)));
        }
        for (Map.Entry<String, List<Measure>> theme : themes.entrySet()) {
            List<String> yes = theme.getValue().stream()
                    .filter(m -> m.status() != Status.MISSING)
                    .map(Measure::text)
                    .toList();
            List<String> no = theme.getValue().stream()
                    .filter(m -> m.status() == Status.MISSING)
                    .map(Measure::text)
                    .toList();
            String lead = Drafting.capitalised(theme.getKey().strip().replaceAll("[:\\s]+$", ""));
            if (!yes.isEmpty() && !no.isEmpty()) {
                first.add(d.text("activities.theme.some", lead, d.words.list(yes), d.words.list(no)));
            } else if (!yes.isEmpty()) {
                first.add(d.text("activities.theme.all", lead, d.words.list(yes)));
            } else {
                missing.add(d.text(
                        "activities.theme.none.item",
                        theme.getKey().strip().replaceAll("[:\\s]+$", ""),
                        d.words.list(no)));
            }
        }
        List<String> notes = notes(activity.notes());
        if (!notes.isEmpty()) {
            first.add(d.text("activities.notes", String.join(" ", notes)));
        }
        if (!first.isEmpty()) {
            blocks.add(String.join(" ", first));
        }
        List<String> rest = new ArrayList<>();
        if (!partial.isEmpty()) {
            rest.add(d.text("activities.partial", d.words.list(partial)));
        }
        if (!missing.isEmpty()) {
            rest.add(d.text("activities.missing.prose", d.words.list(missing)));
        }
        if (!rest.isEmpty()) {
            blocks.add(String.join(" ", rest));
        }
        return String.join("\n\n", blocks);
    }

    /** The city's examples as sentences, without file names or links, each once. */
    static List<String> notes(List<String> notes) {
        List<String> sentences = new ArrayList<>();
        for (String note : notes) {
            String text = REFERENCE.matcher(note).replaceAll("").replaceAll("\\s*[;,]\\s*([;,.]|$)", "$1");
            text = text.replaceAll("\\s+", " ").strip();
            text = text.replaceAll("^[;,.:\\s]+", "");
            if (text.length() < 3) {
                continue;
            }
            text = Drafting.capitalised(text);
            if (!text.matches("(?s).*[.!?]$")) {
                text = text + ".";
            }
            if (!sentences.contains(text)) {
                sentences.add(text);
            }
        }
        return sentences;
    }
}
