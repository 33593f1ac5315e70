package org.iccindex.report;

import java.util.List;
import java.util.Locale;
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
    };

    /** Profile facts the city answered (beyond population and shares, which the result carries), labelled. */
    List<Fact> profile(CitySlug city, int round, Locale locale);

    /** What the city reported in an area. */
    AreaActivity activity(CitySlug city, int round, AreaCode area, Locale locale);

    /**
     * A city's answers in one area: {@code achieved}, measures it has (question or option texts, in the report's
     * language); {@code missing}, measures the index looks for that it lacks; {@code evidence}, the examples and
     * references it gave. {@code recorded}: whether any answer exists for the area.
     */
    record AreaActivity(boolean recorded, List<String> achieved, List<String> missing, List<String> evidence) {
        public static final AreaActivity NONE = new AreaActivity(false, List.of(), List.of(), List.of());

        public AreaActivity {
            achieved = List.copyOf(achieved);
            missing = List.copyOf(missing);
            evidence = List.copyOf(evidence);
        }
    }
}
