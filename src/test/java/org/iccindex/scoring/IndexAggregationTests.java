package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.junit.jupiter.api.Test;

/** Step 4: the aggregate is the weighted mean of the answered scored areas (mini: commitment weighs 2). */
class IndexAggregationTests {
    private static final Definition MINI = MiniEdition.definition();
    private static final AreaCode COMMITMENT = new AreaCode("commitment");
    private static final AreaCode EDUCATION = new AreaCode("education");
    private static final AreaCode PUBLIC_SPACE = new AreaCode("public_space");
    private static final AreaCode PARTICIPATION = new AreaCode("participation");

    @Test
    void isTheWeightedMeanWithUnequalWeights() {
        Map<AreaCode, Double> scores =
                Map.of(COMMITMENT, 80.0, EDUCATION, 50.0, PUBLIC_SPACE, 20.0, PARTICIPATION, 100.0);

        // (2 x 80 + 50 + 20 + 100) / (2 + 1 + 1 + 1) = 330 / 5 = 66; the plain mean would be 62.5
        assertThat(IndexAggregation.compute(MINI, scores)).hasValue(66.0);
    }

    @Test
    void leavesOutAMissingAreaAndItsWeight() {
        Map<AreaCode, Double> scores = Map.of(COMMITMENT, 80.0, EDUCATION, 50.0, PUBLIC_SPACE, 20.0);

        // participation not answered: (2 x 80 + 50 + 20) / (2 + 1 + 1) = 230 / 4 = 57.5, not 230 / 5 = 46
        assertThat(IndexAggregation.compute(MINI, scores)).hasValue(57.5);
    }

    @Test
    void ignoresAreasThatAreNotScored() {
        Map<AreaCode, Double> scores = Map.of(EDUCATION, 50.0, new AreaCode("profile"), 100.0);

        assertThat(IndexAggregation.compute(MINI, scores)).hasValue(50.0);
    }

    @Test
    void isAbsentWithoutAnyAnsweredArea() {
        assertThat(IndexAggregation.compute(MINI, Map.of())).isEmpty();
    }
}
