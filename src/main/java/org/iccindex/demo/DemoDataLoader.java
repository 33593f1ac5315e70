package org.iccindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.iccindex.account.Accounts;
import org.iccindex.account.Role;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.Definition;
import org.iccindex.definition.ProfileFact;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.ResultImporter;
import org.iccindex.result.ResultOrigin;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.StoredResult;
import org.iccindex.scoring.AnswerSet;
import org.iccindex.scoring.AnswersFile;
import org.iccindex.scoring.AnswersReader;
import org.iccindex.scoring.ProfileFacts;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data into an empty database through the application's own import paths: the real published
 * figures, the published 2020 snapshot, the synthetic sample, and the three fictional cities scored from answers.
 */
public class DemoDataLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String DEMO_USER = "demo-loader";
    /** The password of every demo account, printed on the sign-in page of a demo run. */
    public static final String DEMO_PASSWORD = "demo-password";

    /** The fictional cities whose complete answers ship with the demo, and when their 2023 results were published. */
    record DemoCity(String slug, String name, String country, String answersFile, LocalDate publishedOn) {}

    static final List<DemoCity> DEMO_CITIES = List.of(
            new DemoCity(
                    "rivermouth",
                    "Rivermouth",
                    "Ireland",
                    "demo/answers/rivermouth-2023.yaml",
                    LocalDate.of(2023, 10, 2)),
            new DemoCity("valmonte", "Valmonte", "Italy", "demo/answers/valmonte-2023.yaml", LocalDate.of(2023, 11, 6)),
            new DemoCity(
                    "northbay", "Northbay", "Canada", "demo/answers/northbay-2023.yaml", LocalDate.of(2023, 12, 4)));

    private final ResultImporter importer;
    private final PublishedSnapshots snapshots;
    private final CityRepository cities;
    private final ResultRepository results;
    private final EditionCatalog catalog;
    private final TransactionTemplate transaction;
    private final Accounts accounts;

    DemoDataLoader(
            ResultImporter importer,
            PublishedSnapshots snapshots,
            CityRepository cities,
            ResultRepository results,
            EditionCatalog catalog,
            TransactionTemplate transaction,
            Accounts accounts) {
        this.importer = importer;
        this.snapshots = snapshots;
        this.cities = cities;
        this.results = results;
        this.catalog = catalog;
        this.transaction = transaction;
        this.accounts = accounts;
    }

    /** Loads everything if the database has no city yet; returns whether it loaded. */
    public boolean loadIfEmpty() {
        if (cities.count() > 0) {
            return false;
        }
        log.info("Empty database: loading the demo data");
        transaction.executeWithoutResult(status -> {
            importer.importResults("published-results.csv", resource("demo/published-results.csv"), DEMO_USER);
            snapshots.importSnapshots(
                    "published-snapshots.csv",
                    new String(resource("demo/published-snapshots.csv"), StandardCharsets.UTF_8));
            String synthetic = SyntheticSampleGenerator.csv(SyntheticSampleGenerator.DEFAULT_SEED);
            importer.importResults("synthetic-sample.csv", synthetic.getBytes(StandardCharsets.UTF_8), DEMO_USER);
            DEMO_CITIES.forEach(this::scoreAndStore);
            createDemoAccounts();
        });
        log.info("Demo data loaded: {} cities", cities.count());
        return true;
    }

    private void scoreAndStore(DemoCity demo) {
        Definition definition = catalog.current();
        String text = new String(resource(demo.answersFile()), StandardCharsets.UTF_8);
        AnswersFile file = AnswersReader.read(demo.answersFile(), text, definition);
        if (!file.isValid()) {
            throw new IllegalStateException("invalid demo answers: " + file.errors());
        }
        AnswerSet answers = file.answers().orElseThrow();
        ScoreCard card = Scorer.score(definition, answers);
        City city = cities.create(new CitySlug(demo.slug()), demo.name(), demo.country(), true);
        int round = file.round().orElse(demo.publishedOn().getYear());
        results.insert(
                new StoredResult(
                        0,
                        city,
                        definition.edition(),
                        round,
                        demo.publishedOn(),
                        demo.publishedOn().toString(),
                        ResultOrigin.COMPUTED,
                        card.method(),
                        ProfileFacts.number(definition, answers, ProfileFact.POPULATION)
                                .map(BigDecimal::longValue),
                        ProfileFacts.number(definition, answers, ProfileFact.FOREIGN_BORN_PCT),
                        ProfileFacts.number(definition, answers, ProfileFact.NON_NATIONAL_PCT),
                        OptionalInt.empty(),
                        card.areaScores(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        Optional.of("fictional demo city, scored from its answers (" + demo.answersFile() + ")")),
                Optional.empty());
    }

    /** One account per role; the city roles act for Valmonte. The sign-in page lists them. */
    private void createDemoAccounts() {
        long valmonte = cities.find(new CitySlug("valmonte")).orElseThrow().id();
        Optional<String> password = Optional.of(DEMO_PASSWORD);
        accounts.create(
                "admin@example.org", "Demo administrator", Role.ADMINISTRATOR, Optional.empty(), password, true);
        accounts.create("analyst@example.org", "Demo analyst", Role.ANALYST, Optional.empty(), password, true);
        accounts.create(
                "coordinator.valmonte@example.org",
                "Demo coordinator (Valmonte)",
                Role.COORDINATOR,
                Optional.of(valmonte),
                password,
                true);
        accounts.create(
                "contributor.valmonte@example.org",
                "Demo contributor (Valmonte)",
                Role.CONTRIBUTOR,
                Optional.of(valmonte),
                password,
                true);
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("missing demo resource " + path, e);
        }
    }
}
