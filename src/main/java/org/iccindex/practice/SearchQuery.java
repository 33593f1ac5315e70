package org.iccindex.practice;

import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.AreaCode;

/** A search of the public catalogue: words (any language; blank lists everything) and optional filters. */
public record SearchQuery(String text, Optional<AreaCode> area, Optional<String> country, Optional<String> band) {
    public SearchQuery {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(area, "area");
        country = Objects.requireNonNull(country, "country").map(String::strip).filter(c -> !c.isEmpty());
        band = Objects.requireNonNull(band, "band").map(String::strip).filter(b -> !b.isEmpty());
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean hasFilters() {
        return area.isPresent() || country.isPresent() || band.isPresent();
    }

    public SearchQuery withoutFilters() {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
