package org.iccindex.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;

/**
 * Evidence behind a score: per scored area, how many of the points EARNED come from answers that carry evidence
 * (see {@link EvidenceRule}). Points not earned need no evidence, so an area with nothing earned has no share.
 */
public record EvidenceCoverage(Map<AreaCode, Area> areas) {
    public EvidenceCoverage {
        areas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(areas));
    }

    /**
     * One area: {@code earned} points in all, {@code supported} of them from answers with evidence, and the
     * questions that earned points without evidence, in questionnaire order.
     */
    public record Area(AreaCode code, int earned, int supported, List<QuestionCode> unsupported) {
        public Area {
            Objects.requireNonNull(code, "code");
            if (supported < 0 || supported > earned) {
                throw new IllegalArgumentException("supported points must lie in 0.." + earned + ": " + supported);
            }
            unsupported = List.copyOf(unsupported);
        }

        /** The share of earned points backed by evidence, 0 to 1; empty when nothing was earned. */
        public OptionalDouble share() {
            return earned == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) supported / earned);
        }
    }

    /**
     * Computes the coverage of a set of answers; {@code withEvidence} holds the questions whose answers carry
     * evidence (decided by the caller with an {@link EvidenceRule}, since files and links live outside the engine).
     */
    public static EvidenceCoverage of(Definition definition, AnswerSet answers, Set<QuestionCode> withEvidence) {
        Map<AreaCode, Area> result = new LinkedHashMap<>();
        for (org.iccindex.definition.Area area : definition.scoredAreas()) {
            int earned = 0;
            int supported = 0;
            List<QuestionCode> unsupported = new ArrayList<>();
            for (Question question : definition.questionsOf(area.code())) {
                int points = QuestionScoring.score(question, answers.answer(question.code()))
                        .earned();
                earned += points;
                if (points == 0) {
                    continue;
                }
                if (withEvidence.contains(question.code())) {
                    supported += points;
                } else {
                    unsupported.add(question.code());
                }
            }
            result.put(area.code(), new Area(area.code(), earned, supported, unsupported));
        }
        return new EvidenceCoverage(result);
    }

    /** The share over every area together (earned points weighted alike); empty when nothing was earned. */
    public OptionalDouble overall() {
        int earned = areas.values().stream().mapToInt(Area::earned).sum();
        int supported = areas.values().stream().mapToInt(Area::supported).sum();
        return earned == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) supported / earned);
    }
}
