package org.iccindex.report;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.iccindex.IccIndexApplication;
import org.iccindex.city.CitySlug;
import org.iccindex.report.render.PdfRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One full PDF report (Ansan 2020 against the published 2020 snapshot), measured two ways in the same run: our
 * whole pipeline (read the data, compare with the sample, draft, render the HTML with its charts, render the PDF)
 * and the PDF library alone rendering the finished HTML with the same settings and fonts. The first render, which
 * builds the library's font caches, happens in the set-up and is not measured; {@link #paired} runs both in each
 * call, for machines whose load varies. Run on demand (see docs/benchmarks.md):
 * {@code main} prints both times and their ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ReportPdfBenchmark {
    private ConfigurableApplicationContext context;
    private Reports reports;
    private ReportRequest request;
    private String finishedHtml;
    private long pairedPipelineNanos;
    private long pairedLibraryNanos;
    private int pairs;

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(IccIndexApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                        "icc.demo.enabled=true",
                        "logging.level.root=WARN")
                .run();
        reports = context.getBean(Reports.class);
        request = new ReportRequest(new CitySlug("ansan"), 2020, Optional.of("icc-2020-published"), Locale.ENGLISH);
        CityReport report = reports.build(request);
        finishedHtml = reports.htmlForPdf(report);
        reports.pdf(report); // first render: font caches
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (pairs > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "%nPAIRED over %d pairs: whole pipeline %.0f ms, PDF library alone %.0f ms: ratio %.2f%n",
                    pairs,
                    pairedPipelineNanos / 1e6 / pairs,
                    pairedLibraryNanos / 1e6 / pairs,
                    (double) pairedPipelineNanos / pairedLibraryNanos);
        }
        context.close();
    }

    /** Data to PDF: what `report --format pdf` does after start-up. */
    @Benchmark
    public byte[] wholePipeline() {
        return reports.pdf(reports.build(request));
    }

    /** The PDF library's own time for the finished HTML, same settings and fonts. */
    @Benchmark
    public byte[] libraryAlone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfRenderer.builder(finishedHtml).toStream(out).run();
        return out.toByteArray();
    }

    /**
     * Both, one after the other in each call, so that a machine whose load changes during the run (other builds on
     * a shared machine) weighs on both alike; the tear-down prints the ratio of the summed times.
     */
    @Benchmark
    public int paired() throws Exception {
        long start = System.nanoTime();
        byte[] library = libraryAlone();
        long middle = System.nanoTime();
        byte[] pipeline = wholePipeline();
        long end = System.nanoTime();
        pairedLibraryNanos += middle - start;
        pairedPipelineNanos += end - middle;
        pairs++;
        return library.length + pipeline.length;
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(
                        args.length == 0 ? new String[] {ReportPdfBenchmark.class.getName()} : args))
                .run();
        double pipeline = Double.NaN;
        double library = Double.NaN;
        for (RunResult result : results) {
            String label = result.getPrimaryResult().getLabel();
            double score = result.getPrimaryResult().getScore();
            if (label.equals("wholePipeline")) {
                pipeline = score;
            } else if (label.equals("libraryAlone")) {
                library = score;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "whole pipeline %.0f ms, PDF library alone %.0f ms: ratio %.2f%n",
                pipeline,
                library,
                pipeline / library);
    }
}
