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
        Map<String, List<Measure>> themes = new LinkedHashMap<>();
        for (Measure m : activity.measures()) {
            themes.computeIfAbsent(m.theme(), t -> new ArrayList<>()).add(m);
        }
        List<String> sentences = new ArrayList<>();
        for (Map.Entry<String, List<Measure>> theme : themes.entrySet()) {
            String sentence = sentence(theme.getValue());
            if (sentence.isEmpty()) {
                continue;
            }
            sentences.add(
                    theme.getKey().isEmpty()
                            ? Drafting.capitalised(sentence) + "."
                            : d.text("activities.theme", Drafting.capitalised(clean(theme.getKey())), sentence));
        }
        List<String> blocks = new ArrayList<>();
        if (!sentences.isEmpty()) {
            blocks.add(String.join(" ", sentences));
        }
        List<String> notes = notes(activity.notes());
        if (!notes.isEmpty()) {
            blocks.add(d.text("activities.notes", String.join(" ", notes)));
        }
        return String.join("\n\n", blocks);
    }

    /**
     * One theme's measures as one sentence, each lead-in said once: what the city has, then what it has in part,
     * then what is missing ("Valmonte has a budget; consulted as a matter of routine: a council, but not residents
     * in general; part of the way only: a strategy (being drafted); not in place: an evaluated action plan").
     */
    private String sentence(List<Measure> measures) {
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
            String name = clean(lead.getKey());
            if (!yes.isEmpty() && !no.isEmpty()) {
                leads.add(d.text("activities.lead.some", name, d.words.list(yes), d.words.list(no)));
            } else if (!yes.isEmpty()) {
                leads.add(d.text("activities.lead.all", name, d.words.list(yes)));
            } else {
                missing.add(d.text("activities.lead.all", name, d.words.list(no)));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!has.isEmpty()) {
            parts.add(d.text("activities.has", d.city, d.words.list(has)));
        }
        parts.addAll(leads);
        if (!partial.isEmpty()) {
            parts.add(d.text("activities.partial", d.words.list(partial)));
        }
        if (!missing.isEmpty()) {
            parts.add(d.text("activities.missing.prose", d.words.list(missing)));
        }
        return String.join(d.text("activities.join"), parts);
    }

    /** A theme or lead-in without the colon it may end with. */
    private static String clean(String text) {
        return text.strip().replaceAll("[:\\s]+$", "");
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
