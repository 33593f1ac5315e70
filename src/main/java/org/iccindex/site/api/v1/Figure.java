package org.iccindex.site.api.v1;

/** A score: the exact value and the whole number shown (half up). */
public record Figure(double exact, int shown) {}
