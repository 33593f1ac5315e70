package org.iccindex.site.data;

/** A query parameter that could not be used: which one, the value given, and why (with the accepted values). */
public record QueryProblem(String parameter, String value, String message) {
    @Override
    public String toString() {
        return parameter + "=" + value + ": " + message;
    }
}
