package org.iccindex.site.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.site.api.v1.AreaList;
import org.iccindex.site.api.v1.EditionDefinition;
import org.iccindex.site.api.v1.EditionList;
import org.iccindex.site.data.BadQueryException;
import org.iccindex.site.data.LeagueParams;
import org.iccindex.site.data.QueryProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping(path = ApiViews.BASE, produces = "application/json")
@Tag(name = "Editions", description = "The editions of the index and their definitions: indicators, areas, bands.")
class EditionsApi {
    private final EditionCatalog catalog;
    private final ApiTexts texts;

    EditionsApi(EditionCatalog catalog, ApiTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    @GetMapping("/editions")
    @Operation(summary = "Every edition of the index, oldest first")
    EditionList editions() {
        Definition current = catalog.current();
        return new EditionList(catalog.all().stream()
                .sorted(Comparator.comparing(Definition::inForceFrom))
                .map(d -> ApiViews.edition(d, d == current))
                .toList());
    }

    @GetMapping("/editions/{edition}")
    @Operation(summary = "An edition's definition in summary: indicators, areas, weights, questions, bands")
    EditionDefinition edition(@Parameter(description = "Edition id, e.g. icc-2019") @PathVariable String edition) {
        Definition definition = catalog.find(edition)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no edition '" + edition + "'"));
        return texts.definition(definition, definition == catalog.current());
    }

    @GetMapping("/areas")
    @Operation(summary = "The scored areas of an edition (default: the edition in force), in report order")
    AreaList areas(
            @Parameter(description = "Edition id (default: the edition in force)")
                    @RequestParam(name = "edition", required = false)
                    String edition) {
        Definition definition = edition == null || edition.isBlank() ? catalog.current() : find(edition);
        return new AreaList(definition.edition().value(), ApiViews.areas(definition));
    }

    private Definition find(String edition) {
        List<QueryProblem> problems = new ArrayList<>();
        return LeagueParams.edition(catalog, edition, problems).orElseThrow(() -> new BadQueryException(problems));
    }
}
