package org.iccindex.report;

/**
 * A labelled figure or text of the city's profile, e.g. "Population" / "720,000". {@code key}: the question it
 * answers ("profile.nationalities"; empty when it answers none), so that the overview can say it in a sentence;
 * {@code figure}: the bare value, without the unit the label or the sentence already carries ("105");
 * {@code language}: empty when the value is in the report's language, else the language it is in ("en" for a
 * stored English citation in a French report), for the page to mark it.
 */
public record Fact(String label, String value, String key, String figure, String language) {
    public Fact {
        java.util.Objects.requireNonNull(label, "label");
        java.util.Objects.requireNonNull(value, "value");
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(figure, "figure");
        java.util.Objects.requireNonNull(language, "language");
    }

    public Fact(String label, String value, String key, String figure) {
        this(label, value, key, figure, "");
    }

    public Fact(String label, String value) {
        this(label, value, "", value);
    }
}
