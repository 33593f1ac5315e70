package org.iccindex.assessment;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.persistence.EvidenceStore;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.assessment.persistence.RoundStore;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.QuestionCode;
import org.iccindex.result.AnswersBasis;
import org.iccindex.scoring.EvidenceCoverage;
import org.iccindex.scoring.EvidenceRule;
import org.iccindex.scoring.Rounding;
import org.springframework.stereotype.Service;

/**
 * Evidence behind a round's scores: which answers carry evidence by the {@link EvidenceRule} of the settings (a file
 * or link not removed, or a long enough note), and the share of the earned points they account for, computed by the
 * engine's {@link EvidenceCoverage}.
 */
@Service
public class EvidenceBehindScores {
    private final Rounds rounds;
    private final RoundStore store;
    private final EvidenceStore evidence;
    private final CityRepository cities;
    private final EvidenceRule rule;

    EvidenceBehindScores(
            Rounds rounds,
            RoundStore store,
            EvidenceStore evidence,
            CityRepository cities,
            AssessmentProperties properties) {
        this.rounds = rounds;
        this.store = store;
        this.evidence = evidence;
        this.cities = cities;
        this.rule = properties.evidenceRule();
    }

    /**
     * The evidence behind a published round's scores, with whether the answers were written by this project to
     * reconstruct a result (their evidence then is the project's, not the city's).
     */
    public record Published(EvidenceCoverage coverage, boolean reconstructed) {}

    /** The shortest note that counts as evidence, in characters. */
    public int minNoteLength() {
        return rule.minNoteLength();
    }

    /** The coverage of a round's answers as they stand, for someone who may see the round. */
    public EvidenceCoverage of(long roundId, CurrentUser user) {
        return of(rounds.visibleRow(roundId, user));
    }

    /** The coverage of a city's PUBLISHED round of that year; empty when there is none. */
    public Optional<Published> published(CitySlug city, int year) {
        return cities.find(city)
                .flatMap(c -> store.findByCity(c.id()).stream()
                        .filter(r -> r.year() == year && r.status() == Round.Status.PUBLISHED)
                        .findFirst())
                .map(row -> new Published(of(row), row.answersBasis() == AnswersBasis.RECONSTRUCTED));
    }

    EvidenceCoverage of(RoundRow row) {
        RoundContents contents = rounds.contents(row);
        Map<String, Long> attached = evidence.findByRound(row.id()).stream()
                .filter(e -> !e.isRemoved())
                .collect(Collectors.groupingBy(Evidence::questionCode, Collectors.counting()));
        Set<QuestionCode> supported = new HashSet<>();
        contents.answers().forEach((code, answer) -> {
            int files = attached.getOrDefault(code.value(), 0L).intValue();
            if (rule.supports(files, answer.state().evidenceNote())) {
                supported.add(code);
            }
        });
        return EvidenceCoverage.of(contents.definition(), contents.answerSet(), supported);
    }

    /** A share (0 to 1) as a whole percentage ("80"), the way pages and reports write it; empty for no share. */
    public static Optional<Integer> percent(OptionalDouble share) {
        return share.isPresent() ? Optional.of(Rounding.whole(100 * share.getAsDouble())) : Optional.empty();
    }
}
