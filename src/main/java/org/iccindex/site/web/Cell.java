package org.iccindex.site.web;

import java.util.OptionalDouble;
import org.iccindex.scoring.Rounding;
import org.iccindex.web.Words;

/** A figure as a page shows it: the whole number, with the exact value kept for a data attribute. */
record Cell(Integer shown, Double exact, String text) {
    static final Cell EMPTY = new Cell(null, null, "–");

    static Cell of(OptionalDouble value) {
        return value.isPresent() ? of(value.getAsDouble()) : EMPTY;
    }

    /**
     * A city's figure from its result: the number, or "not published" when the result gives no figure for that
     * metric (a published report that scores no such area). Not for sample statistics, whose absence is a dash.
     */
    static Cell ofResult(OptionalDouble value, Words words) {
        return value.isPresent() ? of(value.getAsDouble()) : notPublished(words);
    }

    static Cell notPublished(Words words) {
        return new Cell(null, null, words.t("site.city.notPublished"));
    }

    static Cell of(double value) {
        int shown = Rounding.whole(value);
        return new Cell(shown, value, String.valueOf(shown));
    }

    public boolean present() {
        return shown != null;
    }
}
