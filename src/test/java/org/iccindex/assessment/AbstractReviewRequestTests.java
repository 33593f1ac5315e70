package org.iccindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.iccindex.account.Accounts;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.QuestionCode;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.ResultVersions;
import org.iccindex.result.StoredResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contesting a published result: who may ask and decide, what is refused (and then not saved), the correction of the
 * contested areas only, and the corrected version published beside the earlier one; on a real database.
 */
abstract class AbstractReviewRequestTests {
    private static final AreaCode EDUCATION = new AreaCode("education");
    private static final QuestionCode MIXING = new QuestionCode("education.school_mixing");
    private static final QuestionCode EMPLOYERS = new QuestionCode("business.employers");
    private static final QuestionCode TEACHERS = new QuestionCode("education.teacher_diversity");
    private static final byte[] PDF = "%PDF-1.4\n% council decision\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Rounds rounds;

    @Autowired
    RoundWorkflow workflow;

    @Autowired
    ReviewRequests requests;

    @Autowired
    Answering answering;

    @Autowired
    Reviews reviews;

    @Autowired
    RoundFiles files;

    @Autowired
    AuditTrail audit;

    @Autowired
    ResultRepository results;

    @Autowired
    ResultVersions versions;

    @Autowired
    CityRepository cities;

    @Autowired
    Accounts accounts;

    Fixture f;

    @BeforeEach
    void fixture() {
        f = Fixture.create(cities, accounts);
    }

    private static Refusal.Reason refusal(Runnable action) {
        return catchThrowableOfType(Refusal.class, action::run).reason();
    }

    private static ReviewRequests.Ask ask(List<String> areas, String reason) {
        return new ReviewRequests.Ask(areas, reason, "", "");
    }

    private Round published() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        assertThat(files.uploadAnswers(
                                round.id(), "answers.yaml", Fixture.valmonteAnswersWithout(List.of()), f.coordinator())
                        .saved())
                .isTrue();
        workflow.submit(round.id(), f.coordinator());
        workflow.validate(round.id(), f.analyst());
        return workflow.publish(round.id(), f.analyst());
    }

    private List<AuditEntry.Action> requestSteps(long roundId) {
        return audit.of(roundId, f.analyst()).stream()
                .filter(e -> e.subject() == AuditEntry.Subject.REQUEST)
                .map(AuditEntry::action)
                .toList();
    }

    @Test
    void aRequestOnARoundNotPublishedIsRefusedAndNothingIsSaved() {
        Round round = rounds.start(f.coordinator(), f.city().id(), 2024);
        assertThat(refusal(() -> requests.request(round.id(), ask(List.of("education"), "Too low"), f.coordinator())))
                .isEqualTo(Refusal.Reason.WRONG_STATUS);
        assertThat(requests.of(round.id(), f.coordinator())).isEmpty();
        assertThat(requestSteps(round.id())).isEmpty();
        assertThat(refusal(() -> requests.accept(round.id(), f.analyst()))).isEqualTo(Refusal.Reason.WRONG_STATUS);
    }

    @Test
    void onlyTheCitysCoordinatorAsksWithAnAreaAndAReasonAndOnlyAnalystsDecide() {
        Round round = published();
        long id = round.id();
        assertThatThrownBy(() -> requests.request(id, ask(List.of("education"), "Too low"), f.stranger()))
                .isInstanceOf(RoundNotFoundException.class);
        assertThat(refusal(() -> requests.request(id, ask(List.of("education"), "Too low"), f.contributor())))
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(refusal(() -> requests.request(id, ask(List.of("education"), "Too low"), f.analyst())))
                .isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(refusal(() -> requests.request(id, ask(List.of(), "Too low"), f.coordinator())))
                .isEqualTo(Refusal.Reason.NO_AREA);
        assertThat(refusal(() -> requests.request(id, ask(List.of("education", "astrology"), "x"), f.coordinator())))
                .isEqualTo(Refusal.Reason.NO_AREA);
        assertThat(refusal(() -> requests.request(id, ask(List.of("education"), "  "), f.coordinator())))
                .isEqualTo(Refusal.Reason.TEXT_REQUIRED);
        // a reason of control characters only is no reason: they are removed as they are from answers
        assertThat(refusal(
                        () -> requests.request(id, ask(List.of("education"), "\u0000\u0007\u001b"), f.coordinator())))
                .isEqualTo(Refusal.Reason.TEXT_REQUIRED);
        assertThat(refusal(() -> requests.request(
                        id, ask(List.of("education"), "x".repeat(ReviewRequests.MAX_REASON + 1)), f.coordinator())))
                .isEqualTo(Refusal.Reason.TEXT_TOO_LONG);
        assertThat(refusal(() -> requests.request(
                        id,
                        new ReviewRequests.Ask(List.of("education"), "Too low", "", "javascript:alert(1)"),
                        f.coordinator())))
                .isEqualTo(Refusal.Reason.INVALID_LINK);
        assertThat(refusal(() -> requests.request(
                        id,
                        new ReviewRequests.Ask(
                                List.of("education"),
                                "Too low",
                                "",
                                "",
                                Optional.of(new ReviewRequests.Upload("decision.exe", PDF))),
                        f.coordinator())))
                .isEqualTo(Refusal.Reason.FILE_REJECTED);
        assertThat(requests.of(id, f.coordinator())).isEmpty();
        assertThat(requestSteps(id)).isEmpty();

        ReviewRequest made = requests.request(
                id,
                new ReviewRequests.Ask(
                        List.of("education", "business", "education"),
                        "Our school mixing policy was missed",
                        "Council decision 12/2023",
                        "https://example.org/decision",
                        Optional.of(new ReviewRequests.Upload("../decision 12.pdf", PDF))),
                f.coordinator());
        assertThat(made.fileName()).isPresent();
        EvidenceRecords.File file = requests.file(id, made.id(), f.analyst());
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.name()).doesNotContain("/");
        assertThatThrownBy(() -> requests.file(id, made.id(), f.stranger())).isInstanceOf(RoundNotFoundException.class);
        assertThat(made.status()).isEqualTo(ReviewRequest.Status.OPEN);
        assertThat(made.areas()).containsExactly(EDUCATION, new AreaCode("business"));
        assertThat(made.evidenceLink()).contains("https://example.org/decision");
        assertThat(refusal(() -> requests.request(id, ask(List.of("welcoming"), "Another"), f.coordinator())))
                .isEqualTo(Refusal.Reason.REQUEST_PENDING);
        assertThat(refusal(() -> requests.accept(id, f.coordinator()))).isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(refusal(() -> requests.decline(id, "No", f.coordinator()))).isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThatThrownBy(() -> requests.decline(id, "No", f.stranger())).isInstanceOf(RoundNotFoundException.class);
        assertThat(refusal(() -> requests.decline(id, "", f.analyst()))).isEqualTo(Refusal.Reason.TEXT_REQUIRED);

        ReviewRequest declined = requests.decline(id, "The 2023 decision came after the deadline", f.analyst());
        assertThat(declined.status()).isEqualTo(ReviewRequest.Status.DECLINED);
        assertThat(requests.of(id, f.coordinator()))
                .singleElement()
                .satisfies(r -> assertThat(r.declineReason()).contains("The 2023 decision came after the deadline"));
        assertThat(refusal(() -> requests.accept(id, f.analyst()))).isEqualTo(Refusal.Reason.NO_OPEN_REQUEST);
        assertThat(rounds.load(id, f.coordinator()).status()).isEqualTo(Round.Status.PUBLISHED);
        assertThat(requestSteps(id))
                .containsExactly(AuditEntry.Action.REVIEW_REQUESTED, AuditEntry.Action.REVIEW_DECLINED);
    }

    @Test
    void anAcceptedRequestReopensTheContestedAreasAndItsPublicationRecordsACorrectedVersion() {
        Round round = published();
        long id = round.id();
        StoredResult first = current();
        double before = first.areaScores().get(EDUCATION);

        requests.request(id, ask(List.of("education"), "School mixing is city policy since 2022"), f.coordinator());
        Round reopened = requests.accept(id, f.analyst());
        assertThat(reopened.status()).isEqualTo(Round.Status.CORRECTING);
        assertThat(reopened.correcting()).containsExactly(EDUCATION);
        assertThat(reopened.isEditable(EDUCATION)).isTrue();
        assertThat(reopened.isEditable(new AreaCode("business"))).isFalse();
        assertThat(refusal(() -> requests.request(id, ask(List.of("business"), "More"), f.coordinator())))
                .isEqualTo(Refusal.Reason.WRONG_STATUS);
        // the public keeps the published result until the correction is published
        assertThat(current().id()).isEqualTo(first.id());

        int version = rounds.contents(id, f.coordinator())
                .answer(MIXING)
                .orElseThrow()
                .version();
        int other = rounds.contents(id, f.coordinator())
                .answer(EMPLOYERS)
                .orElseThrow()
                .version();
        assertThat(refusal(() -> answering.save(
                        id, EMPLOYERS, AbstractRoundWorkflowTests.input("none"), other, f.coordinator())))
                .isEqualTo(Refusal.Reason.NOT_CONTESTED);
        assertThat(answering.save(id, MIXING, AbstractRoundWorkflowTests.input("yes"), version, f.coordinator()))
                .isInstanceOf(SaveOutcome.Saved.class);
        // a file that leaves the other areas as published is taken; one that changes them is refused as a whole
        byte[] same = Fixture.valmonteAnswersWithout(List.of("education.school_mixing"));
        assertThat(files.uploadAnswers(id, "same.yaml", same, f.coordinator()).saved())
                .isTrue();
        byte[] changed = new String(same, StandardCharsets.UTF_8)
                .replace("business.employers: programme", "business.employers: none")
                .replace("education.teacher_diversity: few", "education.teacher_diversity: where_needed")
                .getBytes(StandardCharsets.UTF_8);
        int teachers = rounds.contents(id, f.coordinator())
                .answer(TEACHERS)
                .orElseThrow()
                .version();
        UploadReport refused = files.uploadAnswers(id, "changed.yaml", changed, f.coordinator());
        assertThat(refused.saved()).isFalse();
        // the upload page lists each question outside the contested areas, with the areas that may change
        assertThat(refused.problems())
                .extracting(UploadProblem::message)
                .containsExactly("question 'business.employers' would change, but only the contested areas"
                        + " ('education') change in this correction: keep its published answer in the file");
        assertThat(rounds.contents(id, f.coordinator())
                        .answer(EMPLOYERS)
                        .orElseThrow()
                        .version())
                .isEqualTo(other);
        assertThat(rounds.contents(id, f.coordinator())
                        .answer(TEACHERS)
                        .orElseThrow()
                        .version())
                .as("the contested area's change in the refused file is not saved either")
                .isEqualTo(teachers);
        // a workbook names the sheet of each question outside the correction
        byte[] workbook = AbstractRoundFilesTests.edited(
                files.workbook(id, f.coordinator(), "en", key -> key, List.of("Instructions")),
                AbstractRoundFilesTests.set("business.employers", 'D', "none")
                        .andThen(AbstractRoundFilesTests.set("commitment.strategy", 'D', "none")));
        assertThat(files.uploadWorkbook(id, "round.xlsx", workbook, f.coordinator())
                        .problems())
                .extracting(UploadProblem::toString)
                .containsExactlyInAnyOrder(
                        "sheet 'business': question 'business.employers' would change, but only the contested areas"
                                + " ('education') change in this correction: keep its published answer in the file",
                        "sheet 'commitment': question 'commitment.strategy' would change, but only the contested"
                                + " areas ('education') change in this correction: keep its published answer in the"
                                + " file");

        workflow.submit(id, f.coordinator());
        workflow.validate(id, f.analyst());
        Round republished = workflow.publish(id, f.analyst());
        assertThat(republished.status()).isEqualTo(Round.Status.PUBLISHED);
        assertThat(republished.correcting()).isEmpty();
        assertThat(republished.transitions())
                .extracting(Round.Transition::to)
                .containsExactly(
                        Round.Status.DRAFT,
                        Round.Status.SUBMITTED,
                        Round.Status.VALIDATED,
                        Round.Status.PUBLISHED,
                        Round.Status.CORRECTING,
                        Round.Status.SUBMITTED,
                        Round.Status.VALIDATED,
                        Round.Status.PUBLISHED);

        StoredResult corrected = current();
        assertThat(corrected.id()).isNotEqualTo(first.id());
        assertThat(corrected.areaScores().get(EDUCATION)).isGreaterThan(before);
        assertThat(corrected.publishedOn()).isEqualTo(first.publishedOn());
        List<ResultVersions.Version> all = versions.of(corrected);
        assertThat(all).extracting(ResultVersions.Version::version).containsExactly(1, 2);
        assertThat(all.get(0).id()).isEqualTo(first.id());
        assertThat(all.get(0).correction()).isEmpty();
        assertThat(all.get(1).correction().orElseThrow().reason()).contains("School mixing is city policy since 2022");
        assertThat(versions.correctedOn(corrected)).isPresent();
        assertThat(requests.of(id, f.coordinator()))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReviewRequest.Status.CORRECTED));
        assertThat(requestSteps(id))
                .containsExactly(
                        AuditEntry.Action.REVIEW_REQUESTED,
                        AuditEntry.Action.REVIEW_ACCEPTED,
                        AuditEntry.Action.CORRECTION_PUBLISHED);

        // a published round's queries stay read-only; a new request may follow the correction
        assertThat(refusal(() -> reviews.raise(id, MIXING, "Why?", f.analyst())))
                .isEqualTo(Refusal.Reason.WRONG_STATUS);
        assertThat(requests.request(id, ask(List.of("business"), "Next"), f.coordinator())
                        .status())
                .isEqualTo(ReviewRequest.Status.OPEN);
    }

    private StoredResult current() {
        return results.findByCity(f.city().slug()).stream()
                .filter(r -> r.round() == 2024)
                .findFirst()
                .orElseThrow();
    }
}
