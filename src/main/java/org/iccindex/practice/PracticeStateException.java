package org.iccindex.practice;

/** A change the practice's status does not allow (e.g. accepting a retired practice). */
public class PracticeStateException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PracticeStateException(String message) {
        super(message);
    }
}
