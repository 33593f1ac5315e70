package org.iccindex.site.web;

import java.text.NumberFormat;
import java.util.List;
import org.iccindex.benchmark.RobustnessSettings;
import org.iccindex.web.Words;

/** The methodology page's account of rank robustness, written from the settings the pages use. */
record RobustnessMethod(List<String> paragraphs) {
    static RobustnessMethod of(RobustnessSettings settings, Words words) {
        NumberFormat number = NumberFormat.getNumberInstance(words.locale());
        String draws = number.format(settings.draws());
        return new RobustnessMethod(List.of(
                words.t(
                        "site.method.robustness.variants",
                        draws,
                        number.format(1 - settings.weightSpread()),
                        number.format(1 + settings.weightSpread()),
                        number.format(settings.geometricShare() * 100)),
                words.t("site.method.robustness.who"),
                words.t(
                        "site.method.robustness.figures",
                        String.valueOf(settings.seed()),
                        number.format(RobustnessSettings.MAX_DRAWS))));
    }
}
