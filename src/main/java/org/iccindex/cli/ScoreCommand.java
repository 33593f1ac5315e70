package org.iccindex.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.iccindex.benchmark.Metric;
import org.iccindex.definition.Area;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.messages.Messages;
import org.iccindex.scoring.AnswersFile;
import org.iccindex.scoring.AnswersReader;
import org.iccindex.scoring.AreaScore;
import org.iccindex.scoring.Rounding;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;
import org.iccindex.shared.Counted;
import org.iccindex.shared.Problem;
import org.iccindex.wording.Wording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score an answers file (YAML or JSON, see docs/answers-format.md) with an edition's definition.",
            "Prints each area's points and score, the lens and the aggregate index."
        })
class ScoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--edition", required = true, description = "edition id, e.g. icc-2019")
    String edition;

    @Option(names = "--answers", required = true, paramLabel = "FILE", description = "the answers file")
    Path answers;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    enum Format {
        table,
        json,
        csv
    }

    @Override
    public Integer call() {
        EditionCatalog catalog = EditionCatalog.loadFromClasspath();
        Definition definition = catalog.find(edition)
                .orElseThrow(() -> new IllegalArgumentException("unknown edition '" + edition + "'"));
        AnswersFile file = AnswersReader.read(answers.getFileName().toString(), CommandFiles.text(answers), definition);
        var err = spec.commandLine().getErr();
        if (!file.isValid()) {
            file.errors().stream().map(Problem::toString).forEach(err::println);
            err.printf(
                    "%s: rejected: %s%n",
                    answers.getFileName(), Counted.of(file.errors().size(), "error", "errors"));
            return 1;
        }
        ScoreCard card = Scorer.score(definition, file.answers().orElseThrow());
        String text = switch (format) {
            case json -> Output.json(json(definition, file, card));
            case csv -> csv(definition, card);
            case table -> table(definition, file, card);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String table(Definition definition, AnswersFile file, ScoreCard card) {
        Wording words = Wording.of(Messages.create()::getMessage, Locale.ENGLISH);
        StringBuilder out = new StringBuilder();
        out.append("Edition ")
                .append(card.edition())
                .append(", method ")
                .append(card.method().id());
        file.city().ifPresent(c -> out.append(", city ").append(c));
        file.round().ifPresent(r -> out.append(", round ").append(r));
        out.append(System.lineSeparator()).append(System.lineSeparator());
        TextTable table = new TextTable().row("Area", "Points", "Score");
        for (Area area : definition.scoredAreas()) {
            AreaScore score = card.areas().get(area.code());
            table.row(area.name().english(), score.earned() + "/" + score.max(), shown(score.score()));
        }
        table.row("", "", "");
        table.row(words.metric(Metric.LENS, definition), "", shown(card.lens()));
        table.row(words.metric(Metric.AGGREGATE, definition), "", shown(card.aggregate()));
        out.append(table.render()).append(System.lineSeparator());
        out.append("Scores are exact values shown as whole numbers (half up); an area with no answer is left out.")
                .append(System.lineSeparator());
        out.append("Areas not answered: ")
                .append(
                        card.notAnswered().isEmpty()
                                ? "none"
                                : String.join(
                                        ", ",
                                        card.notAnswered().stream()
                                                .map(Object::toString)
                                                .toList()))
                .append(System.lineSeparator());
        out.append("Mandatory questions unanswered: ")
                .append(
                        card.missingMandatory().isEmpty()
                                ? "none"
                                : String.join(
                                        ", ",
                                        card.missingMandatory().stream()
                                                .map(Object::toString)
                                                .toList()))
                .append(System.lineSeparator());
        return out.toString();
    }

    private static Map<String, Object> json(Definition definition, AnswersFile file, ScoreCard card) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("edition", card.edition().value());
        map.put("method", card.method().id());
        file.city().ifPresent(c -> map.put("city", c));
        file.round().ifPresent(r -> map.put("round", r));
        List<Object> areas = new ArrayList<>();
        for (Area area : definition.scoredAreas()) {
            AreaScore score = card.areas().get(area.code());
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("area", area.code().value());
            a.put("earned", score.earned());
            a.put("max", score.max());
            a.put("score", score.score().isPresent() ? score.score().getAsDouble() : null);
            a.put(
                    "shown",
                    score.score().isPresent() ? Rounding.whole(score.score().getAsDouble()) : null);
            areas.add(a);
        }
        map.put("areas", areas);
        map.put("lens", card.lens().isPresent() ? card.lens().getAsDouble() : null);
        map.put("aggregate", card.aggregate().isPresent() ? card.aggregate().getAsDouble() : null);
        map.put("notAnswered", card.notAnswered().stream().map(Object::toString).toList());
        map.put(
                "missingMandatory",
                card.missingMandatory().stream().map(Object::toString).toList());
        return map;
    }

    private static String csv(Definition definition, ScoreCard card) {
        StringBuilder out = new StringBuilder("metric,earned,max,score,shown").append(System.lineSeparator());
        for (Area area : definition.scoredAreas()) {
            AreaScore score = card.areas().get(area.code());
            out.append(String.join(
                            ",",
                            area.code().value(),
                            String.valueOf(score.earned()),
                            String.valueOf(score.max()),
                            exact(score.score()),
                            shownOrEmpty(score.score())))
                    .append(System.lineSeparator());
        }
        out.append("lens,,,")
                .append(exact(card.lens()))
                .append(',')
                .append(shownOrEmpty(card.lens()))
                .append(System.lineSeparator());
        out.append("aggregate,,,")
                .append(exact(card.aggregate()))
                .append(',')
                .append(shownOrEmpty(card.aggregate()))
                .append(System.lineSeparator());
        return out.toString();
    }

    static String shown(OptionalDouble value) {
        return value.isPresent() ? String.valueOf(Rounding.whole(value.getAsDouble())) : "-";
    }

    private static String shownOrEmpty(OptionalDouble value) {
        return value.isPresent() ? String.valueOf(Rounding.whole(value.getAsDouble())) : "";
    }

    private static String exact(OptionalDouble value) {
        return value.isPresent() ? String.valueOf(value.getAsDouble()) : "";
    }
}
