package org.iccindex.site.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.benchmark.Robustness;
import org.iccindex.definition.Definition;
import org.iccindex.web.Words;

/**
 * What a city page says about how much its rank depends on the method: its rank among cities of its kind with every
 * area score, and the interval that holds 90 % of its ranks over the method variants; or why there is none.
 */
record RobustnessLine(String sentence, boolean computed) {
    static final String METHOD_HREF = "/methodology#robustness";

    static Optional<RobustnessLine> of(Robustness robustness, String city, Definition definition, Words words) {
        Optional<RankInterval> interval = robustness.of(city);
        if (interval.isPresent()) {
            RankInterval i = interval.get();
            var wording = words.wording();
            String sentence = words.t(
                    i.synthetic() ? "site.robustness.fictional" : "site.robustness.real",
                    i.outOf(),
                    wording.ordinal(i.nominal()),
                    wording.ordinal(i.low()),
                    wording.ordinal(i.high()),
                    NumberFormat.getIntegerInstance(words.locale())
                            .format(robustness.settings().draws()),
                    wording.ordinal(i.median()));
            return Optional.of(new RobustnessLine(sentence, true));
        }
        return robustness.exclusion(city).map(e -> {
            List<String> names = e.missing().stream()
                    .map(code ->
                            definition.area(code).map(a -> words.in(a.name())).orElse(code.value()))
                    .toList();
            return new RobustnessLine(
                    words.t("site.robustness.none", words.wording().list(names)), false);
        });
    }
}
