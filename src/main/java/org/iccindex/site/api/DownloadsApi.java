package org.iccindex.site.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iccindex.definition.Definition;
import org.iccindex.site.api.v1.DownloadedResult;
import org.iccindex.site.api.v1.ResultsDownload;
import org.iccindex.site.data.BadQueryException;
import org.iccindex.site.data.LeagueParams;
import org.iccindex.site.data.PublicResults;
import org.iccindex.site.data.QueryProblem;
import org.iccindex.site.download.Downloads;
import org.iccindex.site.download.ResultsTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiViews.BASE + "/downloads")
@Tag(
        name = "Downloads",
        description = "Every published result of an edition as CSV, XLSX or JSON, stamped with the edition and the"
                + " snapshot date (in the file and its name). Exact values; cached with ETag and Last-Modified.")
class DownloadsApi {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublicResults data;

    DownloadsApi(PublicResults data) {
        this.data = data;
    }

    @GetMapping(path = "/results.csv", produces = "text/csv")
    @Operation(summary = "Every published result of an edition as CSV (UTF-8, one row per result)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> csv(
            @Parameter(description = "Edition id (default: the edition in force)")
                    @RequestParam(name = "edition", required = false)
                    String edition,
            @Parameter(description = "Snapshot date YYYY-MM-DD (default: today)")
                    @RequestParam(name = "snapshot", required = false)
                    String snapshot) {
        ResultsTable table = table(edition, snapshot);
        return file(Downloads.csv(table), CSV, table.baseName() + ".csv");
    }

    @GetMapping(path = "/results.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Every published result of an edition as an Excel workbook (sheets Results and About)")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> xlsx(
            @Parameter(description = "Edition id (default: the edition in force)")
                    @RequestParam(name = "edition", required = false)
                    String edition,
            @Parameter(description = "Snapshot date YYYY-MM-DD (default: today)")
                    @RequestParam(name = "snapshot", required = false)
                    String snapshot) {
        ResultsTable table = table(edition, snapshot);
        return file(Downloads.xlsx(table, about(table)), XLSX, table.baseName() + ".xlsx");
    }

    @GetMapping(path = "/results.json", produces = "application/json")
    @Operation(summary = "Every published result of an edition as one JSON document")
    ResponseEntity<ResultsDownload> json(
            @Parameter(description = "Edition id (default: the edition in force)")
                    @RequestParam(name = "edition", required = false)
                    String edition,
            @Parameter(description = "Snapshot date YYYY-MM-DD (default: today)")
                    @RequestParam(name = "snapshot", required = false)
                    String snapshot) {
        ResultsTable table = table(edition, snapshot);
        List<DownloadedResult> results = table.rows().stream()
                .map(r -> new DownloadedResult(r.inSample(), ApiViews.result(r.result(), table.edition())))
                .toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(table.baseName() + ".json"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ResultsDownload(
                        table.edition().edition().value(),
                        table.snapshot(),
                        table.dataVersion(),
                        results.size(),
                        results));
    }

    private ResultsTable table(String edition, String snapshot) {
        List<QueryProblem> problems = new ArrayList<>();
        Definition definition =
                LeagueParams.edition(data.catalog(), edition, problems).orElseGet(data.catalog()::current);
        LocalDate date = LeagueParams.date("snapshot", snapshot, problems).orElseGet(data::today);
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems);
        }
        return ResultsTable.of(
                data.dataset(), definition, data.analysis(definition, date).sample());
    }

    private static List<String[]> about(ResultsTable table) {
        return List.of(
                new String[] {"Title", "Intercultural Cities Index: published results"},
                new String[] {
                    "Edition",
                    table.edition().edition().value() + " ("
                            + table.edition().title().english() + ")"
                },
                new String[] {"Snapshot date", table.snapshot().toString()},
                new String[] {"Results", String.valueOf(table.rows().size())},
                new String[] {"Data version", table.dataVersion()},
                new String[] {
                    "Rows",
                    "One row per result of this edition published on or before the snapshot date. in_sample is true"
                            + " for the result that stands for its city in the sample of that date (its latest)."
                },
                new String[] {
                    "Figures",
                    "Exact values from 0 to 100. Pages show whole numbers, rounded half up. aggregate and lens are"
                            + " as published where the source gave them, otherwise computed from the area scores."
                },
                new String[] {
                    "Empty cells",
                    "An empty score cell means the result, as published, gives no figure for that area: not published."
                            + " It is neither a zero nor an area left unanswered (for example, the 2020 report on Ansan"
                            + " gives no anti-discrimination score)."
                },
                new String[] {
                    "Synthetic",
                    "Rows with synthetic = true are fictional demo cities, not real results: leave them out of any"
                            + " analysis of real cities."
                });
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(name))
                .body(body);
    }

    private static String disposition(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
