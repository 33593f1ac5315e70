package org.iccindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.assessment.Round;
import org.iccindex.assessment.RoundFiles;
import org.iccindex.assessment.RoundWorkflow;
import org.iccindex.assessment.Rounds;
import org.iccindex.assessment.UploadReport;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.result.AnswersBasis;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.ResultImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data into an empty database through the application's own import paths: the real published
 * figures, the published 2020 snapshot, the synthetic sample, and the three fictional cities, whose 2023 rounds go
 * through the questionnaire workflow (answers uploaded, submitted, validated, published: scored by the engine).
 * Valmonte, the demo coordinator's city, also gets a draft round started from its 2023 answers.
 */
public class DemoDataLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String DEMO_USER = "demo-loader";
    /** The password of every demo account, printed on the sign-in page of a demo run. */
    public static final String DEMO_PASSWORD = "demo-password";

    /** The fictional cities whose complete answers ship with the demo, and when their 2023 results were published. */
    record DemoCity(
            String slug,
            String name,
            String country,
            String answersFile,
            LocalDate publishedOn,
            AnswersBasis answersBasis) {
        DemoCity(String slug, String name, String country, String answersFile, LocalDate publishedOn) {
            this(slug, name, country, answersFile, publishedOn, AnswersBasis.CITY);
        }
    }

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

    /**
     * Ansan, a real city: its 2020 figures come from the published report (published-results.csv); its answers,
     * reconstructed from that report, go through the same workflow and add the computed figures beside them.
     */
    static final DemoCity ANSAN = new DemoCity(
            "ansan",
            "Ansan",
            "South Korea",
            "demo/answers/ansan-2020.yaml",
            LocalDate.of(2020, 8, 27),
            AnswersBasis.RECONSTRUCTED);

    /** The year of the draft round the demo coordinator finds started from Valmonte's 2023 answers. */
    static final int DRAFT_YEAR = 2026;

    private final ResultImporter importer;
    private final PublishedSnapshots snapshots;
    private final CityRepository cities;
    private final TransactionTemplate transaction;
    private final Accounts accounts;
    private final Rounds rounds;
    private final RoundFiles roundFiles;
    private final RoundWorkflow workflow;
    private final JdbcClient jdbc;
    private final EditionCatalog catalog;
    private final java.time.ZoneId zone;

    DemoDataLoader(
            ResultImporter importer,
            PublishedSnapshots snapshots,
            CityRepository cities,
            TransactionTemplate transaction,
            Accounts accounts,
            Rounds rounds,
            RoundFiles roundFiles,
            RoundWorkflow workflow,
            JdbcClient jdbc,
            EditionCatalog catalog,
            java.time.ZoneId zone) {
        this.zone = zone;
        this.importer = importer;
        this.snapshots = snapshots;
        this.cities = cities;
        this.transaction = transaction;
        this.accounts = accounts;
        this.rounds = rounds;
        this.roundFiles = roundFiles;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** Loads everything if the database has no city yet; returns whether it loaded. */
    public boolean loadIfEmpty() {
        if (cities.count() > 0) {
            return false;
        }
        Boolean loaded = transaction.execute(status -> {
            // another instance starting on the same empty database waits here until the first has committed
            jdbc.sql("select task from startup_lock where task = 'demo-data' for update")
                    .query(String.class)
                    .single();
            if (cities.count() > 0) {
                return false;
            }
            log.info("Empty database: loading the demo data");
            importer.importResults("published-results.csv", resource("demo/published-results.csv"), DEMO_USER);
            snapshots.importSnapshots(
                    "published-snapshots.csv",
                    new String(resource("demo/published-snapshots.csv"), StandardCharsets.UTF_8));
            String synthetic = SyntheticSampleGenerator.csv(catalog, SyntheticSampleGenerator.DEFAULT_SEED);
            importer.importResults("synthetic-sample.csv", synthetic.getBytes(StandardCharsets.UTF_8), DEMO_USER);
            Map<String, City> demoCities = new LinkedHashMap<>();
            DEMO_CITIES.forEach(demo -> demoCities.put(
                    demo.slug(), cities.create(new CitySlug(demo.slug()), demo.name(), demo.country(), true)));
            City ansan = cities.find(new CitySlug(ANSAN.slug()))
                    .orElseThrow(() -> new IllegalStateException("published-results.csv has no row for Ansan"));
            DemoAccounts people = createDemoAccounts(demoCities, ansan);
            DEMO_CITIES.forEach(demo -> answerAndPublish(demo, demoCities.get(demo.slug()), people));
            answerAndPublish(ANSAN, ansan, people);
            City valmonte = demoCities.get("valmonte");
            rounds.start(people.coordinators().get("valmonte"), valmonte.id(), DRAFT_YEAR);
            return true;
        });
        if (!Boolean.TRUE.equals(loaded)) {
            log.info("Demo data already loaded by another instance");
            return false;
        }
        log.info("Demo data loaded: {} cities", cities.count());
        return true;
    }

    /**
     * A demo city's round (a fictional city's 2023 round, Ansan's 2020 round) goes through the whole workflow, dated
     * before its publication: the coordinator
     * starts it and uploads the answers file, then submits it; the analyst validates and publishes it, which scores
     * the answers with the engine and stores the result.
     */
    private void answerAndPublish(DemoCity demo, City city, DemoAccounts people) {
        CurrentUser coordinator = people.coordinators().get(demo.slug());
        // 10:00 on the publication day in the clock's zone, so that the result is published on that day
        Instant published = demo.publishedOn().atTime(10, 0).atZone(zone).toInstant();
        int year = demo.publishedOn().getYear();
        Round round =
                rounds.start(coordinator, city.id(), year, published.minus(Duration.ofDays(60)), demo.answersBasis());
        UploadReport report = roundFiles.uploadAnswers(
                round.id(),
                demo.answersFile().substring(demo.answersFile().lastIndexOf('/') + 1),
                resource(demo.answersFile()),
                coordinator,
                published.minus(Duration.ofDays(45)));
        if (!report.saved()) {
            throw new IllegalStateException("invalid demo answers " + demo.answersFile() + ": " + report.problems());
        }
        workflow.submit(round.id(), coordinator, published.minus(Duration.ofDays(30)));
        workflow.validate(round.id(), people.analyst(), published.minus(Duration.ofDays(5)));
        workflow.publish(round.id(), people.analyst(), published);
    }

    /** The demo accounts: the analyst, and the coordinator of each fictional city. */
    record DemoAccounts(CurrentUser analyst, Map<String, CurrentUser> coordinators) {}

    /**
     * One account per role, the city roles acting for Valmonte, plus a coordinator for each other fictional city
     * (their rounds need one to be submitted). The sign-in page lists them.
     */
    private DemoAccounts createDemoAccounts(Map<String, City> demoCities, City ansan) {
        long valmonte = demoCities.get("valmonte").id();
        Optional<String> password = Optional.of(DEMO_PASSWORD);
        accounts.create(
                "admin@example.org", "Demo administrator", Role.ADMINISTRATOR, Optional.empty(), password, true);
        CurrentUser analyst =
                accounts.create("analyst@example.org", "Demo analyst", Role.ANALYST, Optional.empty(), password, true);
        Map<String, CurrentUser> coordinators = new LinkedHashMap<>();
        coordinators.put(
                "valmonte",
                accounts.create(
                        "coordinator.valmonte@example.org",
                        "Demo coordinator (Valmonte)",
                        Role.COORDINATOR,
                        Optional.of(valmonte),
                        password,
                        true));
        accounts.create(
                "contributor.valmonte@example.org",
                "Demo contributor (Valmonte)",
                Role.CONTRIBUTOR,
                Optional.of(valmonte),
                password,
                true);
        for (DemoCity demo : DEMO_CITIES) {
            if (!coordinators.containsKey(demo.slug())) {
                coordinators.put(
                        demo.slug(),
                        accounts.create(
                                "coordinator." + demo.slug() + "@example.org",
                                "Demo coordinator (" + demo.name() + ")",
                                Role.COORDINATOR,
                                Optional.of(demoCities.get(demo.slug()).id()),
                                password,
                                true));
            }
        }
        coordinators.put(
                ANSAN.slug(),
                accounts.create(
                        "coordinator.ansan@example.org",
                        "Demo coordinator (Ansan, answers reconstructed from the 2020 report)",
                        Role.COORDINATOR,
                        Optional.of(ansan.id()),
                        password,
                        true));
        return new DemoAccounts(analyst, coordinators);
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("missing demo resource " + path, e);
        }
    }
}
