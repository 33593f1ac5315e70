package org.iccindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.MiniEdition;
import org.junit.jupiter.api.Test;

/** Step 3: the lens is the plain mean of its answered areas (mini: education and public_space). */
class LensCompositeTests {
    private static final Definition MINI = MiniEdition.definition();
    private static final AreaCode EDUCATION = new AreaCode("education");
    private static final AreaCode PUBLIC_SPACE = new AreaCode("public_space");
    private static final AreaCode COMMITMENT = new AreaCode("commitment");

    @Test
    void isThePlainMeanOfItsAreas() {
        // (95 + 63) / 2 = 79; commitment is not in the lens and changes nothing
        assertThat(LensComposite.compute(MINI, Map.of(EDUCATION, 95.0, PUBLIC_SPACE, 63.0, COMMITMENT, 0.0)))
                .hasValue(79.0);
    }

    @Test
    void ignoresWeights() {
        // all lens areas weigh 1 in mini, but even so: a plain mean, (90 + 60) / 2 = 75
        assertThat(LensComposite.compute(MINI, Map.of(EDUCATION, 90.0, PUBLIC_SPACE, 60.0)))
                .hasValue(75.0);
    }

    @Test
    void leavesOutAnAreaNotAnswered() {
        // public_space not answered: the mean of education alone, not (95 + 0) / 2
        assertThat(LensComposite.compute(MINI, Map.of(EDUCATION, 95.0))).hasValue(95.0);
    }

    @Test
    void isAbsentWhenNoneOfItsAreasIsAnswered() {
        assertThat(LensComposite.compute(MINI, Map.of(COMMITMENT, 80.0))).isEmpty();
    }
}
