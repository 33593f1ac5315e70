package org.iccindex.practice;

/** No practice with this id. */
public class PracticeNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PracticeNotFoundException(long id) {
        super("no practice " + id);
    }
}
