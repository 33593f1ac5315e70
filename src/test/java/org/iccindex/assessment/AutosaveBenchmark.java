package org.iccindex.assessment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.iccindex.IccIndexApplication;
import org.iccindex.account.Accounts;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AnswerType;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.scoring.Answer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Autosave under load (bench/autosave.sh): 50 editors (10 cities, each with its coordinator and 4 contributors, one
 * round per city) save for a set time, each mostly its own answers and sometimes its round's one shared answer,
 * every save based on the version the editor last saw, as the questionnaire page does. Measures each save through
 * the application's own service (transaction, round lock, version check, audit), not through HTTP.
 *
 * <p>At the end every acknowledged save must be there (an editor's own answers hold its last acknowledged value; a
 * shared answer holds the acknowledged save with the highest version) and no two acknowledged changes of one answer
 * may share a version (a conflicting save accepted silently). Exit 1 otherwise.
 *
 * <p>Arguments: {@code h2|postgres}, the duration in seconds and an optional pause in milliseconds: each editor
 * waits between its saves a random time between half and one and a half times that pause, as a person typing does
 * (0, the default, saves back to back: the machine's saturation, not a person's pace). The offered pace is printed.
 */
public final class AutosaveBenchmark {
    private static final int CITIES = 10;
    private static final int EDITORS_PER_CITY = 5;
    private static final String SHARED = "profile.main_nationalities";
    /** Saves before this are made and checked at the end, but not timed. */
    private static final int WARMUP_SECONDS = 5;

    private record Ack(String question, int version, String value) {}

    /** What a timed save was: an editor's own answer, or the shared one saved or refused as a conflict. */
    private enum Kind {
        OWN("own answers"),
        SHARED("shared answer saved"),
        CONFLICT("shared answer refused as a conflict");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Sample(Kind kind, long nanos) {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int pauseMillis = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        EmbeddedPostgres postgres = null;
        String url;
        String user = "sa";
        if (database.equals("postgres")) {
            postgres = EmbeddedPostgres.builder().start(); // listens on the loopback address only
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
        } else {
            Path dir = Files.createTempDirectory("icc-autosave");
            url = "jdbc:h2:file:" + dir.resolve("icc") + ";WRITE_DELAY=0";
        }
        int status;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IccIndexApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(
                        // arguments, not default properties: they must win over application.properties
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=20",
                        "--icc.demo.enabled=false",
                        "--logging.level.root=WARN")) {
            status = run(context, seconds, pauseMillis);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
        System.exit(status);
    }

    private static int run(ConfigurableApplicationContext context, int seconds, int pauseMillis)
            throws InterruptedException {
        CityRepository cities = context.getBean(CityRepository.class);
        Accounts accounts = context.getBean(Accounts.class);
        Rounds rounds = context.getBean(Rounds.class);
        Answering answering = context.getBean(Answering.class);
        EditionCatalog catalog = context.getBean(EditionCatalog.class);
        List<Editor> editors = new ArrayList<>();
        for (int c = 0; c < CITIES; c++) {
            City city = cities.create(new CitySlug("load-" + c), "Load " + c, "Testland", true);
            List<CurrentUser> people = new ArrayList<>();
            for (int e = 0; e < EDITORS_PER_CITY; e++) {
                people.add(accounts.create(
                        "editor-" + c + "-" + e + "@example.org",
                        "Editor " + c + "-" + e,
                        e == 0 ? Role.COORDINATOR : Role.CONTRIBUTOR,
                        Optional.of(city.id()),
                        Optional.of("a load test passphrase"),
                        false));
            }
            Round round = rounds.start(people.get(0), city.id(), 2025);
            List<QuestionCode> own = catalog.get(round.edition()).questions().stream()
                    .filter(q -> q.type().isNumeric() || q.type() == AnswerType.TEXT)
                    .map(Question::code)
                    .filter(q -> !q.value().equals(SHARED))
                    .toList();
            for (int e = 0; e < EDITORS_PER_CITY; e++) {
                List<QuestionCode> mine = List.of(own.get(2 * e), own.get(2 * e + 1));
                editors.add(new Editor(round.id(), people.get(e), mine, new Random(31L * c + e)));
            }
        }
        List<Sample> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        Map<String, List<Ack>> acks = new ConcurrentHashMap<>();
        long begin = System.nanoTime();
        // the first seconds run while the JIT compiles the save path: their saves are checked, not timed
        long measured = begin + WARMUP_SECONDS * 1_000_000_000L;
        long end = measured + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(editors.size());
        for (Editor editor : editors) {
            new Thread(() -> {
                        try {
                            editor.work(answering, measured, end, pauseMillis, latencies, conflicts, acks);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        done.await();
        int lost = 0;
        int silent = 0;
        for (Map.Entry<String, List<Ack>> entry : acks.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            long roundId = Long.parseLong(key[0]);
            Editor reader = editors.stream()
                    .filter(e -> e.roundId == roundId)
                    .findFirst()
                    .orElseThrow();
            StoredAnswer stored = rounds.contents(roundId, reader.user)
                    .answer(new QuestionCode(key[1]))
                    .orElseThrow();
            List<Ack> list = entry.getValue();
            Ack last = list.stream()
                    .max(java.util.Comparator.comparingInt(Ack::version))
                    .orElseThrow();
            if (!text(stored).equals(last.value()) || stored.version() != last.version()) {
                lost++;
            }
            silent += list.size()
                    - (int) list.stream().map(Ack::version).distinct().count();
        }
        List<Long> sorted = latencies.stream().map(Sample::nanos).sorted().toList();
        if (pauseMillis > 0) {
            System.out.printf(
                    "autosave: each editor pauses %d ms on average between saves (%.0f saves/s offered in all)%n",
                    pauseMillis, editors.size() * 1000.0 / pauseMillis);
        }
        System.out.printf(
                "autosave: %d editors, %d saves timed (after %d s of warm-up), p50 %.1f ms, p99 %.1f ms, conflicts %d, lost %d%n",
                editors.size(),
                sorted.size(),
                WARMUP_SECONDS,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                conflicts.get(),
                lost);
        System.out.printf(
                "autosave:   p90 %.1f ms, p95 %.1f ms, p98 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                percentile(sorted, 0.90),
                percentile(sorted, 0.95),
                percentile(sorted, 0.98),
                percentile(sorted, 0.999),
                percentile(sorted, 1.0));
        // where the tail lies: each kind of save on its own line
        for (Kind kind : Kind.values()) {
            List<Long> ofKind = latencies.stream()
                    .filter(sample -> sample.kind() == kind)
                    .map(Sample::nanos)
                    .sorted()
                    .toList();
            System.out.printf(
                    "autosave:   %s: %d saves, p50 %.1f ms, p99 %.1f ms%n",
                    kind.label, ofKind.size(), percentile(ofKind, 0.50), percentile(ofKind, 0.99));
        }
        if (silent > 0) {
            System.out.println("autosave: " + silent + " conflicting saves were accepted silently");
        }
        return lost == 0 && silent == 0 ? 0 : 1;
    }

    private static String text(StoredAnswer stored) {
        Answer answer = stored.state().answer().orElse(null);
        if (answer instanceof Answer.Numeric n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        return answer instanceof Answer.Text t ? t.text() : "";
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    /** One person editing: own answers four times in five, the shared one otherwise. */
    private static final class Editor {
        final long roundId;
        final CurrentUser user;
        final List<QuestionCode> own;
        final Random random;
        final Map<QuestionCode, Integer> versions = new java.util.HashMap<>();
        int sequence;

        Editor(long roundId, CurrentUser user, List<QuestionCode> own, Random random) {
            this.roundId = roundId;
            this.user = user;
            this.own = own;
            this.random = random;
        }

        void work(
                Answering answering,
                long measured,
                long end,
                int pauseMillis,
                List<Sample> latencies,
                AtomicInteger conflicts,
                Map<String, List<Ack>> acks) {
            while (System.nanoTime() < end) {
                if (pauseMillis > 0) {
                    pause(pauseMillis / 2 + random.nextInt(pauseMillis + 1));
                }
                boolean shared = random.nextInt(5) == 0;
                QuestionCode question = shared ? new QuestionCode(SHARED) : own.get(random.nextInt(own.size()));
                String value = String.valueOf(++sequence % 99 + 1);
                if (shared) {
                    value = user.username() + " " + sequence;
                }
                int version = versions.getOrDefault(question, 0);
                long start = System.nanoTime();
                SaveOutcome outcome = answering.save(
                        roundId, question, new AnswerInput(List.of(value), false, "", ""), version, user);
                long took = System.nanoTime() - start;
                if (start >= measured) {
                    Kind kind =
                            !shared ? Kind.OWN : outcome instanceof SaveOutcome.Conflict ? Kind.CONFLICT : Kind.SHARED;
                    latencies.add(new Sample(kind, took));
                }
                String key = roundId + "|" + question.value();
                if (outcome instanceof SaveOutcome.Saved saved) {
                    versions.put(question, saved.answer().version());
                    if (saved.changed()) {
                        acks.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(new Ack(question.value(), saved.answer().version(), value));
                    }
                } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                    conflicts.incrementAndGet();
                    versions.put(question, conflict.theirs().version());
                }
            }
        }

        private static void pause(int millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
