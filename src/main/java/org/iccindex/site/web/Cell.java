package org.iccindex.site.web;

import java.util.OptionalDouble;
import org.iccindex.scoring.Rounding;

/** A figure as a page shows it: the whole number, with the exact value kept for a tooltip or a data attribute. */
record Cell(Integer shown, Double exact) {
    static final Cell EMPTY = new Cell(null, null);

    static Cell of(OptionalDouble value) {
        return value.isPresent() ? new Cell(Rounding.whole(value.getAsDouble()), value.getAsDouble()) : EMPTY;
    }

    static Cell of(double value) {
        return new Cell(Rounding.whole(value), value);
    }

    public boolean present() {
        return shown != null;
    }

    public String text() {
        return shown == null ? "–" : shown.toString();
    }
}
