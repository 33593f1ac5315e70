package org.iccindex.report;

/**
 * A labelled figure or text of the city's profile, e.g. "Population" / "720,000". {@code key}: the question it
 * answers ("profile.nationalities"; empty when it answers none), so that the overview can say it in a sentence;
 * {@code figure}: the bare value, without the unit the label or the sentence already carries ("105").
 */
public record Fact(String label, String value, String key, String figure) {
    public Fact {
        java.util.Objects.requireNonNull(label, "label");
        java.util.Objects.requireNonNull(value, "value");
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(figure, "figure");
    }

    public Fact(String label, String value) {
        this(label, value, "", value);
    }
}
