package org.iccindex.site;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A published item about a city that another module offers to the public pages: a report to download, a good
 * practice it contributed. {@code note} is a short line under the title (format and size, a summary), may be empty.
 */
public record PublicLink(String title, URI href, Optional<LocalDate> date, String note) {
    public PublicLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
    }
}
