package org.iccindex.demo;

import java.util.EnumSet;
import java.util.Set;

/**
 * The scored areas of the 2019 edition, in report order, with the sample mean the generator aims at. {@link
 * #LEADERSHIP} stands for {@code governance} in an {@code icc-2011} row (the 2019 area continues it).
 */
enum Area {
    COMMITMENT("commitment", 69, false, true),
    EDUCATION("education", 68, true, true),
    NEIGHBOURHOODS("neighbourhoods", 65, true, true),
    PUBLIC_SERVICES("public_services", 44, true, true),
    BUSINESS("business", 46, true, true),
    CULTURE_SOCIAL("culture_social", 73, true, true),
    PUBLIC_SPACE("public_space", 66, true, true),
    MEDIATION("mediation", 60, false, true),
    LANGUAGE("language", 47, false, true),
    MEDIA("media", 46, false, true),
    INTERNATIONAL("international", 68, false, true),
    INTELLIGENCE("intelligence", 62, false, true),
    WELCOMING("welcoming", 56, false, true),
    LEADERSHIP("leadership", 35, false, true),
    // Not among the averages quoted in 2020: plausible values chosen for the demo.
    ANTI_DISCRIMINATION("anti_discrimination", 55, false, false),
    PARTICIPATION("participation", 50, false, false),
    INTERACTION("interaction", 60, false, false);

    /** The 2011 edition's name of the area that {@link #LEADERSHIP} continues. */
    static final String GOVERNANCE = "governance";

    private final String code;
    private final int average;
    private final boolean lens;
    private final boolean inOlderEdition;

    Area(String code, int average, boolean lens, boolean inOlderEdition) {
        this.code = code;
        this.average = average;
        this.lens = lens;
        this.inOlderEdition = inOlderEdition;
    }

    String code() {
        return code;
    }

    /** The city-sample average of the 2020 snapshot (published, or chosen where none was published). */
    int average() {
        return average;
    }

    /** One of the six areas of the intercultural-lens composite. */
    boolean lens() {
        return lens;
    }

    /** The column this area's score goes to in a row of the given edition. */
    String column(Edition edition) {
        return edition == Edition.ICC_2011 && this == LEADERSHIP ? GOVERNANCE : code;
    }

    /** The areas an edition scores. */
    static Set<Area> of(Edition edition) {
        if (edition == Edition.ICC_2019) {
            return EnumSet.allOf(Area.class);
        }
        Set<Area> older = EnumSet.noneOf(Area.class);
        for (Area area : values()) {
            if (area.inOlderEdition) {
                older.add(area);
            }
        }
        return older;
    }
}
