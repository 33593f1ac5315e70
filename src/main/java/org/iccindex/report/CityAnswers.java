package org.iccindex.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;

/**
 * Where the report reads what a city does: its profile facts and, per area, the measures it reported with their
 * evidence. The questionnaire module supplies the real one; without it a report says that no answers are recorded.
 */
public interface CityAnswers {
    /** No answers recorded anywhere. */
    CityAnswers NONE = new CityAnswers() {
        @Override
        public List<Fact> profile(CitySlug city, int round, Locale locale) {
            return List.of();
        }

        @Override
        public AreaActivity activity(CitySlug city, int round, AreaCode area, Locale locale) {
            return AreaActivity.NONE;
        }

        @Override
        public Optional<EvidenceShare> evidence(CitySlug city, int round) {
            return Optional.empty();
        }
    };

    /** Profile facts the city answered (beyond population and shares, which the result carries), labelled. */
    List<Fact> profile(CitySlug city, int round, Locale locale);

    /** What the city reported in an area. */
    AreaActivity activity(CitySlug city, int round, AreaCode area, Locale locale);

    /** The evidence behind the points of the city's published round; empty without answers or without points. */
    Optional<EvidenceShare> evidence(CitySlug city, int round);

    /**
     * The share of the points earned whose answers carry evidence, as a whole percentage; {@code reconstructed}
     * when the answers and their evidence were written by this project to reconstruct a result, not by the city.
     */
    record EvidenceShare(int percent, boolean reconstructed) {
        public EvidenceShare {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("a share lies in 0..100: " + percent);
            }
        }
    }

    /**
     * A city's answers in one area: {@code measures}, every measure the index looks for in the area with what the
     * city has of it; {@code notes}, the examples the city gave with its answers (its evidence notes: what exists,
     * since when, how many, with whom), in question order; {@code evidence}, the references it attached (labels,
     * links, file names), for the analyst only, never for the published text. {@code recorded}: whether any answer
     * exists for the area.
     */
    record AreaActivity(boolean recorded, List<Measure> measures, List<String> notes, List<String> evidence) {
        public static final AreaActivity NONE = new AreaActivity(false, List.of(), List.of(), List.of());

        public AreaActivity {
            measures = List.copyOf(measures);
            notes = List.copyOf(notes);
            evidence = List.copyOf(evidence);
        }

        /** The measures the city has, in full or in part. */
        public List<String> achieved() {
            return measures.stream()
                    .filter(m -> m.status() != Status.MISSING)
                    .map(Measure::text)
                    .toList();
        }

        /** The measures the index looks for that the city lacks. */
        public List<String> missing() {
            return measures.stream()
                    .filter(m -> m.status() == Status.MISSING)
                    .map(Measure::text)
                    .toList();
        }
    }

    /** How much of a measure the city has. */
    enum Status {
        /** The city has it in full. */
        HAS,
        /** Part of the way: {@link Measure#detail()} says how far. */
        PARTIAL,
        /** The city does not have it. */
        MISSING
    }

    /**
     * One measure in the city's words for the report: {@code theme}, the question's theme ("strategy and planning";
     * empty when it has none), {@code lead}, the lead-in the options of one question share ("consulted as a matter of
     * routine"; empty for a measure asked on its own), {@code text}
     * ("a budget for the intercultural strategy"), its status, and for a partial one how far it goes ("a strategy
     * is being drafted").
     */
    record Measure(String theme, String lead, String text, Status status, String detail) {
        public Measure {
            java.util.Objects.requireNonNull(theme, "theme");
            java.util.Objects.requireNonNull(lead, "lead");
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(status, "status");
            java.util.Objects.requireNonNull(detail, "detail");
        }
    }
}
