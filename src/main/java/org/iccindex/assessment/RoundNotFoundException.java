package org.iccindex.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such round, or none the person may see: a coordinator asking for another city's round gets the same answer
 * as for a round that does not exist, so that its existence does not leak.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public final class RoundNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RoundNotFoundException(long id) {
        super("no round " + id);
    }

    public RoundNotFoundException(String what) {
        super(what);
    }
}
