package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iccindex.account.Accounts;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offline path: a round's workbook and answers file go out and come back; a bad upload is refused whole, with
 * every problem located, and saves nothing.
 */
abstract class AbstractRoundFilesTests {
    @Autowired
    Rounds rounds;

    @Autowired
    RoundFiles files;

    @Autowired
    Answering answering;

    @Autowired
    AuditTrail audit;

    @Autowired
    CityRepository cities;

    @Autowired
    Accounts accounts;

    Fixture f;
    Round round;

    @BeforeEach
    void round() {
        f = Fixture.create(cities, accounts);
        round = rounds.start(f.coordinator(), f.city().id(), 2024);
    }

    private byte[] workbook() {
        return files.workbook(round.id(), f.coordinator(), "en", key -> key, List.of("Instructions"));
    }

    /** The workbook with {@code change} applied. */
    static byte[] edited(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a question's cell (column letter) on its area's sheet. */
    static Consumer<XSSFWorkbook> set(String question, char column, Object value) {
        return book -> {
            Sheet sheet = book.getSheet(question.substring(0, question.indexOf('.')));
            for (Row row : sheet) {
                if (row.getCell(0) != null && question.equals(row.getCell(0).toString())) {
                    var cell = row.getCell(column - 'A', Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                    return;
                }
            }
            throw new IllegalArgumentException("no row " + question);
        };
    }

    private Answer stored(String question) {
        return rounds.contents(round.id(), f.coordinator())
                .answer(new QuestionCode(question))
                .orElseThrow()
                .state()
                .answer()
                .orElse(null);
    }

    private UploadReport upload(byte[] workbook) {
        return files.uploadWorkbook(round.id(), "round.xlsx", workbook, f.coordinator());
    }

    private void assertNothingSaved() {
        assertThat(rounds.contents(round.id(), f.coordinator()).answers().values())
                .noneMatch(StoredAnswer::isGiven);
    }

    @Test
    void aFilledInWorkbookComesBackAsAnswersAuditedAsOneBatch() {
        byte[] filled = edited(
                workbook(),
                set("profile.population", 'D', 250000)
                        .andThen(set("profile.non_nationals", 'D', "9,5"))
                        .andThen(set("commitment.strategy", 'D', "adopted"))
                        .andThen(set("commitment.consultation", 'D', "migrant_associations, foreign_residents_body"))
                        .andThen(set("commitment.budget", 'F', "Budget line 4.2, 2024"))
                        .andThen(set("education.school_mixing", 'E', "Schools are run by the region.")));
        UploadReport report = upload(filled);
        assertThat(report.problems()).isEmpty();
        assertThat(report.saved()).isTrue();
        assertThat(report.changed()).isEqualTo(6);
        assertThat(stored("profile.population")).isEqualTo(new Answer.Numeric(new java.math.BigDecimal("250000")));
        assertThat(stored("profile.non_nationals")).isEqualTo(new Answer.Numeric(new java.math.BigDecimal("9.5")));
        assertThat(stored("commitment.strategy")).isEqualTo(new Answer.Choice("adopted"));
        assertThat(stored("commitment.consultation"))
                .isEqualTo(new Answer.Choices(java.util.Set.of("migrant_associations", "foreign_residents_body")));
        assertThat(stored("education.school_mixing"))
                .isEqualTo(new Answer.NotApplicable("Schools are run by the region."));
        assertThat(rounds.contents(round.id(), f.coordinator())
                        .answer(new QuestionCode("commitment.budget"))
                        .orElseThrow()
                        .state()
                        .evidenceNote())
                .isEqualTo("Budget line 4.2, 2024");
        List<AuditEntry> changes = audit.of(round.id(), f.coordinator()).stream()
                .filter(e -> e.action() == AuditEntry.Action.ANSWER_CHANGED)
                .toList();
        assertThat(changes).hasSize(6);
        assertThat(changes)
                .extracting(AuditEntry::batch)
                .containsOnly(changes.get(0).batch());

        // a fresh download carries the answers back out, and uploading it unchanged changes nothing
        assertThat(upload(workbook()).changed()).isZero();
    }

    @Test
    void aWorkbookThatIsNotAnExcelFileIsRefused() {
        byte[] pdf = "%PDF-1.4 not a workbook".getBytes(StandardCharsets.US_ASCII);
        UploadReport report = upload(pdf);
        assertThat(report.saved()).isFalse();
        assertThat(report.problems()).singleElement().asString().contains("not an Excel workbook (.xlsx)");
        assertNothingSaved();
    }

    @Test
    void aWorkbookNotDownloadedForThisRoundIsRefused() {
        byte[] other = edited(workbook(), book -> book.removeSheetAt(book.getSheetIndex("_round")));
        assertThat(upload(other).problems())
                .singleElement()
                .asString()
                .contains("not a questionnaire workbook downloaded from icc-index");
        Round another = rounds.start(
                f.analyst(),
                cities.create(new org.iccindex.city.CitySlug("elsewhere-" + round.id()), "Elsewhere", "Testland", true)
                        .id(),
                2024);
        assertThat(another).isNotNull();
        byte[] foreign = files.workbook(another.id(), f.analyst(), "en", key -> key, List.of("x"));
        assertThat(upload(foreign).problems()).singleElement().asString().contains("belongs to another round");
        assertNothingSaved();
    }

    @Test
    void aMissingSheetIsNamed() {
        byte[] missing = edited(
                workbook(),
                set("commitment.strategy", 'D', "adopted")
                        .andThen(book -> book.removeSheetAt(book.getSheetIndex("education"))));
        UploadReport report = upload(missing);
        assertThat(report.saved()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .asString()
                .isEqualTo("sheet 'education': sheet 'education' is missing");
        assertNothingSaved();
    }

    @Test
    void everyInvalidValueIsListedWithItsSheetRowAndColumnAndNothingIsSaved() {
        byte[] bad = edited(
                workbook(),
                set("profile.population", 'D', 181000)
                        .andThen(set("profile.non_nationals", 'D', 140))
                        .andThen(set("commitment.strategy", 'D', "maybe"))
                        .andThen(set("commitment.budget", 'E', "We have no budget"))
                        .andThen(set("commitment.unit", 'G', "perhaps")));
        UploadReport report = upload(bad);
        assertThat(report.saved()).isFalse();
        assertThat(report.problems())
                .extracting(UploadProblem::toString)
                .containsExactly(
                        "sheet 'profile', row 5, column D (Answer): a percentage lies between 0 and 100, found 140",
                        "sheet 'commitment', row 3, column D (Answer): unknown option 'maybe' (options: none, "
                                + "in_preparation, partial, adopted)",
                        "sheet 'commitment', row 5, column E (Not applicable: justification): this question does not"
                                + " allow \"not applicable\"",
                        "sheet 'commitment', row 6, column G (Confirmed): yes or no, found 'perhaps'");
        assertNothingSaved();
    }

    @Test
    void anOversizedUploadIsRefusedBeforeItIsRead() {
        byte[] big = new byte[(int) files.maxBytes() + 1];
        assertThat(upload(big).problems()).singleElement().asString().contains("larger than the limit of 5 MB");
        assertThat(files.uploadAnswers(round.id(), "a.json", big, f.coordinator())
                        .saved())
                .isFalse();
    }

    @Test
    void aWorkbookChangedOnlineSinceItsDownloadIsRefusedRatherThanOverwritingTheChange() {
        byte[] downloaded = workbook();
        answering.save(
                round.id(),
                new QuestionCode("commitment.strategy"),
                AbstractRoundWorkflowTests.input("partial"),
                0,
                f.contributor());
        UploadReport report = upload(edited(
                downloaded, set("commitment.strategy", 'D', "adopted").andThen(set("commitment.budget", 'D', "yes"))));
        assertThat(report.saved()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .asString()
                .contains("'commitment.strategy' was changed by "
                        + f.contributor().displayName());
        assertThat(stored("commitment.strategy")).isEqualTo(new Answer.Choice("partial"));
        assertThat(stored("commitment.budget")).isNull();
    }

    @Test
    void theAnswersFileGoesOutInTheAnswersFormatAndComesBack() {
        files.uploadAnswers(round.id(), "all.yaml", Fixture.valmonteAnswersWithout(List.of()), f.coordinator());
        String json = files.answersJson(round.id(), f.coordinator());
        assertThat(json).contains("\"edition\" : \"icc-2019\"").contains("\"round\" : 2024");
        assertThat(json).contains("\"leadership.candidacy\" : {");
        assertThat(json).contains("\"profile.population\" : 180000,");

        String changed =
                json.replace("\"commitment.strategy\" : \"in_preparation\"", "\"commitment.strategy\" : \"adopted\"");
        UploadReport report =
                files.uploadAnswers(round.id(), "back.json", changed.getBytes(StandardCharsets.UTF_8), f.coordinator());
        assertThat(report.saved()).isTrue();
        assertThat(report.changed()).isEqualTo(1);
        assertThat(stored("commitment.strategy")).isEqualTo(new Answer.Choice("adopted"));

        String broken = "{\"edition\": \"icc-2019\", \"answers\": {\"commitment.strategy\": \"maybe\","
                + " \"commitment.nothing\": 3}}";
        UploadReport rejected = files.uploadAnswers(
                round.id(), "broken.json", broken.getBytes(StandardCharsets.UTF_8), f.coordinator());
        assertThat(rejected.saved()).isFalse();
        assertThat(rejected.problems())
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.row()).isEqualTo(1));
        assertThat(stored("commitment.strategy")).isEqualTo(new Answer.Choice("adopted"));
        assertThat(files.uploadAnswers(
                                round.id(), "answers.txt", changed.getBytes(StandardCharsets.UTF_8), f.coordinator())
                        .problems())
                .singleElement()
                .asString()
                .contains(".json, .yaml or .yml");
    }

    private String note(String question) {
        return rounds.contents(round.id(), f.coordinator())
                .answer(new QuestionCode(question))
                .orElseThrow()
                .state()
                .evidenceNote();
    }

    private UploadReport uploadText(String name, String text) {
        return files.uploadAnswers(round.id(), name, text.getBytes(StandardCharsets.UTF_8), f.coordinator());
    }

    @Test
    void evidenceNotesInAnAnswersFileAreStoredAuditedAndWrittenBack() {
        UploadReport first =
                uploadText("notes.yaml", """
                edition: icc-2019
                answers:
                  commitment.budget: {value: yes, note: "Budget line of 40,000 a year since 2021"}
                  commitment.strategy: in_preparation
                  leadership.candidacy:
                    not_applicable: National law reserves candidacy to nationals.
                    note: Electoral code, article 12
                """); // not_applicable: the older name of notApplicable, still read
        assertThat(first.saved()).as("%s", first.problems()).isTrue();
        assertThat(stored("commitment.budget")).isEqualTo(new Answer.YesNo(true));
        assertThat(note("commitment.budget")).isEqualTo("Budget line of 40,000 a year since 2021");
        assertThat(note("leadership.candidacy")).isEqualTo("Electoral code, article 12");
        assertThat(note("commitment.strategy")).isEmpty();
        assertThat(audit.of(round.id(), new QuestionCode("commitment.budget"), f.coordinator()))
                .anySatisfy(e -> assertThat(e.after())
                        .hasValueSatisfying(a -> assertThat(a).contains("Budget line of 40,000 a year since 2021")));

        String json = files.answersJson(round.id(), f.coordinator());
        assertThat(json).contains("\"note\" : \"Budget line of 40,000 a year since 2021\"");
        assertThat(json).contains("\"note\" : \"Electoral code, article 12\"");
        assertThat(json)
                .contains("\"notApplicable\" : \"National law reserves candidacy to nationals.\"")
                .doesNotContain("not_applicable");
        assertThat(json).contains("\"commitment.strategy\" : \"in_preparation\"");

        // the download uploaded unchanged changes nothing; a changed note alone is one audited change
        assertThat(uploadText("same.json", json).changed()).isZero();
        int audited = audit.of(round.id(), new QuestionCode("commitment.budget"), f.coordinator())
                .size();
        UploadReport changed = uploadText("changed.json", json.replace("since 2021", "since 2022"));
        assertThat(changed.saved()).isTrue();
        assertThat(changed.changed()).isEqualTo(1);
        assertThat(note("commitment.budget")).isEqualTo("Budget line of 40,000 a year since 2022");
        assertThat(stored("commitment.budget")).isEqualTo(new Answer.YesNo(true));
        assertThat(audit.of(round.id(), new QuestionCode("commitment.budget"), f.coordinator()))
                .hasSize(audited + 1);

        // an answer given without a note keeps its stored note; a bad note saves nothing
        assertThat(uploadText("plain.yaml", "answers:\n  commitment.budget: yes\n")
                        .saved())
                .isTrue();
        assertThat(note("commitment.budget")).isEqualTo("Budget line of 40,000 a year since 2022");
        UploadReport bad = uploadText("bad.yaml", "answers:\n  commitment.strategy: {value: adopted, nte: typo}\n");
        assertThat(bad.saved()).isFalse();
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.toString()).contains("commitment.strategy");
        });
        assertThat(stored("commitment.strategy")).isEqualTo(new Answer.Choice("in_preparation"));
    }
}
