package org.iccindex.site.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iccindex.benchmark.RankInterval;
import org.iccindex.benchmark.Robustness;
import org.iccindex.benchmark.RobustnessSettings;
import org.iccindex.definition.Definition;
import org.iccindex.site.api.v1.RobustnessReport;
import org.iccindex.site.data.BadQueryException;
import org.iccindex.site.data.LeagueParams;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.PublicRobustness;
import org.iccindex.site.data.QueryProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiViews.BASE)
@Tag(
        name = "Robustness",
        description = "How much each rank depends on the method: ranks under seeded variants of weights and mean.")
class RobustnessApi {
    private final PublicResults data;
    private final PublicRobustness robustness;

    RobustnessApi(PublicResults data, PublicRobustness robustness) {
        this.data = data;
        this.robustness = robustness;
    }

    @GetMapping(path = "/robustness", produces = "application/json")
    @Operation(
            summary = "Each city's rank interval over method variants, as of the snapshot",
            description = "Ranks only among cities of one kind (synthetic or not) that have every area score; see"
                    + " the methodology page, section robustness.")
    RobustnessReport report(
            @Parameter(description = "edition id (default: the current edition)")
                    @RequestParam(name = "edition", required = false)
                    String edition,
            @Parameter(description = "sample date YYYY-MM-DD (default: today)")
                    @RequestParam(name = "snapshot", required = false)
                    String snapshot) {
        Query query = query(edition, snapshot);
        Robustness r = robustness.of(query.definition(), query.snapshot());
        RobustnessSettings s = r.settings();
        List<RobustnessReport.RankIntervalInfo> intervals = new ArrayList<>();
        for (RankInterval i : r.intervals()) {
            intervals.add(new RobustnessReport.RankIntervalInfo(
                    i.city(), i.name(), i.synthetic(), i.outOf(), i.nominal(), i.median(), i.low(), i.high()));
        }
        return new RobustnessReport(
                query.definition().edition().value(),
                query.snapshot(),
                data.analysis(query.definition(), query.snapshot()).sample().size(),
                new RobustnessReport.RobustnessMethodInfo(
                        s.draws(),
                        s.seed(),
                        "java.util.SplittableRandom",
                        s.weightSpread(),
                        s.geometricShare(),
                        "5th to 95th percentile of the ranks, nearest rank"),
                intervals,
                r.excluded().stream()
                        .map(e -> new RobustnessReport.LeftOut(
                                e.city(),
                                e.synthetic(),
                                e.missing().stream().map(Object::toString).toList()))
                        .toList());
    }

    @GetMapping(path = "/downloads/robustness.csv", produces = "text/csv")
    @Operation(summary = "The rank intervals as CSV (one row per ranked city)")
    ResponseEntity<byte[]> csv(
            @RequestParam(name = "edition", required = false) String edition,
            @RequestParam(name = "snapshot", required = false) String snapshot) {
        Query query = query(edition, snapshot);
        Robustness r = robustness.of(query.definition(), query.snapshot());
        StringBuilder csv = new StringBuilder("city,name,synthetic,out_of,rank,median,low,high,draws,seed\r\n");
        for (RankInterval i : r.intervals()) {
            csv.append(String.join(
                            ",",
                            i.city(),
                            quoted(i.name()),
                            String.valueOf(i.synthetic()),
                            String.valueOf(i.outOf()),
                            String.valueOf(i.nominal()),
                            String.valueOf(i.median()),
                            String.valueOf(i.low()),
                            String.valueOf(i.high()),
                            String.valueOf(r.settings().draws()),
                            String.valueOf(r.settings().seed())))
                    .append("\r\n");
        }
        String name = "robustness-" + query.definition().edition().value() + "-" + query.snapshot() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private Query query(String edition, String snapshot) {
        List<QueryProblem> problems = new ArrayList<>();
        Definition definition = LeagueParams.edition(data.catalog(), edition, problems)
                .orElse(data.catalog().current());
        LocalDate date = LeagueParams.date("snapshot", snapshot, problems).orElse(data.today());
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems);
        }
        return new Query(definition, date);
    }

    private record Query(Definition definition, LocalDate snapshot) {}
}
