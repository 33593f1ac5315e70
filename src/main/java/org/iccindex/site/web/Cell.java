package org.iccindex.site.web;

import java.util.OptionalDouble;
import org.iccindex.scoring.Rounding;

/** A figure as a page shows it: the whole number, with the exact value kept for a data attribute. */
record Cell(Integer shown, Double exact, String text) {
    static final Cell EMPTY = new Cell(null, null, "–");

    static Cell of(OptionalDouble value) {
        return value.isPresent() ? of(value.getAsDouble()) : EMPTY;
    }

    static Cell of(double value) {
        int shown = Rounding.whole(value);
        return new Cell(shown, value, String.valueOf(shown));
    }

    public boolean present() {
        return shown != null;
    }
}
