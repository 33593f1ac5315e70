package org.iccindex.support;

import java.util.List;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.Indicator;
import org.iccindex.edition.EditionCatalog;

/**
 * The scored areas of the shipped 2019 definition in report order, and the six of its intercultural lens, read from
 * {@code definitions/icc-2019.yaml} for the test editions built in code as stand-ins for it (the definition's own
 * tests spell them out as assertions).
 */
public final class Icc2019Areas {
    private static final Definition ICC_2019 =
            EditionCatalog.loadFromClasspath().get(new EditionId("icc-2019"));

    public static final List<String> ALL =
            ICC_2019.scoredAreas().stream().map(Area::code).map(AreaCode::value).toList();

    public static final List<String> LENS = ICC_2019.composite().map(Indicator::areas).orElseThrow().stream()
            .map(AreaCode::value)
            .toList();

    private Icc2019Areas() {}
}
