package org.iccindex.site.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** HTTP dates (IMF-fixdate), formatted once per distinct instant: cached answers share a few of them. */
final class HttpDate {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static volatile Object[] last = {Long.MIN_VALUE, ""};

    private HttpDate() {}

    static String format(long epochMillis) {
        Object[] cached = last;
        if ((long) cached[0] == epochMillis) {
            return (String) cached[1];
        }
        String text = FORMAT.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
        last = new Object[] {epochMillis, text};
        return text;
    }
}
