package org.iccindex.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.iccindex.definition.AreaCode;
import org.iccindex.result.ResultImporter;
import org.iccindex.shared.CsvCells;

/**
 * Writes synthetic results in the import layout of {@code docs/results-import.md}. There is no lens and no aggregate
 * column: the application computes both from the area scores.
 */
final class SampleCsv {
    private static final List<String> PROFILE = ResultImporter.PROFILE_COLUMNS;

    private SampleCsv() {}

    static String write(SampleAreas areas, List<SyntheticResult> results, String source) {
        List<String> header = new ArrayList<>(PROFILE);
        header.addAll(areas.columns());
        header.add("source");
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator('\n')
                .get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (SyntheticResult result : results) {
                printer.printRecord(CsvCells.neutralise(row(areas, result, header, source)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(SampleAreas areas, SyntheticResult result, List<String> header, String source) {
        SyntheticCity city = result.city();
        List<String> cells = new ArrayList<>(header.size());
        cells.add(city.name());
        cells.add(city.slug());
        cells.add(city.country());
        cells.add(result.edition().id());
        cells.add(Integer.toString(result.round().year()));
        cells.add(result.round().publishedOn().toString());
        cells.add("synthetic");
        cells.add(Long.toString(city.population()));
        cells.add(percent(city.foreignBornTenths()));
        cells.add(
                city.nonNationalTenths().isPresent()
                        ? percent(city.nonNationalTenths().getAsInt())
                        : "");
        cells.add("");
        for (String column : header.subList(PROFILE.size(), header.size() - 1)) {
            cells.add(score(areas, result, column));
        }
        cells.add(source);
        return cells;
    }

    private static String score(SampleAreas areas, SyntheticResult result, String column) {
        for (AreaCode area : areas.of(result.edition())) {
            if (areas.column(area, result.edition()).equals(column)) {
                return Integer.toString(result.score(area));
            }
        }
        return "";
    }

    private static String percent(int tenths) {
        return tenths / 10 + "." + tenths % 10;
    }
}
