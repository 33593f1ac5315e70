package org.iccindex.demo;

import java.time.LocalDate;
import java.util.Objects;

/** One round of a city: the year it answered and the date its result was published. */
record Round(int year, LocalDate publishedOn) {
    Round {
        Objects.requireNonNull(publishedOn, "publishedOn");
        if (publishedOn.getYear() < year) {
            throw new IllegalArgumentException("published before its round: " + year + ", " + publishedOn);
        }
    }

    Edition edition() {
        return Edition.publishedOn(publishedOn);
    }
}
