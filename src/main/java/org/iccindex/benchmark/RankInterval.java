package org.iccindex.benchmark;

/**
 * A city's rank across the method variants, among the {@code outOf} cities of its kind (real or fictional) that
 * have the figures: {@code nominal} with the edition's own method (weighted arithmetic mean, exact values), the
 * {@code median} rank over the variants, and the interval {@code low}..{@code high} that holds 90 % of them (ranks
 * are 1 for the best; ties share the better rank).
 */
public record RankInterval(
        String city, String name, boolean synthetic, int outOf, int nominal, int median, int low, int high) {}
