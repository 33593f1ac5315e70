package org.iccindex.demo;

import java.time.LocalDate;

/** The editions a synthetic result can belong to: chosen by its publication date, as the real rows are filed. */
enum Edition {
    ICC_2011("icc-2011"),
    ICC_2019("icc-2019");

    private static final LocalDate NEWER_FROM = LocalDate.of(2019, 1, 1);

    private final String id;

    Edition(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static Edition publishedOn(LocalDate date) {
        return date.isBefore(NEWER_FROM) ? ICC_2011 : ICC_2019;
    }
}
