package org.iccindex.report;

/** A labelled figure or text of the city's profile, e.g. "Population" / "720,000". */
public record Fact(String label, String value) {}
