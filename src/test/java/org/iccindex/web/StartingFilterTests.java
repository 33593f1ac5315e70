package org.iccindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.iccindex.messages.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Until the application is ready, pages answer 503 "starting" (never an empty league); the probes answer. */
class StartingFilterTests {
    private final AtomicReference<ReadinessState> readiness = new AtomicReference<>(ReadinessState.REFUSING_TRAFFIC);

    private final ApplicationAvailability availability = new ApplicationAvailability() {
        @Override
        @SuppressWarnings("unchecked")
        public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
            return type == ReadinessState.class ? (S) readiness.get() : (S) LivenessState.CORRECT;
        }

        @Override
        public <S extends AvailabilityState> S getState(Class<S> type) {
            return getState(type, null);
        }

        @Override
        public <S extends AvailabilityState>
                org.springframework.boot.availability.AvailabilityChangeEvent<S> getLastChangeEvent(Class<S> type) {
            return null;
        }
    };

    private final StartingFilter filter = new StartingFilter(availability, Messages.create());

    private MockHttpServletResponse get(String path, Locale language, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(language);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void whileStartingEveryPageSays503StartingInTheReadersLanguage() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse english = get("/", Locale.ENGLISH, chain);
        assertThat(english.getStatus()).isEqualTo(503);
        assertThat(english.getHeader("Retry-After")).isEqualTo("5");
        assertThat(english.getContentAsString()).contains("<h1>Starting</h1>").doesNotContain("0 cities");
        assertThat(chain.getRequest()).as("the application was not asked").isNull();

        MockHttpServletResponse french = get("/api/v1/results", Locale.FRENCH, new MockFilterChain());
        assertThat(french.getStatus()).isEqualTo(503);
        assertThat(french.getContentAsString()).contains("<html lang=\"fr\">").contains("Démarrage");
    }

    @Test
    void theProbesAnswerWhileStartingAndPagesOnceReady() throws Exception {
        MockFilterChain probe = new MockFilterChain();
        get("/actuator/health/readiness", Locale.ENGLISH, probe);
        assertThat(probe.getRequest()).as("the probe reached the application").isNotNull();

        readiness.set(ReadinessState.ACCEPTING_TRAFFIC);
        MockFilterChain page = new MockFilterChain();
        assertThat(get("/", Locale.ENGLISH, page).getStatus()).isEqualTo(200);
        assertThat(page.getRequest()).isNotNull();
    }
}
