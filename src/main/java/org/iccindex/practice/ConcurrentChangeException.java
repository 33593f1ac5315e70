package org.iccindex.practice;

/**
 * The practice changed since the version the user started from: nothing was saved. {@code current} is the practice
 * as it now stands, so the user can compare and decide.
 */
public class ConcurrentChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Practice current;

    public ConcurrentChangeException(Practice current, int expectedVersion) {
        super("the practice was changed by " + current.changedBy() + " at " + current.changedAt()
                + " (now version " + current.version() + ", you started from version " + expectedVersion
                + "): nothing was saved");
        this.current = current;
    }

    public Practice current() {
        return current;
    }
}
