package org.iccindex.site;

import java.util.Optional;
import org.iccindex.city.CitySlug;

/**
 * Extension point of the city page: the module holding the answers behind published results says how much of a
 * published round's points rest on evidence, and the page shows it when there is a share to show. Implementations
 * answer for PUBLISHED rounds only.
 */
public interface EvidenceShares {

    /** The evidence behind a city's published round; empty without answers or without points earned. */
    Optional<Share> of(CitySlug city, int round);

    /**
     * The share of the points earned whose answers carry evidence, as a whole percentage; {@code reconstructed}
     * when this project wrote the answers and their evidence to reconstruct the result, so none of it is the city's.
     */
    record Share(int percent, boolean reconstructed) {
        public Share {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("a share lies in 0..100: " + percent);
            }
        }
    }
}
