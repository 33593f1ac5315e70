package org.iccindex.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.EditionId;
import org.iccindex.definition.Indicator;
import org.iccindex.edition.EditionCatalog;

/**
 * The areas the synthetic sample scores, read from the loaded definitions: the newer edition's scored areas in
 * report order, its lens, and for each the column it fills in an older row (its own code, or the older area it
 * continues, e.g. {@code leadership} under {@code governance}). An area with no older counterpart is absent from
 * older rows.
 */
final class SampleAreas {
    private final List<AreaCode> newer;
    private final Set<AreaCode> lens;
    private final Map<AreaCode, String> olderColumns;
    private final List<String> columns;

    private SampleAreas(Definition newerEdition, Definition olderEdition) {
        this.newer = newerEdition.scoredAreas().stream()
                .map(org.iccindex.definition.Area::code)
                .toList();
        this.lens = Set.copyOf(newerEdition.composite().map(Indicator::areas).orElse(List.of()));
        Set<AreaCode> older = Set.copyOf(olderEdition.scoredAreas().stream()
                .map(org.iccindex.definition.Area::code)
                .toList());
        Map<AreaCode, String> columnsInOlder = new LinkedHashMap<>();
        for (org.iccindex.definition.Area area : newerEdition.scoredAreas()) {
            if (older.contains(area.code())) {
                columnsInOlder.put(area.code(), area.code().value());
            } else {
                area.continues().stream()
                        .filter(older::contains)
                        .findFirst()
                        .ifPresent(code -> columnsInOlder.put(area.code(), code.value()));
            }
        }
        this.olderColumns = Map.copyOf(columnsInOlder);
        List<String> header =
                new ArrayList<>(newer.stream().map(AreaCode::value).toList());
        olderEdition.scoredAreas().stream()
                .map(area -> area.code().value())
                .filter(code -> !header.contains(code))
                .forEach(header::add);
        this.columns = List.copyOf(header);
    }

    /** The areas of the editions the sample's rows belong to ({@link Edition}), as the catalogue defines them. */
    static SampleAreas of(EditionCatalog catalog) {
        return new SampleAreas(
                catalog.get(new EditionId(Edition.ICC_2019.id())), catalog.get(new EditionId(Edition.ICC_2011.id())));
    }

    /** Every scored area of the newer edition, in report order. */
    List<AreaCode> all() {
        return newer;
    }

    /** The areas an edition scores, in report order. */
    List<AreaCode> of(Edition edition) {
        return edition == Edition.ICC_2019
                ? newer
                : newer.stream().filter(olderColumns::containsKey).toList();
    }

    /** One of the areas of the intercultural-lens composite. */
    boolean lens(AreaCode area) {
        return lens.contains(area);
    }

    /** The column this area's score goes to in a row of the given edition. */
    String column(AreaCode area, Edition edition) {
        return edition == Edition.ICC_2019 ? area.value() : olderColumns.get(area);
    }

    /** The score columns of the sample, newer areas first, then older names not among them. */
    List<String> columns() {
        return columns;
    }
}
