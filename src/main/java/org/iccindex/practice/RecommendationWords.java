package org.iccindex.practice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.Metric;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Band;
import org.iccindex.definition.Definition;
import org.iccindex.scoring.Rounding;
import org.iccindex.wording.Countries;
import org.iccindex.wording.Wording;
import org.springframework.context.MessageSource;

/**
 * The words of the recommendations in one language (English or French), from the application's {@link MessageSource}
 * (the practice bundle) and Wording.
 */
public final class RecommendationWords {
    private final Locale locale;
    private final MessageSource messages;
    private final Wording wording;

    private RecommendationWords(MessageSource messages, Locale locale) {
        this.locale = locale;
        this.messages = messages;
        this.wording = Wording.of(messages::getMessage, locale);
    }

    public static RecommendationWords of(MessageSource messages, Locale locale) {
        return new RecommendationWords(messages, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage().equals("fr") ? "fr" : "en";
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
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
        return text("why.country", Countries.name(country, locale));
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

    /** A practice of a city without a result here: what it is about and where the city stands in that area. */
    String practiceIn(String place, String area, String city, double score) {
        return text("why.practiceIn", place, area, city, Rounding.whole(score));
    }

    /** The origin is not repeated: the suggestion's place names it. */
    String programme() {
        return text("why.programme");
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
