package org.iccindex.account;

/** What a signed-in person may do. Anonymous visitors have no role and see published data only. */
public enum Role {
    /** Creates cities and accounts, invites people; sees everything. */
    ADMINISTRATOR,
    /** The programme's secretariat: keeps the definition, reviews, validates and publishes rounds, writes reports. */
    ANALYST,
    /** A municipal officer who answers and submits the questionnaire for their own city. */
    COORDINATOR,
    /** A colleague of the coordinator who helps answer for their own city but cannot submit. */
    CONTRIBUTOR;

    /** Whether the role belongs to a city (coordinators and contributors). */
    public boolean isCityRole() {
        return this == COORDINATOR || this == CONTRIBUTOR;
    }
}
