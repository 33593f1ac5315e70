package org.iccindex.definition;

/** How a question is answered. */
public enum AnswerType {
    /** Yes or no; options {@code yes} and {@code no} carry the points. */
    YES_NO,
    /** One option of several. */
    SINGLE_CHOICE,
    /** "Which of these exist": any number of options, points add up. */
    MULTIPLE_CHOICE,
    /** A number; scored through thresholds when it has any. */
    NUMBER,
    /** A share from 0 to 100; scored through thresholds when it has any. */
    PERCENTAGE,
    /** Free text; never scored. */
    TEXT;

    public boolean hasOptions() {
        return this == YES_NO || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == PERCENTAGE;
    }
}
