package org.iccindex.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;
import org.iccindex.definition.NotApplicableRule;
import org.iccindex.definition.Option;
import org.iccindex.definition.ProfileFact;
import org.iccindex.definition.Question;
import org.iccindex.definition.QuestionCode;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.AnswerCheck;
import org.iccindex.scoring.AnswerSet;
import org.iccindex.scoring.ScoreCard;
import org.iccindex.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A full recompute of the index database: score every city's answers ({@link Scorer}), analyse the resulting sample
 * ({@link SampleAnalysis}: every standard group, its statistics and rankings) and compare every city with its groups.
 * The edition is {@link SyntheticEdition} (17 areas, 86 scored questions); the answers are random, seed 42.
 *
 * <p>Not a unit test. Run it with the defaults below (fork 1, warm-up 2 x 2 s, measurement 3 x 2 s, average time in
 * ms, 150 and 15,000 cities):
 *
 * <pre>
 * ./mvnw -q test-compile &amp;&amp; java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" org.iccindex.benchmark.FullRecomputeBenchmark
 * </pre>
 *
 * Any JMH option may follow, e.g. {@code -p cities=150} or {@code -f 2}; {@code -h} lists them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FullRecomputeBenchmark {
    private static final long SEED = 42;
    private static final LocalDate SNAPSHOT = LocalDate.of(2021, 1, 1);

    @Param({"150", "15000"})
    int cities;

    private Definition definition;
    private List<City> answers;

    /** One city's profile and answers, as a round of the questionnaire delivers them. */
    record City(String slug, String country, int round, LocalDate publishedOn, AnswerSet answers) {}

    @Setup(Level.Trial)
    public void setUp() {
        definition = SyntheticEdition.build();
        answers = randomCities(definition, cities, new Random(SEED));
    }

    @Benchmark
    public int fullRecompute(Blackhole blackhole) {
        return recompute(definition, answers, blackhole::consume);
    }

    /** The work measured; returns the number of group comparisons made, every comparison goes to {@code sink}. */
    static int recompute(Definition definition, List<City> answers, Consumer<Object> sink) {
        List<SampleEntry> entries = new ArrayList<>(answers.size());
        for (City city : answers) {
            entries.add(entry(definition, city, Scorer.score(definition, city.answers())));
        }
        Sample sample = Sample.asOf(entries, SNAPSHOT);
        SampleAnalysis analysis = SampleAnalysis.of(definition, sample, TiePolicy.WHOLE_NUMBERS);
        int comparisons = 0;
        for (SampleEntry entry : sample.entries()) {
            CityComparison comparison = analysis.compare(entry.city()).orElseThrow();
            comparisons += comparison.groups().size();
            sink.accept(comparison);
        }
        return comparisons;
    }

    /** The city as the benchmark sees it: its bands from the profile facts, its exact scores. */
    static SampleEntry entry(Definition definition, City city, ScoreCard card) {
        Map<Metric, Double> values = new LinkedHashMap<>();
        card.aggregate().ifPresent(value -> values.put(Metric.AGGREGATE, value));
        card.lens().ifPresent(value -> values.put(Metric.LENS, value));
        card.areaScores().forEach((area, value) -> values.put(Metric.area(area), value));
        return new SampleEntry(
                city.slug(),
                city.slug(),
                city.country(),
                true,
                definition.edition(),
                city.round(),
                city.publishedOn(),
                position(definition, city.answers(), BandAxis.POPULATION),
                position(definition, city.answers(), BandAxis.FOREIGN_BORN),
                values);
    }

    /** The first fact of the axis the city answered. */
    private static Optional<BigDecimal> position(Definition definition, AnswerSet answers, BandAxis axis) {
        for (ProfileFact fact : definition.bands(axis).facts()) {
            for (Question question : definition.questionsOf(new AreaCode("profile"))) {
                if (question.fact().equals(Optional.of(fact))
                        && answers.answer(question.code()).orElse(null) instanceof Answer.Numeric numeric) {
                    return Optional.of(numeric.value());
                }
            }
        }
        return Optional.empty();
    }

    static List<City> randomCities(Definition definition, int count, Random random) {
        String[] countries = {"AT", "DE", "ES", "FR", "GR", "IE", "IT", "KR", "NO", "PL", "PT", "UA"};
        List<City> cities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // one city in five answered before participation and interaction existed
            boolean answersNewAreas = random.nextInt(5) != 0;
            Map<QuestionCode, Answer> answers = new LinkedHashMap<>();
            for (Question question : definition.questions()) {
                boolean newArea = definition.isNewArea(question.area());
                if ((newArea && !answersNewAreas) || random.nextInt(10) == 0) {
                    continue;
                }
                Answer answer = randomAnswer(question, random);
                if (AnswerCheck.problem(question, answer).isPresent()) {
                    throw new IllegalStateException("unfit random answer to " + question.code() + ": " + answer);
                }
                answers.put(question.code(), answer);
            }
            int year = 2012 + random.nextInt(9);
            cities.add(new City(
                    "city-" + i,
                    countries[random.nextInt(countries.length)],
                    year,
                    LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    new AnswerSet(definition.edition(), answers)));
        }
        return cities;
    }

    private static Answer randomAnswer(Question question, Random random) {
        if (question.notApplicable() != NotApplicableRule.NOT_ALLOWED && random.nextInt(20) == 0) {
            return new Answer.NotApplicable("National law does not allow it.");
        }
        List<Option> options = question.options();
        return switch (question.type()) {
            case YES_NO -> new Answer.YesNo(random.nextBoolean());
            case SINGLE_CHOICE ->
                new Answer.Choice(options.get(random.nextInt(options.size())).code());
            case MULTIPLE_CHOICE -> {
                Set<String> ticked = new HashSet<>();
                for (Option option : options) {
                    if (random.nextBoolean()) {
                        ticked.add(option.code());
                    }
                }
                yield new Answer.Choices(ticked);
            }
            case PERCENTAGE ->
                new Answer.Numeric(BigDecimal.valueOf(random.nextInt(1000), 1).min(BigDecimal.valueOf(100)));
            case NUMBER ->
                question.fact().isPresent()
                        // 20,000 to 3,000,000 inhabitants, log-uniform
                        ? new Answer.Numeric(
                                BigDecimal.valueOf(Math.round(20_000 * Math.pow(150, random.nextDouble()))))
                        : new Answer.Numeric(BigDecimal.valueOf(random.nextInt(200_000)));
            case TEXT -> new Answer.Text("Examples and references.");
        };
    }

    /** Runs this benchmark with the defaults of its annotations; JMH options given as arguments override them. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        if (commandLine.shouldHelp()) {
            try {
                commandLine.showHelp();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        new Runner(new OptionsBuilder()
                        .parent(commandLine)
                        .include("^" + Pattern.quote(FullRecomputeBenchmark.class.getName()) + "\\.")
                        .shouldFailOnError(true)
                        .build())
                .run();
    }
}
