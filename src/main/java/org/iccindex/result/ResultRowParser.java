package org.iccindex.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AnswerBounds;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.table.Table;

/** Checks every cell of a results table against the layout of docs/results-import.md, collecting every problem. */
final class ResultRowParser {
    static final List<String> COLUMNS = Stream.concat(
                    ResultImporter.PROFILE_COLUMNS.stream(),
                    Stream.of("aggregate", "lens", "source", "correction_reason"))
            .toList();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Longest text each column takes: the width of its database column. */
    private static final Map<String, Integer> MAX_LENGTH = Map.of(
            "city",
            200,
            "country",
            100,
            "slug",
            80,
            "source",
            1000,
            "published_on",
            20,
            "edition",
            40,
            "correction_reason",
            4000);

    private final String file;
    private final Table table;
    private final EditionCatalog catalog;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Set<String> areaColumns = new java.util.LinkedHashSet<>();
    private final List<TableProblem> problems = new ArrayList<>();

    ResultRowParser(String file, Table table, EditionCatalog catalog) {
        this.file = file;
        this.table = table;
        this.catalog = catalog;
    }

    List<TableProblem> problems() {
        return problems;
    }

    List<ResultRow> parse() {
        Set<String> knownAreas = new HashSet<>();
        catalog.all()
                .forEach(d ->
                        d.scoredAreas().forEach(a -> knownAreas.add(a.code().value())));
        for (int c = 0; c < table.header().size(); c++) {
            String name = table.header().get(c).trim().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty()) {
                problem(1, c, "", "a column without a name in the header row");
            } else if (columns.containsKey(name)) {
                problem(1, c, name, "column '" + name + "' appears twice");
            } else if (!COLUMNS.contains(name) && !knownAreas.contains(name)) {
                problem(1, c, name, "unknown column '" + name + "' (neither a column of the layout nor an area code)");
            } else {
                columns.put(name, c);
                if (knownAreas.contains(name)) {
                    areaColumns.add(name);
                }
            }
        }
        for (String required : List.of("city", "country", "edition", "round", "published_on")) {
            if (!columns.containsKey(required)) {
                problem(1, -1, required, "the required column '" + required + "' is missing");
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<ResultRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            int before = problems.size();
            Optional<ResultRow> row =
                    parseRow(table.rowNumbers().get(i), table.rows().get(i));
            if (row.isPresent() && problems.size() == before) {
                ResultRow r = row.get();
                String key = r.slug() + "|" + r.edition() + "|" + r.round();
                Integer first = seen.putIfAbsent(key, r.rowNumber());
                if (first != null) {
                    problem(
                            r.rowNumber(),
                            -1,
                            "",
                            "duplicate row: " + r.slug() + ", " + r.edition() + ", round " + r.round()
                                    + " already appears in row " + first);
                } else {
                    rows.add(r);
                }
            }
        }
        if (table.rows().isEmpty()) {
            problem(0, -1, "", "the file has a header but no data row");
        }
        return rows;
    }

    private Optional<ResultRow> parseRow(int rowNumber, List<String> cells) {
        Cells row = new Cells(rowNumber, cells);
        MAX_LENGTH.forEach((column, max) -> {
            int length = row.text(column).length();
            if (length > max) {
                row.problem(column, "the text has " + length + " characters, at most " + max + " are accepted");
            }
        });
        if (row.failed) {
            return Optional.empty();
        }
        String name = row.required("city");
        String country = row.required("country");
        Optional<CitySlug> slug = Optional.empty();
        String slugText = row.text("slug");
        if (!slugText.isEmpty()) {
            if (CitySlug.isValid(slugText)) {
                slug = Optional.of(new CitySlug(slugText));
            } else {
                row.problem("slug", "'" + slugText + "' is not a slug (lower-case letters and digits joined by '-')");
            }
        } else if (!name.isEmpty()) {
            slug = CitySlug.from(name);
            if (slug.isEmpty()) {
                row.problem("city", "no slug can be derived from '" + name + "': give one in the slug column");
            }
        }
        String editionText = row.required("edition");
        Optional<Definition> edition = editionText.isEmpty() ? Optional.empty() : catalog.find(editionText);
        if (!editionText.isEmpty() && edition.isEmpty()) {
            row.problem(
                    "edition",
                    "unknown edition '" + editionText + "' (known: "
                            + String.join(
                                    ", ",
                                    catalog.all().stream()
                                            .map(d -> d.edition().value())
                                            .toList()) + ")");
        }
        OptionalInt round = row.year("round");
        String label = row.required("published_on");
        Optional<LocalDate> publishedOn = label.isEmpty() ? Optional.empty() : row.date("published_on", label);
        ResultOrigin origin = ResultOrigin.PUBLISHED;
        String originText = row.text("origin");
        if (!originText.isEmpty()) {
            Optional<ResultOrigin> parsed = ResultOrigin.byCode(originText).filter(o -> o != ResultOrigin.COMPUTED);
            if (parsed.isEmpty()) {
                row.problem("origin", "origin is 'published' or 'synthetic', found '" + cut(originText) + "'");
            } else {
                origin = parsed.get();
            }
        }
        Optional<String> source = Optional.of(row.text("source")).filter(s -> !s.isEmpty());
        if (origin == ResultOrigin.PUBLISHED && source.isEmpty()) {
            row.problem("source", "a published result needs its source (URL or citation)");
        }
        Optional<BigDecimal> population = row.decimal("population", BigDecimal.ZERO, null);
        population
                .filter(p -> p.stripTrailingZeros().scale() > 0)
                .ifPresent(p ->
                        row.problem("population", "a population is a whole number, found " + AnswerBounds.shown(p)));
        Optional<BigDecimal> foreignBorn = row.decimal("foreign_born_pct", BigDecimal.ZERO, HUNDRED);
        Optional<BigDecimal> nonNational = row.decimal("non_national_pct", BigDecimal.ZERO, HUNDRED);
        Optional<BigDecimal> sampleSize = row.decimal("sample_size", BigDecimal.ONE, null);
        Optional<BigDecimal> aggregate = row.decimal("aggregate", BigDecimal.ZERO, HUNDRED);
        Optional<BigDecimal> lens = row.decimal("lens", BigDecimal.ZERO, HUNDRED);
        if (lens.isPresent() && edition.isPresent() && edition.get().composite().isEmpty()) {
            row.problem("lens", "edition " + editionText + " has no lens composite");
        }
        Map<AreaCode, Double> scores = new LinkedHashMap<>();
        for (String area : areaColumns) {
            Optional<BigDecimal> score = row.decimal(area, BigDecimal.ZERO, HUNDRED);
            if (score.isPresent() && edition.isPresent()) {
                AreaCode code = new AreaCode(area);
                if (edition.get().area(code).filter(Area::scored).isEmpty()) {
                    row.problem(
                            area,
                            "unknown area for edition " + editionText + ": '" + area + "' is not one of its areas");
                } else {
                    scores.put(code, score.get().doubleValue());
                }
            }
        }
        boolean anyFigure = !row.text("aggregate").isEmpty()
                || !row.text("lens").isEmpty()
                || areaColumns.stream().anyMatch(area -> !row.text(area).isEmpty());
        if (!anyFigure) {
            row.problem("", "the row has no figure: no area score, no lens and no aggregate");
        }
        if (row.failed || slug.isEmpty() || edition.isEmpty() || round.isEmpty() || publishedOn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResultRow(
                rowNumber,
                slug.get(),
                name,
                country,
                edition.get().edition(),
                round.getAsInt(),
                publishedOn.get(),
                label,
                origin,
                population.map(BigDecimal::longValueExact),
                foreignBorn,
                nonNational,
                sampleSize.map(s -> OptionalInt.of(s.intValue())).orElse(OptionalInt.empty()),
                aggregate.map(a -> OptionalDouble.of(a.doubleValue())).orElse(OptionalDouble.empty()),
                lens.map(l -> OptionalDouble.of(l.doubleValue())).orElse(OptionalDouble.empty()),
                scores,
                source,
                Optional.of(row.text("correction_reason")).filter(r -> !r.isEmpty())));
    }

    private void problem(int row, int column, String name, String message) {
        problems.add(new TableProblem(file, row, column < 0 ? "" : table.columnLabel(column), name, message));
    }

    private static String cut(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The cells of one row, read by column name, reporting problems with their row and column. */
    private final class Cells {
        private final int rowNumber;
        private final List<String> cells;
        private boolean failed;

        Cells(int rowNumber, List<String> cells) {
            this.rowNumber = rowNumber;
            this.cells = cells;
        }

        void problem(String column, String message) {
            failed = true;
            ResultRowParser.this.problem(rowNumber, columns.getOrDefault(column, -1), column, message);
        }

        String text(String column) {
            Integer index = columns.get(column);
            return index == null || index >= cells.size()
                    ? ""
                    : AnswerBounds.withoutControls(cells.get(index)).trim();
        }

        String required(String column) {
            String text = text(column);
            if (text.isEmpty()) {
                problem(column, "a value is required");
            }
            return text;
        }

        OptionalInt year(String column) {
            String text = required(column);
            if (text.isEmpty()) {
                return OptionalInt.empty();
            }
            if (!text.matches("\\d{4}")) {
                problem(column, "a round is a year such as 2020, found '" + cut(text) + "'");
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(text));
        }

        Optional<LocalDate> date(String column, String text) {
            try {
                if (text.matches("\\d{4}")) {
                    return Optional.of(LocalDate.of(Integer.parseInt(text), 1, 1));
                }
                if (text.matches("\\d{4}-\\d{2}")) {
                    return Optional.of(YearMonth.parse(text).atDay(1));
                }
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problem(column, "expected a date YYYY-MM-DD, YYYY-MM or YYYY, found '" + cut(text) + "'");
                return Optional.empty();
            }
        }

        Optional<BigDecimal> decimal(String column, BigDecimal min, BigDecimal max) {
            String text = text(column);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal value;
            try {
                if (text.length() > AnswerBounds.MAX_NUMBER_TEXT) {
                    throw new NumberFormatException();
                }
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                problem(column, "expected a number, found '" + cut(text) + "'");
                return Optional.empty();
            }
            Optional<String> outOfBounds = AnswerBounds.problem(value);
            if (outOfBounds.isPresent()) {
                problem(column, outOfBounds.get());
                return Optional.empty();
            }
            if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
                problem(
                        column,
                        max == null
                                ? AnswerBounds.shown(value) + " is below the minimum " + min.toPlainString()
                                : AnswerBounds.shown(value) + " is outside " + min.toPlainString() + "-"
                                        + max.toPlainString());
                return Optional.empty();
            }
            return Optional.of(value);
        }
    }
}
