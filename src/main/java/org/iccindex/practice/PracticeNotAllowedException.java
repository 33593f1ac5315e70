package org.iccindex.practice;

/** The signed-in person's role does not allow this change to the catalogue. */
public class PracticeNotAllowedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PracticeNotAllowedException(String message) {
        super(message);
    }
}
