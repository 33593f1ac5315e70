package org.iccindex.definition;

/** Whether a question may be answered "not applicable", and how such an answer scores. */
public enum NotApplicableRule {
    /** "Not applicable" is not an allowed answer. */
    NOT_ALLOWED,
    /** Allowed; the question leaves the area's maximum, as if it did not exist. */
    EXCLUDE,
    /** Allowed; scored 0 out of the question's maximum (e.g. national law forbids it). */
    NOT_ACHIEVED;

    public boolean allowsNotApplicable() {
        return this != NOT_ALLOWED;
    }
}
