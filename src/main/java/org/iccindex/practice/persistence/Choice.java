package org.iccindex.practice.persistence;

import java.util.Objects;
import java.util.OptionalInt;
import org.iccindex.definition.AreaCode;

/** An analyst's choice about one practice suggested for one area of a city's round. */
public record Choice(AreaCode area, long practiceId, boolean pinned, boolean dropped, OptionalInt position) {
    public Choice {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(position, "position");
    }

    public static Choice none(AreaCode area, long practiceId) {
        return new Choice(area, practiceId, false, false, OptionalInt.empty());
    }

    public Choice withPinned(boolean value) {
        return new Choice(area, practiceId, value, value ? false : dropped, position);
    }

    public Choice withDropped(boolean value) {
        return new Choice(area, practiceId, value ? false : pinned, value, position);
    }

    public Choice at(int index) {
        return new Choice(area, practiceId, pinned, dropped, OptionalInt.of(index));
    }
}
