package org.iccindex.wording;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.RankPosition;
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.scoring.Rounding;

/** The words of one language for the figures the index produces. */
public final class Wording {
    private final TextSource texts;
    private final Locale locale;

    private Wording(TextSource texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The words of {@code locale}, from the application's texts ({@code messageSource::getMessage}). */
    public static Wording of(TextSource texts, Locale locale) {
        return new Wording(texts, locale);
    }

    public Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return texts.text(key, arguments, locale);
    }

    public String number(BigDecimal value) {
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    /** E.g. "200,000 to 500,000 inhabitants", "10-15 % foreign-born residents". */
    public String band(Band band) {
        String axis = band.axis() == BandAxis.POPULATION ? "population" : "foreign_born";
        if (band.lower().isEmpty() && band.upper().isEmpty()) {
            return text("band." + axis + ".all");
        }
        if (band.lower().isEmpty()) {
            return text("band." + axis + ".below", number(band.upper().get()));
        }
        if (band.upper().isEmpty()) {
            return text("band." + axis + ".from", number(band.lower().get()));
        }
        return text(
                "band." + axis + ".between",
                number(band.lower().get()),
                number(band.upper().get()));
    }

    /** The name of a metric: the area's name in the definition, or the lens / aggregate. */
    public String metric(Metric metric, Definition definition) {
        return metricName(metric, definition);
    }

    private String metricName(Metric metric, Definition definition) {
        if (metric instanceof Metric.Area area) {
            return definition
                    .area(area.area())
                    .map(a -> a.name().in(locale.getLanguage()))
                    .orElse(area.code());
        }
        return metric instanceof Metric.Lens ? text("metric.lens") : text("metric.aggregate");
    }

    /** "the whole sample", "cities with 500,000 inhabitants and more", "cities that answered Participation". */
    public String group(ComparisonGroup group, Definition definition) {
        if (group instanceof ComparisonGroup.InBand inBand) {
            return french(text("group.band", band(inBand.band())));
        }
        if (group instanceof ComparisonGroup.AnsweredArea answered) {
            return text("group.answered", metric(Metric.area(answered.area()), definition));
        }
        if (group instanceof ComparisonGroup.AllOf all) {
            List<String> bands = new ArrayList<>();
            for (ComparisonGroup part : all.groups()) {
                bands.add(
                        part instanceof ComparisonGroup.InBand inBand ? band(inBand.band()) : group(part, definition));
            }
            return french(text("group.band", list(bands)));
        }
        if (group instanceof ComparisonGroup.Custom custom) {
            return custom.label();
        }
        return text("group.whole");
    }

    /** "A, B and C" (French: "A, B et C"). */
    public String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + text("list.and") + items.get(items.size() - 1);
    }

    /**
     * Which cities a rank counts: all of them, or, in a group that mixes real cities with the fictional ones of the
     * demo sample, only those of the ranked city's kind (ranks never mix the two).
     */
    public enum Among {
        ALL,
        REAL,
        FICTIONAL;

        /** The kind a rank counts, from the group's count of cities with the figure and the rank's count. */
        public static Among of(int citiesWithFigure, RankPosition rank, boolean synthetic) {
            if (citiesWithFigure <= rank.outOf()) {
                return ALL;
            }
            return synthetic ? FICTIONAL : REAL;
        }
    }

    /** "cities", "real cities", "fictional cities". */
    public String cities(Among among) {
        return text("cities." + among.name().toLowerCase(Locale.ROOT));
    }

    /** "4th of the 26 cities with 500,000 inhabitants and more, ahead of X (79), Y (78) and Z (77)". */
    public String rankStatement(RankPosition rank, ComparisonGroup group, Definition definition, Among among) {
        String statement =
                text("rank.statement", ordinal(rank.position()), rank.outOf(), ranked(group, definition, among));
        return statement + ahead(rank);
    }

    /**
     * A whole statement naming the metric: "Its aggregate index ranks 2nd of the 16 cities that answered the new
     * indicators, ahead of X (79)". {@code group} is empty for the cities that answered all the new indicators.
     */
    public String rankStatement(
            Metric metric,
            RankPosition rank,
            java.util.Optional<ComparisonGroup> group,
            Definition definition,
            Among among) {
        String subject = metric instanceof Metric.Area area
                ? text("rank.subject.area", inSentence(metric(area, definition)))
                : text(metric instanceof Metric.Lens ? "rank.subject.lens" : "rank.subject.aggregate");
        String where =
                group.map(g -> ranked(g, definition, among)).orElseGet(() -> text("group.new.ranked", cities(among)));
        return french(text("rank.metric", subject, ordinal(rank.position()), rank.outOf(), where) + ahead(rank));
    }

    private String ahead(RankPosition rank) {
        if (rank.ahead().isEmpty()) {
            return "";
        }
        List<String> names = rank.ahead().stream()
                .map(n -> n.name() + " (" + Rounding.whole(n.value()) + ")")
                .toList();
        return text("rank.ahead", list(names));
    }

    /** The group as a rank counts it: "cities in the sample", "real cities with 500,000 inhabitants and more". */
    private String ranked(ComparisonGroup group, Definition definition, Among among) {
        if (group instanceof ComparisonGroup.InBand inBand) {
            return french(text("group.band.ranked", cities(among), band(inBand.band())));
        }
        if (group instanceof ComparisonGroup.AnsweredArea answered) {
            return text(
                    "group.answered.ranked",
                    cities(among),
                    inSentence(metric(Metric.area(answered.area()), definition)));
        }
        if (group instanceof ComparisonGroup.WholeSample) {
            return text("group.whole.ranked", cities(among));
        }
        return group(group, definition);
    }

    private static String inSentence(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The French rules of elision and contraction on a French text; other languages unchanged. */
    public String french(String text) {
        return locale.getLanguage().equals("fr") ? French.apply(text) : text;
    }

    /**
     * The comparison of two figures as shown, as an adjective phrase: "considerably higher", "the same";
     * French: "nettement supérieur", "identique" (agreeing with a masculine singular subject such as "score").
     */
    public String comparison(Comparison comparison) {
        return text(comparison.key());
    }

    /**
     * The comparison followed by what links it to the reference: "considerably higher than", "the same as";
     * French: "nettement supérieur à", "identique à" (the reference that follows must not start with an article
     * that contracts with "à", e.g. "celui de l'échantillon", "la moyenne").
     */
    public String comparedTo(Comparison comparison) {
        return text(comparison.key() + ".to");
    }

    /** {@link #comparedTo(Comparison)} for two figures as shown. */
    public String comparedTo(double city, double reference) {
        return comparedTo(Comparison.of(city, reference));
    }

    /** A whole number as shown in reports, e.g. 86 (exact values are rounded half up). */
    public String shown(double value) {
        return String.valueOf(Rounding.whole(value));
    }

    /** A signed difference of shown figures: "+27", "-3", "0". */
    public String difference(double city, double reference) {
        int d = Rounding.whole(city) - Rounding.whole(reference);
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 21st... in English; 1er, 2e... in French. */
    public String ordinal(int position) {
        if (locale.getLanguage().equals("fr")) {
            return position == 1 ? "1er" : position + "e";
        }
        int mod100 = position % 100;
        int mod10 = position % 10;
        String suffix = (mod100 >= 11 && mod100 <= 13)
                ? "th"
                : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
        return position + suffix;
    }
}
