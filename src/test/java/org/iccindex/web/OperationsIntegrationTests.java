package org.iccindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.iccindex.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Liveness and readiness for anyone (without details); Prometheus metrics for administrators only. */
@OnH2
@AutoConfigureMockMvc
class OperationsIntegrationTests {
    @Autowired
    MockMvcTester mvc;

    @Test
    void theProbesSayUpOnceStarted() {
        for (String probe :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            MvcTestResult result = mvc.get().uri(probe).exchange();
            assertThat(result).as(probe).hasStatusOk();
            assertThat(result).bodyText().contains("\"status\":\"UP\"").doesNotContain("components");
        }
    }

    @Test
    void prometheusMetricsAreForAdministrators() {
        MvcTestResult anonymous = mvc.get().uri("/actuator/prometheus").exchange();
        assertThat(anonymous.getResponse().getStatus()).isIn(302, 401, 403);
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .with(user("analyst").roles("ANALYST"))
                        .exchange())
                .hasStatus(403);
        MvcTestResult admin = mvc.get()
                .uri("/actuator/prometheus")
                .with(user("admin").roles("ADMINISTRATOR"))
                .exchange();
        assertThat(admin).hasStatusOk();
        assertThat(admin).bodyText().contains("jvm_memory_used_bytes");
    }
}
