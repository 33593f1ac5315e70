package org.iccindex.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add the cities that take part. The name may be in any script (안산, Θεσσαλονίκη); the slug, the
 * city's identifier in addresses and files, is derived from a Latin name or must be given.
 */
@Service
public class CityRegistration {
    /** The city form as typed; {@code slug} may be blank (derived from the name). */
    public record NewCity(String name, String slug, String country) {}

    private final CityRepository cities;
    private final AccountAudit audit;

    CityRegistration(CityRepository cities, AccountAudit audit) {
        this.cities = cities;
        this.audit = audit;
    }

    /** @throws InvalidInputException naming each wrong field (name, slug, country); nothing is saved */
    @Transactional
    public City create(CurrentUser administrator, NewCity form) {
        AccountAdministration.requireAdministrator(administrator);
        List<FieldProblem> problems = new ArrayList<>();
        String name = clean(form.name());
        String country = clean(form.country());
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", "account.problem.required", "required"));
        } else if (name.length() > 200) {
            problems.add(FieldProblem.of("name", "account.problem.tooLong", "at most 200 characters", 200));
        }
        if (country.isEmpty()) {
            problems.add(FieldProblem.of("country", "account.problem.required", "required"));
        } else if (country.length() > 100) {
            problems.add(FieldProblem.of("country", "account.problem.tooLong", "at most 100 characters", 100));
        }
        Optional<CitySlug> slug = slug(form.slug(), name, problems);
        slug.flatMap(cities::find)
                .ifPresent(existing -> problems.add(FieldProblem.of(
                        "slug",
                        "account.problem.slug.taken",
                        "already used by " + existing.name() + " (" + existing.country() + ")",
                        existing.name(),
                        existing.country())));
        InvalidInputException.throwIfAny(problems);
        City city = cities.create(slug.orElseThrow(), name, country, false);
        audit.record(
                Optional.of(administrator),
                AuditAction.CITY_CREATED,
                city.slug().value(),
                city.name() + " (" + city.country() + ")");
        return city;
    }

    private static Optional<CitySlug> slug(String typed, String name, List<FieldProblem> problems) {
        String value = typed == null ? "" : typed.trim();
        if (!value.isEmpty()) {
            if (CitySlug.isValid(value)) {
                return Optional.of(new CitySlug(value));
            }
            problems.add(FieldProblem.of(
                    "slug",
                    "account.problem.slug.form",
                    "lower-case letters a-z and digits joined by '-', at most 80 characters, e.g. ansan or guro-gu"));
            return Optional.empty();
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<CitySlug> derived = CitySlug.from(name);
        if (derived.isEmpty()) {
            problems.add(FieldProblem.of(
                    "slug",
                    "account.problem.slug.needed",
                    "the name has no Latin letters to make one from: give a slug, e.g. the name in Latin letters"));
        }
        return derived;
    }

    /** Trims, folds runs of white space and composes accents (NFC), so that one name is stored one way. */
    private static String clean(String value) {
        return value == null
                ? ""
                : Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
