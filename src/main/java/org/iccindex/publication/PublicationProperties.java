package org.iccindex.publication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code icc.publication.*}: {@code version-recheck} (default 0: on every request), how long an instance trusts the
 * version of the public data it last read before reading the version row again. A change committed by this instance
 * is seen at once; one committed by another instance shows on the next request with 0, within the interval otherwise.
 */
@ConfigurationProperties("icc.publication")
public record PublicationProperties(Duration versionRecheck) {
    static final Duration DEFAULT_RECHECK = Duration.ZERO;

    public PublicationProperties {
        if (versionRecheck == null) {
            versionRecheck = DEFAULT_RECHECK;
        } else if (versionRecheck.isNegative()) {
            throw new IllegalArgumentException(
                    "icc.publication.version-recheck must be 0 or more, not " + versionRecheck);
        }
    }
}
