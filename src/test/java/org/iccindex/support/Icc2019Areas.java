package org.iccindex.support;

import java.util.List;

/**
 * The 17 scored areas of the 2019 instrument in report order, and the six of the intercultural lens, for the test
 * editions built in code as stand-ins for it (the shipped definition's own tests spell them out as assertions).
 */
public final class Icc2019Areas {
    public static final List<String> ALL = List.of(
            "commitment",
            "education",
            "neighbourhoods",
            "public_services",
            "business",
            "culture_social",
            "public_space",
            "mediation",
            "language",
            "media",
            "international",
            "intelligence",
            "welcoming",
            "leadership",
            "anti_discrimination",
            "participation",
            "interaction");

    public static final List<String> LENS = ALL.subList(1, 7);

    private Icc2019Areas() {}
}
