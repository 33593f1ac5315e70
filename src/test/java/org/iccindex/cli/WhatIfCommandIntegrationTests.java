package org.iccindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The what-if command on the demo data: Valmonte's draft 2026 round, and its bad input. */
class WhatIfCommandIntegrationTests {
    /** An in-memory database of this test's own, with the demo data. */
    private List<String> database;

    @BeforeEach
    void useAFreshDatabase() {
        database = CliRunner.freshDemoDatabase();
    }

    @Test
    void listsChangesAndAPlanWhoseStepsAddUpToItsEnd() {
        CliRunner run = CliRunner.run(
                database,
                "whatif",
                "--city",
                "valmonte",
                "--round",
                "2026",
                "--metric",
                "commitment",
                "--target",
                "80",
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("status").asString()).isEqualTo("draft");
        double value = json.get("value").asDouble();
        JsonNode suggestions = json.get("suggestions");
        assertThat(suggestions.size()).isBetween(1, 10);
        double previousGain = Double.MAX_VALUE;
        for (JsonNode s : suggestions) {
            assertThat(s.get("before").asDouble()).isEqualTo(value);
            assertThat(s.get("gain").asDouble()).isPositive().isLessThanOrEqualTo(previousGain);
            assertThat(s.get("area").asString()).isEqualTo("commitment");
            previousGain = s.get("gain").asDouble();
        }
        JsonNode plan = json.get("plan");
        assertThat(plan.get("reached").asBoolean()).isTrue();
        JsonNode steps = plan.get("steps");
        double at = value;
        for (JsonNode step : steps) {
            assertThat(step.get("before").asDouble()).isEqualTo(at);
            at = step.get("after").asDouble();
        }
        assertThat(at).isEqualTo(plan.get("end").asDouble()).isGreaterThanOrEqualTo(79.5);
    }

    @Test
    void theTableNamesTheRoundTheMetricAndThePlan() {
        CliRunner run = CliRunner.run(
                database, "whatif", "--city", "valmonte", "--round", "2023", "--metric", "aggregate", "--target", "70");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Valmonte 2023 (published), Aggregate index: ");
        assertThat(run.out()).contains("Changes that raise it most (each alone, exact gain):");
        assertThat(run.out()).containsPattern("Plan: from \\d+ to 7\\d \\(target 70\\) in \\d+ changes");
    }

    @Test
    void anUnknownMetricIsAUsageErrorAndAnUnknownRoundIsRejected() {
        CliRunner metric =
                CliRunner.run(database, "whatif", "--city", "valmonte", "--round", "2026", "--metric", "budget");
        assertThat(metric.exitCode()).isEqualTo(2);
        assertThat(metric.err()).contains("unknown metric 'budget' in edition icc-2019; one of aggregate, lens");

        CliRunner round =
                CliRunner.run(database, "whatif", "--city", "valmonte", "--round", "2019", "--metric", "lens");
        assertThat(round.exitCode()).isEqualTo(1);
        assertThat(round.err()).contains("no round 2019 for city 'valmonte'");

        CliRunner target = CliRunner.run(
                database, "whatif", "--city", "valmonte", "--round", "2026", "--metric", "lens", "--target", "140");
        assertThat(target.exitCode()).isEqualTo(2);
        assertThat(target.err()).contains("--target lies between 0 and 100, found 140");
    }
}
