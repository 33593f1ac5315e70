package org.iccindex.result;

import java.util.ArrayList;
import java.util.List;
import org.iccindex.definition.Definition;
import org.iccindex.definition.ScoringChecksum;
import org.iccindex.edition.EditionCatalog;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a definition whose scoring differs from the one that produced its edition's computed results
 * (their recorded checksum), unless the file declares itself a new {@code revision:} of the edition. Otherwise
 * editing a weight would silently give the same edition two methods, and figures already published would disagree
 * with any computed afresh.
 */
@Component
class ScoringChecksumGuard implements InitializingBean {
    private final EditionCatalog catalog;
    private final JdbcClient jdbc;

    ScoringChecksumGuard(EditionCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>();
        for (Definition definition : catalog.all()) {
            if (definition.revision().isPresent()) {
                continue;
            }
            String checksum = ScoringChecksum.of(definition);
            List<String> concerned = jdbc.sql(
                            """
                            select c.slug, r.round_year, rc.definition_checksum from result_computed rc
                            join result r on r.id = rc.result_id join city c on c.id = r.city_id
                            where r.edition_id = ? and rc.definition_checksum <> ?""" + " and " + ResultRepository.CURRENT + " order by c.slug, r.round_year")
                    .params(definition.edition().value(), checksum)
                    .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2))
                    .list();
            if (!concerned.isEmpty()) {
                problems.add("edition " + definition.edition().value() + ": the scoring of its definition (checksum "
                        + checksum.substring(0, 12) + ") differs from the one recorded with the computed results of "
                        + String.join(", ", concerned) + ". Restore the definition, or declare it a new revision of"
                        + " the edition with 'revision: N' (docs/definition-format.md)");
            }
        }
        if (!problems.isEmpty()) {
            throw new ScoringChangedException(String.join("\n", problems));
        }
    }

    /** The definitions on disk would score differently from the method that produced stored results. */
    static final class ScoringChangedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ScoringChangedException(String message) {
            super(message);
        }
    }
}
