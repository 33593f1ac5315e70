package org.iccindex.result;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.definition.EditionId;

/**
 * Which of a city's results a request means: the year of the round and, when two editions have a result for the
 * same city and year, the edition. A result is identified by (city, edition, year); the edition may be left out only
 * while it is unambiguous.
 */
public record RoundChoice(int year, Optional<EditionId> edition) {
    public RoundChoice {
        Objects.requireNonNull(edition, "edition");
    }

    public static RoundChoice of(int year) {
        return new RoundChoice(year, Optional.empty());
    }

    /** From request text: a blank edition means "not given"; a malformed one is refused with its value. */
    public static RoundChoice of(int year, String edition) {
        if (edition == null || edition.isBlank()) {
            return of(year);
        }
        return new RoundChoice(year, Optional.of(new EditionId(edition.strip())));
    }

    /**
     * The one result among a city's results that this choice names; empty when there is none. Throws
     * {@link AmbiguousRoundException} when several editions have a result for the year and none was chosen.
     */
    public Optional<StoredResult> pick(List<StoredResult> cityResults) {
        List<StoredResult> matching = cityResults.stream()
                .filter(r -> r.round() == year)
                .filter(r -> edition.isEmpty() || edition.get().equals(r.edition()))
                .toList();
        if (matching.size() > 1) {
            throw new AmbiguousRoundException(
                    matching.get(0).city().slug().value(),
                    year,
                    matching.stream().map(StoredResult::edition).toList());
        }
        return matching.stream().findFirst();
    }

    /** Two editions have a result for the city's year and the request did not say which one it means. */
    public static final class AmbiguousRoundException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        AmbiguousRoundException(String city, int year, List<EditionId> editions) {
            super("city '" + city + "' has results of " + editions.size() + " editions for " + year + " ("
                    + String.join(", ", editions.stream().map(EditionId::value).toList())
                    + "): choose one with edition=<id> (--edition on the command line)");
        }
    }
}
