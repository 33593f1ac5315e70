package org.iccindex.practice.web;

import java.util.List;
import java.util.Locale;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.springframework.stereotype.Component;

/** Names of the areas in the page's language, from the edition in force, and the areas in report order. */
@Component
class Areas {
    private final EditionCatalog editions;

    Areas(EditionCatalog editions) {
        this.editions = editions;
    }

    String name(AreaCode code, Locale locale) {
        Definition current = editions.current();
        return current.area(code).map(a -> a.name().in(language(locale))).orElse(code.value());
    }

    List<String> names(List<AreaCode> codes, Locale locale) {
        List<AreaCode> order = all();
        return codes.stream()
                .sorted(java.util.Comparator.comparingInt(order::indexOf))
                .map(c -> name(c, locale))
                .toList();
    }

    List<AreaCode> all() {
        return editions.current().scoredAreas().stream().map(Area::code).toList();
    }

    List<Option> options(List<String> selected, Locale locale) {
        return all().stream()
                .map(code -> new Option(code.value(), name(code, locale), selected.contains(code.value())))
                .toList();
    }

    static String language(Locale locale) {
        return locale.getLanguage().equals("fr") ? "fr" : "en";
    }
}
