package org.iccindex.practice.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.shared.Problem;
import org.junit.jupiter.api.Test;

/** The shipped seed files are valid and hold what the report cites; a broken file names file, line and key. */
class SeedReaderTests {
    private static final List<AreaCode> AREAS =
            EditionCatalog.loadFromClasspath().get(new EditionId("icc-2019")).scoredAreas().stream()
                    .map(Area::code)
                    .toList();

    private static String file(String name) throws IOException {
        return Files.readString(Path.of("src/main/resources/practice", name), StandardCharsets.UTF_8);
    }

    @Test
    void theSeedHoldsEveryPracticeTheReportCitesWithItsAreas() throws IOException {
        SeedFile seed = SeedReader.read("seed-practices.yaml", file("seed-practices.yaml"), AREAS);
        assertThat(seed.problems()).filteredOn(Problem::isError).isEmpty();
        Map<String, String> areas = new TreeMap<>();
        seed.practices()
                .forEach(p -> areas.put(
                        p.slug(),
                        p.content().areas().stream().map(AreaCode::value).collect(Collectors.joining(","))));
        assertThat(areas)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("auckland-research-and-monitoring-unit", "commitment,intelligence"),
                        Map.entry("auckland-tripartite-economic-alliance", "business,international"),
                        Map.entry("geneva-diversity-policy-evaluation", "commitment"),
                        Map.entry("bradford-schools-linking-network", "education"),
                        Map.entry("bradford-strategy-consultation", "participation"),
                        Map.entry("montreal-history-centre-school-programmes", "education"),
                        Map.entry("montreal-diversity-recruitment", "public_services"),
                        Map.entry("zurich-housing-mix-and-integration-funds", "neighbourhoods"),
                        Map.entry("dublin-inclusive-public-transport", "anti_discrimination,public_services"),
                        Map.entry("dna-cascais-entrepreneurship", "business"),
                        Map.entry("kirklees-woven-festival", "culture_social"),
                        Map.entry("steps-participatory-heritage-mapping", "culture_social"),
                        Map.entry("barcelona-public-space", "interaction,public_space"),
                        Map.entry("bergen-outreach-mediation", "mediation"),
                        Map.entry("bergen-interfaith-council", "mediation"),
                        Map.entry("reggio-emilia-two-way-language-learning", "language"),
                        Map.entry("reggio-emilia-diaspora-agreement", "international"),
                        Map.entry("melitopol-university-cultural-competence", "intelligence"),
                        Map.entry("oxford-citizenship-ceremonies", "welcoming"),
                        Map.entry("lewisham-young-mayor", "leadership,participation"),
                        Map.entry("donostia-media-observatory", "anti_discrimination,media"),
                        Map.entry("paris-house-for-exiled-journalists", "media"),
                        Map.entry("anti-rumours-strategy", "anti_discrimination")));
        assertThat(seed.practices()).allSatisfy(p -> {
            assertThat(p.content().source()).contains("Ansan City ICC Index Analysis 2020");
            assertThat(p.content().title().has("fr"))
                    .as(p.slug() + " has a French title")
                    .isTrue();
            assertThat(p.content().summary().has("fr"))
                    .as(p.slug() + " has a French summary")
                    .isTrue();
            assertThat(p.content().synthetic()).isFalse();
        });
    }

    @Test
    void theDemoFileHoldsOnlyFictionalPractices() throws IOException {
        SeedFile demo = SeedReader.read("demo-practices.yaml", file("demo-practices.yaml"), AREAS);
        assertThat(demo.isValid()).as(demo.problems().toString()).isTrue();
        assertThat(demo.practices()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(p -> {
            assertThat(p.content().synthetic()).isTrue();
            assertThat(p.slug()).startsWith("demo-");
        });
    }

    @Test
    void aBrokenFileIsRejectedWithEveryProblemLocated() {
        String yaml = """
                source: "A report"
                recorded_on: 2020-08-27
                practices:
                  - slug: good-one
                    city: Bergen
                    country: Norway
                    areas: [mediation]
                    title: {en: "A title", fr: "Un titre"}
                    summary: "A summary."
                  - slug: Bad Slug
                    city: Nowhere
                    areas: [mediaton]
                    title: {fr: "Seulement en français"}
                    links: [www.example.org]
                    colour: blue
                """;
        SeedFile seed = SeedReader.read("broken.yaml", yaml, AREAS);
        assertThat(seed.isValid()).isFalse();
        assertThat(seed.practices()).isEmpty();
        assertThat(seed.problems().stream().map(Problem::toString))
                .contains(
                        "broken.yaml:10: practices[1].slug: a slug is lower-case letters and digits joined by '-': 'Bad Slug'",
                        "broken.yaml:12: practices[1].areas: areas: unknown area 'mediaton'",
                        "broken.yaml:10: practices[1]: country: required when a city is given",
                        "broken.yaml:10: practices[1]: summary_en: required",
                        "broken.yaml:14: practices[1].links: links: not a web address (http:// or https://): 'www.example.org'",
                        "broken.yaml:15: practices[1].colour: unknown key (allowed: areas, city, country, links, origin, period, process, purpose, rationale, recorded_on, results, slug, source, summary, title)")
                .anySatisfy(p -> assertThat(p).startsWith("broken.yaml:13: practices[1].title: title_en:"));
    }
}
