package org.iccindex;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code icc.time.zone} (default {@code Europe/Paris}, the zone of the programme's office in Strasbourg): the zone of
 * the application's clock, in which pages show times and "today" begins. Stored times are instants and do not depend
 * on it; the server's own time zone plays no part.
 */
@ConfigurationProperties("icc.time")
record TimeProperties(ZoneId zone) {
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    TimeProperties {
        if (zone == null) {
            zone = DEFAULT_ZONE;
        }
    }
}
