package org.iccindex.assessment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.AnswersFile;
import org.iccindex.scoring.AnswersReader;
import org.iccindex.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The offline path: a round as an XLSX workbook generated from its definition or as an answers file
 * (docs/answers-format.md), and back. An upload is checked whole and saved in one transaction, audited as one
 * batch, or not at all.
 */
@Service
public class RoundFiles {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Rounds rounds;
    private final Answering answering;
    private final TransactionTemplate transaction;
    private final AssessmentProperties properties;

    private final Clock clock;

    RoundFiles(
            Rounds rounds,
            Answering answering,
            TransactionTemplate transaction,
            AssessmentProperties properties,
            Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.answering = answering;
        this.transaction = transaction;
        this.properties = properties;
    }

    public long maxBytes() {
        return properties.maxWorkbookSize().toBytes();
    }

    /** The round as a workbook in {@code language}; {@code words} gives its fixed texts (see the writer). */
    public byte[] workbook(
            long roundId,
            CurrentUser user,
            String language,
            Function<String, String> words,
            List<String> instructions) {
        Round round = rounds.load(roundId, user);
        return RoundWorkbookWriter.write(round, rounds.contents(roundId, user), language, words, instructions);
    }

    /**
     * The round's answers in the answers-file format, as JSON; an answer with an evidence note is written in the object
     * form with its {@code note} (evidence files are not part of it).
     */
    public String answersJson(long roundId, CurrentUser user) {
        Round round = rounds.load(roundId, user);
        RoundContents contents = rounds.contents(roundId, user);
        ObjectNode root = JSON.createObjectNode();
        root.put("edition", round.edition().value());
        root.put("city", round.city().slug().value());
        root.put("round", round.year());
        ObjectNode answers = root.putObject("answers");
        for (Question question : contents.definition().questions()) {
            contents.answer(question.code())
                    .map(StoredAnswer::state)
                    .filter(s -> s.answer().isPresent())
                    .ifPresent(s -> put(answers, question, s));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void put(ObjectNode answers, Question question, AnswerState state) {
        Answer answer = state.answer().orElseThrow();
        String note = state.evidenceNote();
        String code = question.code().value();
        if (answer instanceof Answer.NotApplicable na) {
            ObjectNode object = answers.putObject(code).put(AnswersReader.NOT_APPLICABLE, na.justification());
            if (!note.isEmpty()) {
                object.put("note", note);
            }
        } else if (!note.isEmpty()) {
            ObjectNode object = answers.putObject(code);
            put(object, "value", question, answer);
            object.put("note", note);
        } else {
            put(answers, code, question, answer);
        }
    }

    /** Writes a (not "not applicable") answer's value under {@code code}. */
    private static void put(ObjectNode answers, String code, Question question, Answer answer) {
        if (answer instanceof Answer.Numeric numeric) {
            java.math.BigDecimal value = numeric.value().stripTrailingZeros();
            // plain notation: 100020, never 1.0002E+5
            answers.put(code, value.scale() < 0 ? value.setScale(0) : value);
        } else if (answer instanceof Answer.Choices) {
            var list = answers.putArray(code);
            String codes = AnswerCodec.value(question, answer).orElse("");
            for (String option : codes.split(",")) {
                if (!option.isEmpty()) {
                    list.add(option);
                }
            }
        } else {
            answers.put(code, AnswerCodec.value(question, answer).orElse(""));
        }
    }

    /** Saves the answers of a workbook downloaded for this round, or lists every problem and saves nothing. */
    public UploadReport uploadWorkbook(long roundId, String fileName, byte[] bytes, CurrentUser by) {
        return transaction.execute(status -> {
            RoundRow row = rounds.lockForAnswering(roundId, by);
            if (bytes.length > maxBytes()) {
                return UploadReport.rejected(fileName, List.of(tooLarge()));
            }
            Round round = rounds.assemble(row, rounds.contents(row));
            RoundWorkbookReader.Parsed parsed = RoundWorkbookReader.read(bytes, round, rounds.definition(row));
            if (!parsed.problems().isEmpty()) {
                return UploadReport.rejected(fileName, parsed.problems());
            }
            return apply(row, fileName, true, parsed.changes(), by, clock.instant(), status);
        });
    }

    /**
     * Saves the answers of an answers file (YAML or JSON) with the evidence notes it gives. Questions the file leaves out
     * keep their answers; an answer given without a note keeps its stored note. Every problem is listed with its line; nothing is saved unless the whole file is valid.
     */
    public UploadReport uploadAnswers(long roundId, String fileName, byte[] bytes, CurrentUser by) {
        return uploadAnswers(roundId, fileName, bytes, by, clock.instant());
    }

    /** As {@link #uploadAnswers(long, String, byte[], CurrentUser)}, recorded at {@code at}. */
    public UploadReport uploadAnswers(long roundId, String fileName, byte[] bytes, CurrentUser by, Instant at) {
        return transaction.execute(status -> {
            RoundRow row = rounds.lockForAnswering(roundId, by);
            if (bytes.length > maxBytes()) {
                return UploadReport.rejected(fileName, List.of(tooLarge()));
            }
            String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".json") && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
                return UploadReport.rejected(
                        fileName,
                        List.of(UploadProblem.ofFile(
                                "an answers file is a .json, .yaml or .yml file (see docs/answers-format.md)")));
            }
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                return UploadReport.rejected(fileName, List.of(UploadProblem.ofFile("not a UTF-8 text file")));
            }
            Definition definition = rounds.definition(row);
            AnswersFile file = AnswersReader.read(fileName, text, definition);
            List<UploadProblem> problems = new ArrayList<>();
            for (Problem p : file.errors()) {
                problems.add(new UploadProblem(fileName, p.line(), p.key(), p.message()));
            }
            file.city()
                    .filter(c -> !c.equals(row.city().slug().value()))
                    .ifPresent(c -> problems.add(new UploadProblem(
                            fileName,
                            0,
                            "city",
                            "the file answers for city '" + c + "', not "
                                    + row.city().slug())));
            file.round()
                    .filter(y -> y != row.year())
                    .ifPresent(y -> problems.add(new UploadProblem(
                            fileName, 0, "round", "the file answers round " + y + ", not " + row.year())));
            if (!problems.isEmpty() || file.answers().isEmpty()) {
                return UploadReport.rejected(fileName, problems);
            }
            RoundContents contents = rounds.contents(row);
            Map<org.iccindex.definition.QuestionCode, Answer> given =
                    new LinkedHashMap<>(file.answers().get().answers());
            List<Answering.Change> changes = new ArrayList<>();
            given.forEach((code, answer) -> {
                String note = file.notes()
                        .getOrDefault(
                                code,
                                contents.answer(code)
                                        .map(s -> s.state().evidenceNote())
                                        .orElse(""));
                changes.add(new Answering.Change(
                        code, new AnswerState(java.util.Optional.of(answer), note), true, OptionalInt.empty()));
            });
            return apply(row, fileName, false, changes, by, at, status);
        });
    }

    /** Saves a batch read from an upload ({@code workbook}: a sheet per area; else an answers file), or refuses it. */
    private UploadReport apply(
            RoundRow row,
            String fileName,
            boolean workbook,
            List<Answering.Change> changes,
            CurrentUser by,
            Instant at,
            org.springframework.transaction.TransactionStatus status) {
        String batch = UUID.randomUUID().toString();
        Answering.BatchResult result = answering.applyBatch(row, changes, Actor.of(by), at, batch);
        if (!result.conflicts().isEmpty()) {
            status.setRollbackOnly();
            List<UploadProblem> problems = new ArrayList<>();
            for (StoredAnswer theirs : result.conflicts()) {
                problems.add(new UploadProblem(
                        rounds.definition(row)
                                .question(theirs.question())
                                .orElseThrow()
                                .area()
                                .value(),
                        0,
                        "",
                        "question '" + theirs.question() + "' was changed by "
                                + theirs.updatedBy().map(Actor::name).orElse("someone") + " after this file was"
                                + " downloaded: download a fresh workbook, or enter the change online"));
            }
            return UploadReport.rejected(fileName, problems);
        }
        if (!result.notContested().isEmpty()) {
            status.setRollbackOnly();
            String contested = result.contested().stream()
                    .map(AreaCode::value)
                    .sorted()
                    .map(a -> "'" + a + "'")
                    .collect(Collectors.joining(", "));
            List<UploadProblem> problems = new ArrayList<>();
            for (Question question : result.notContested()) {
                // a workbook's sheet is the area's; an answers file has no place to name (the page names the file)
                problems.add(new UploadProblem(
                        workbook ? question.area().value() : "",
                        0,
                        "",
                        "question '" + question.code() + "' would change, but only the contested areas (" + contested
                                + ") change in this correction: keep its published answer in the file"));
            }
            return UploadReport.rejected(fileName, problems);
        }
        return new UploadReport(fileName, true, result.written(), List.of());
    }

    private UploadProblem tooLarge() {
        return UploadProblem.ofFile("the file is larger than the limit of " + (maxBytes() / (1024 * 1024)) + " MB");
    }
}
