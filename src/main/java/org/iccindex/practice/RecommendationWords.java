package org.iccindex.practice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.Metric;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Band;
import org.iccindex.definition.Definition;
import org.iccindex.scoring.Rounding;
import org.iccindex.wording.Wording;

/** The words of the recommendations in one language (English or French), from the practice bundle and Wording. */
public final class RecommendationWords {
    private final Locale locale;
    private final ResourceBundle bundle;
    private final Wording wording;

    private RecommendationWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "i18n/practice",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.wording = Wording.of(locale);
    }

    public static RecommendationWords of(Locale locale) {
        return new RecommendationWords(locale);
    }

    public String language() {
        return locale.getLanguage().equals("fr") ? "fr" : "en";
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String area(AreaCode area, Definition definition) {
        return wording.metric(Metric.area(area), definition);
    }

    String peer(String city, double score, String area) {
        return text("why.peer", city, Rounding.whole(score), area);
    }

    String populationBand(Band band, boolean same) {
        return text(same ? "why.population.same" : "why.population.next", wording.band(band));
    }

    String foreignBorn(BigDecimal peer, String city, BigDecimal own) {
        return text("why.foreignBorn", share(peer), city, share(own));
    }

    String sameCountry(String country) {
        return text("why.country", country);
    }

    String sameRegion(String region) {
        return text("why.region", text("region." + region));
    }

    String noResult(String place) {
        return text("why.noResult", place);
    }

    String noAreaScore(String place, String area) {
        return text("why.noAreaScore", place, area);
    }

    String programme(String origin) {
        return text("why.programme", origin);
    }

    String pinned() {
        return text("why.pinned");
    }

    String belowGroup(ComparisonGroup group, Definition definition, double mean) {
        return text("shortfall.group", wording.group(group, definition), Rounding.whole(mean));
    }

    String belowPublished(double average) {
        return text("shortfall.published", Rounding.whole(average));
    }

    String belowLevel(double level) {
        return text("shortfall.level", Rounding.whole(level));
    }

    private String share(BigDecimal value) {
        return wording.number(value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros());
    }
}
