package org.iccindex.site.api.v1;

/** A position in a ranking: {@code position} of {@code outOf} cities with a figure; ties share a position. */
public record Rank(int position, int outOf) {}
