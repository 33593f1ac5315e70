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

    /**
     * A bracketed tag in a note ("[commitment]", "[rule: markets]", "[inferred: ...]"): where the note comes from or
     * how it was read, for the analyst, never for the published text.
     */
    private static final Pattern TAG = Pattern.compile("\\s*\\[[^\\]]*\\]");

    private final Drafting d;

    MeasureProse(Drafting drafting) {
        this.d = drafting;
    }

    /** The text, one block per theme (a paragraph each) and one for the examples; empty if nothing to say. */
    String draft(AreaActivity activity) {
        Map<String, List<Measure>> themes = new LinkedHashMap<>();
        for (Measure m : activity.measures()) {
            themes.computeIfAbsent(m.theme(), t -> new ArrayList<>()).add(m);
        }
        List<String> blocks = new ArrayList<>();
        for (List<Measure> theme : themes.values()) {
            String sentences = sentences(theme);
            if (!sentences.isEmpty()) {
                blocks.add(sentences);
            }
        }
        List<String> notes = notes(activity.notes());
        if (!notes.isEmpty()) {
            blocks.add(d.text("activities.notes", String.join(" ", notes)));
        }
        return String.join("\n\n", blocks);
    }

    /**
     * One theme's measures as sentences, each lead-in said once and no sentence with two colons: what the city has,
     * then what it has in part, then what is missing ("Valmonte has a budget. Consulted as a matter of routine: a
     * council, but not residents in general. Partly in place: a strategy (being drafted). Not in place: an
     * evaluated action plan.").
     */
    private String sentences(List<Measure> measures) {
        List<String> has = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        Map<String, List<Measure>> byLead = new LinkedHashMap<>();
        for (Measure m : measures) {
            if (!m.lead().isEmpty()) {
                byLead.computeIfAbsent(m.lead(), l -> new ArrayList<>()).add(m);
            } else if (m.status() == Status.HAS) {
                has.add(m.text());
            } else if (m.status() == Status.PARTIAL) {
                partial.add(m.detail().isEmpty() ? m.text() : d.text("activities.partial.item", m.text(), m.detail()));
            } else {
                missing.add(m.text());
            }
        }
        for (Map.Entry<String, List<Measure>> lead : byLead.entrySet()) {
            List<String> yes = lead.getValue().stream()
                    .filter(m -> m.status() != Status.MISSING)
                    .map(Measure::text)
                    .toList();
            List<String> no = lead.getValue().stream()
                    .filter(m -> m.status() == Status.MISSING)
                    .map(Measure::text)
                    .toList();
            String name = Drafting.capitalised(clean(lead.getKey()));
            if (!yes.isEmpty() && !no.isEmpty()) {
                leads.add(d.text("activities.lead.some", name, d.words.list(yes), d.words.list(no)));
            } else if (!yes.isEmpty()) {
                leads.add(d.text("activities.lead.all", name, d.words.list(yes)));
            } else {
                leads.add(d.text("activities.lead.none", name, d.words.list(no)));
            }
        }
        List<String> sentences = new ArrayList<>();
        if (!has.isEmpty()) {
            sentences.add(d.text("activities.has", d.city, d.words.list(has)));
        }
        sentences.addAll(leads);
        if (!partial.isEmpty()) {
            sentences.add(d.text("activities.partial", d.words.list(partial)));
        }
        if (!missing.isEmpty()) {
            sentences.add(d.text("activities.missing.prose", d.words.list(missing)));
        }
        return String.join(" ", sentences);
    }

    /** A theme or lead-in without the colon it may end with. */
    private static String clean(String text) {
        return text.strip().replaceAll("[:\\s]+$", "");
    }

    /** The city's examples as sentences, without file names or links, each once. */
    static List<String> notes(List<String> notes) {
        List<String> sentences = new ArrayList<>();
        for (String note : notes) {
            String text = TAG.matcher(note).replaceAll("");
            text = REFERENCE.matcher(text).replaceAll("").replaceAll("\\s*[;,]\\s*([;,.]|$)", "$1");
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
