package org.iccindex.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.iccindex.definition.Definition;
import org.iccindex.definition.ProfileFact;
import org.iccindex.definition.Question;

/** Reads the city profile (population, foreign-born share...) from the answers to the fact questions. */
public final class ProfileFacts {
    private ProfileFacts() {}

    public static Optional<Answer> answer(Definition definition, AnswerSet answers, ProfileFact fact) {
        return definition.questions().stream()
                .filter(q -> q.fact().filter(fact::equals).isPresent())
                .map(Question::code)
                .map(answers::answer)
                .flatMap(Optional::stream)
                .findFirst();
    }

    public static Optional<BigDecimal> number(Definition definition, AnswerSet answers, ProfileFact fact) {
        return answer(definition, answers, fact)
                .filter(Answer.Numeric.class::isInstance)
                .map(a -> ((Answer.Numeric) a).value());
    }

    public static Optional<String> text(Definition definition, AnswerSet answers, ProfileFact fact) {
        return answer(definition, answers, fact)
                .filter(Answer.Text.class::isInstance)
                .map(a -> ((Answer.Text) a).text());
    }
}
