package org.iccindex.report.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccindex.report.Fact;

/**
 * The city's answered profile facts said as sentences ("Residents of 105 nationalities live in Ansan."), never as
 * "Question?: answer". A fact the report has no sentence for stays in the profile table only. Free-text answers are
 * written in the language of the answers file (English for the shipped ones): a report in another language says
 * them only where it can put them in its own words (the main origins, whose country names the locale data gives).
 */
final class ProfileProse {
    /** One group of the main origins: "China 65 %", "Russia 7.8 %". */
    private static final Pattern ORIGIN =
            Pattern.compile("\\s*([\\p{L}][\\p{L} .'-]*?)\\s+(\\d+(?:[.,]\\d+)?)\\s*%\\s*");

    private final Drafting d;

    ProfileProse(Drafting drafting) {
        this.d = drafting;
    }

    /** The short label of a fact in the profile table, else the question it answers. */
    String label(Fact fact) {
        String key = "fact." + fact.key();
        return !fact.key().isEmpty() && d.texts.has(key) ? d.text(key) : fact.label();
    }

    /**
     * A fact's value as the profile table shows it: as answered in English; in another language, a free-text answer
     * only where the report can say it in that language (the main origins), since the shipped answers are English.
     */
    Optional<String> value(Fact fact) {
        if (d.language().equals("en") || !fact.figure().equals(fact.value())) {
            return Optional.of(fact.value());
        }
        if (fact.key().equals("profile.main_nationalities")) {
            return origins(fact.figure());
        }
        return fact.figure().matches("[\\d\\s.,\u00a0\u202f]+") ? Optional.of(fact.value()) : Optional.empty();
    }

    String narrative(List<Fact> facts) {
        List<String> sentences = new ArrayList<>();
        for (Fact fact : facts) {
            sentence(fact).ifPresent(sentences::add);
        }
        return String.join(" ", sentences);
    }

    private Optional<String> sentence(Fact fact) {
        String key = "overview.fact." + fact.key();
        if (fact.key().isEmpty() || !d.texts.has(key)) {
            return Optional.empty();
        }
        boolean english = d.language().equals("en");
        return switch (fact.key()) {
            case "profile.main_nationalities" -> origins(fact.figure()).map(list -> d.text(key, d.city, list));
            case "profile.structure" -> english ? Optional.of(d.text(key, d.city, fact.figure())) : Optional.empty();
            default -> Optional.of(d.text(key, d.city, fact.figure()));
        };
    }

    /**
     * The main origins as a list in the report's language ("Chine (65 %), Ouzbékistan (10 %) ..."), a trailing remark
     * in brackets left out; empty when the answer is not such a list.
     */
    Optional<String> origins(String answer) {
        String list = answer.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        List<String> items = new ArrayList<>();
        for (String part : list.split("[,;]")) {
            Matcher m = ORIGIN.matcher(part);
            if (!m.matches()) {
                return d.language().equals("en") ? Optional.of(answer) : Optional.empty();
            }
            String number = d.language().equals("fr") ? m.group(2).replace('.', ',') : m.group(2);
            items.add(d.text("overview.origin", d.countryInSentence(m.group(1).strip()), number));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(d.words.list(items));
    }
}
