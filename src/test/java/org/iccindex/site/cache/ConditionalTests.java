package org.iccindex.site.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ConditionalTests {
    private static final String ETAG = "W/\"abc\"";
    private static final long MODIFIED =
            ZonedDateTime.parse("2026-11-08T09:05:03Z").toInstant().toEpochMilli();

    @Test
    void anEntityTagMatchesWeaklyInAListOrAsAStar() {
        assertThat(Conditional.matches("W/\"abc\"", ETAG)).isTrue();
        assertThat(Conditional.matches("\"abc\"", ETAG)).isTrue();
        assertThat(Conditional.matches("\"x\", W/\"abc\"", ETAG)).isTrue();
        assertThat(Conditional.matches("*", ETAG)).isTrue();
        assertThat(Conditional.matches("W/\"abd\"", ETAG)).isFalse();
    }

    @Test
    void ifModifiedSinceCountsOnlyWithoutIfNoneMatch() {
        MockHttpServletRequest since = new MockHttpServletRequest();
        since.addHeader("If-Modified-Since", HttpDate.format(MODIFIED));
        assertThat(Conditional.notModified(since, ETAG, MODIFIED)).isTrue();
        assertThat(Conditional.notModified(since, ETAG, MODIFIED + 1000)).isFalse();
        since.addHeader("If-None-Match", "\"other\"");
        assertThat(Conditional.notModified(since, ETAG, MODIFIED)).isFalse();
        MockHttpServletRequest garbled = new MockHttpServletRequest();
        garbled.addHeader("If-Modified-Since", "yesterday");
        assertThat(Conditional.notModified(garbled, ETAG, MODIFIED)).isFalse();
    }

    @Test
    void httpDatesHaveTwoDigitDays() {
        assertThat(HttpDate.format(MODIFIED)).isEqualTo("Sun, 08 Nov 2026 09:05:03 GMT");
    }
}
