package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lock that repeated failures earn: none below the threshold, then 1, 2, 4... minutes, at most an hour. */
class LoginThrottleTests {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void noLockBelowTheThresholdThenDoublingUpToTheLongest() {
        assertThat(LoginThrottle.lockFor(4, 5, MINUTE, HOUR)).isEmpty();
        assertThat(LoginThrottle.lockFor(5, 5, MINUTE, HOUR)).hasValue(MINUTE);
        assertThat(LoginThrottle.lockFor(6, 5, MINUTE, HOUR)).hasValue(Duration.ofMinutes(2));
        assertThat(LoginThrottle.lockFor(9, 5, MINUTE, HOUR)).hasValue(Duration.ofMinutes(16));
        assertThat(LoginThrottle.lockFor(10, 5, MINUTE, HOUR)).hasValue(Duration.ofMinutes(32));
        assertThat(LoginThrottle.lockFor(11, 5, MINUTE, HOUR)).hasValue(HOUR);
        assertThat(LoginThrottle.lockFor(1_000, 5, MINUTE, HOUR)).hasValue(HOUR);
    }

    @Test
    void theAddressThresholdIsItsOwn() {
        assertThat(LoginThrottle.lockFor(19, 20, MINUTE, HOUR)).isEqualTo(Optional.empty());
        assertThat(LoginThrottle.lockFor(20, 20, MINUTE, HOUR)).hasValue(MINUTE);
    }
}
