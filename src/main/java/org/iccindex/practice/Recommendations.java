package org.iccindex.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.iccindex.account.CurrentUser;
import org.iccindex.benchmark.PublishedSnapshot;
import org.iccindex.benchmark.Sample;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.practice.persistence.Choice;
import org.iccindex.practice.persistence.ChoiceStore;
import org.iccindex.result.PublishedSnapshots;
import org.iccindex.result.ResultRepository;
import org.iccindex.result.RoundChoice;
import org.iccindex.result.SampleService;
import org.iccindex.result.StoredResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recommendations for a city's round, for pages and for the report: the {@link RecommendationEngine}'s suggestions
 * over the active catalogue, with the analysts' curation applied when there is any (pinned suggestions kept, dropped
 * ones set aside, moved ones in their place). Analysts curate through the methods below.
 */
@Service
public class Recommendations {
    private final SampleService samples;
    private final EditionCatalog editions;
    private final CityRepository cities;
    private final PracticeCatalogue catalogue;
    private final ChoiceStore choices;
    private final ResultRepository results;
    private final RecommendationSettings settings;
    private final TransactionTemplate transaction;
    private final PublishedSnapshots snapshots;
    private final MessageSource messages;

    Recommendations(
            SampleService samples,
            EditionCatalog editions,
            CityRepository cities,
            PracticeCatalogue catalogue,
            ChoiceStore choices,
            ResultRepository results,
            PracticeProperties properties,
            TransactionTemplate transaction,
            PublishedSnapshots snapshots,
            MessageSource messages) {
        this.snapshots = snapshots;
        this.messages = messages;
        this.samples = samples;
        this.editions = editions;
        this.cities = cities;
        this.catalogue = catalogue;
        this.choices = choices;
        this.results = results;
        this.settings = properties.settings();
        this.transaction = transaction;
    }

    public RecommendationSettings settings() {
        return settings;
    }

    /** The list for the city's round in English: curated when an analyst has curated it. Empty: no such round. */
    public Optional<CityRecommendations> forCity(String city, int round) {
        return forCity(city, OptionalInt.of(round), Locale.ENGLISH);
    }

    /** The list for the city's round (its latest when {@code round} is empty), curated when curated. */
    public Optional<CityRecommendations> forCity(String city, OptionalInt round, Locale locale) {
        return forCity(city, choice(round), locale);
    }

    /** As above, with the edition chosen where two editions have a result for the year. */
    public Optional<CityRecommendations> forCity(String city, Optional<RoundChoice> round, Locale locale) {
        return context(city, round, locale).map(c -> c.build(true));
    }

    /** The engine's list alone, ignoring any curation. */
    public Optional<CityRecommendations> suggested(String city, OptionalInt round, Locale locale) {
        return context(city, choice(round), locale).map(c -> c.build(false));
    }

    /**
     * Up to {@code limit} practices for one area of the city's round, whether or not the area is weak: the (curated)
     * suggestions when it is, else the engine's candidates (for an area the city already does well, only practices
     * without a higher-scoring peer remain, e.g. those of cities without a result). For the report's suggestions.
     */
    public List<Suggestion> forArea(String city, OptionalInt round, AreaCode area, Locale locale, int limit) {
        Optional<Context> context = context(city, choice(round), locale);
        if (context.isEmpty()) {
            return List.of();
        }
        Optional<AreaRecommendation> weak = context.get().build(true).areas().stream()
                .filter(a -> a.area().equals(area))
                .findFirst();
        if (weak.isPresent()) {
            List<Suggestion> suggestions = weak.get().suggestions();
            return suggestions.subList(0, Math.min(limit, suggestions.size()));
        }
        return context.get().engine.candidates(area, catalogue.active()).first(limit);
    }

    public void pin(String city, RoundChoice round, AreaCode area, long practice, CurrentUser user) {
        change(city, round, area, practice, user, c -> c.withPinned(true));
    }

    public void unpin(String city, RoundChoice round, AreaCode area, long practice, CurrentUser user) {
        change(city, round, area, practice, user, c -> c.withPinned(false));
    }

    public void drop(String city, RoundChoice round, AreaCode area, long practice, CurrentUser user) {
        change(city, round, area, practice, user, c -> c.withDropped(true));
    }

    public void restore(String city, RoundChoice round, AreaCode area, long practice, CurrentUser user) {
        change(city, round, area, practice, user, c -> c.withDropped(false));
    }

    /** Moves a suggestion up ({@code delta} -1) or down (+1) within its area; the whole area's order is stored. */
    public void move(String city, RoundChoice round, AreaCode area, long practice, int delta, CurrentUser user) {
        requireStaff(user);
        StoredResult result = result(city, round);
        RoundChoice exact = exact(result);
        transaction.executeWithoutResult(tx -> {
            AreaRecommendation current =
                    forCity(city, Optional.of(exact), Locale.ENGLISH).orElseThrow().areas().stream()
                            .filter(a -> a.area().equals(area))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("no suggestions for " + area));
            List<Long> order = new ArrayList<>(
                    current.suggestions().stream().map(Suggestion::practiceId).toList());
            int from = order.indexOf(practice);
            int to = from + Integer.signum(delta);
            if (from < 0 || to < 0 || to >= order.size()) {
                return;
            }
            order.add(to, order.remove(from));
            Map<Long, Choice> stored = byPractice(find(result), area);
            for (int i = 0; i < order.size(); i++) {
                long id = order.get(i);
                choices.save(
                        result.city().id(),
                        result.edition(),
                        result.round(),
                        stored.getOrDefault(id, Choice.none(area, id)).at(i),
                        user.username());
            }
        });
    }

    /** Forgets every choice for the round: the engine's list applies again. */
    public void reset(String city, RoundChoice round, CurrentUser user) {
        requireStaff(user);
        StoredResult result = result(city, round);
        transaction.executeWithoutResult(tx -> choices.clear(result.city().id(), result.edition(), result.round()));
    }

    private void change(
            String city,
            RoundChoice round,
            AreaCode area,
            long practice,
            CurrentUser user,
            java.util.function.UnaryOperator<Choice> how) {
        requireStaff(user);
        StoredResult result = result(city, round);
        Practice p = catalogue.find(practice).orElseThrow(() -> new PracticeNotFoundException(practice));
        if (!p.status().isPublic() || !p.content().serves(area)) {
            throw new IllegalArgumentException("'" + p.title("en") + "' is not an active practice serving " + area);
        }
        if (p.content().synthetic() && !result.city().synthetic()) {
            throw new IllegalArgumentException(
                    "'" + p.title("en") + "' is a fictional practice: it is never suggested to a real city");
        }
        transaction.executeWithoutResult(tx -> {
            Choice existing = byPractice(find(result), area).getOrDefault(practice, Choice.none(area, practice));
            choices.save(result.city().id(), result.edition(), result.round(), how.apply(existing), user.username());
        });
    }

    private City city(String slug) {
        return (CitySlug.isValid(slug) ? cities.find(new CitySlug(slug)) : Optional.<City>empty())
                .orElseThrow(() -> new IllegalArgumentException("no city '" + slug + "'"));
    }

    /** The one result the curation is about (a city's round of one edition). */
    private StoredResult result(String slug, RoundChoice round) {
        City city = city(slug);
        return round.pick(results.findByCity(city.slug()))
                .orElseThrow(() ->
                        new IllegalArgumentException("no result for city '" + slug + "' in round " + round.year()));
    }

    private List<Choice> find(StoredResult result) {
        return choices.find(result.city().id(), result.edition(), result.round());
    }

    private static RoundChoice exact(StoredResult result) {
        return new RoundChoice(result.round(), Optional.of(result.edition()));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isProgrammeStaff()) {
            throw new PracticeNotAllowedException("only an analyst may change the suggestions of a city");
        }
    }

    private static Map<Long, Choice> byPractice(List<Choice> all, AreaCode area) {
        Map<Long, Choice> map = new HashMap<>();
        all.stream().filter(c -> c.area().equals(area)).forEach(c -> map.put(c.practiceId(), c));
        return map;
    }

    private static Optional<RoundChoice> choice(OptionalInt round) {
        return round.isPresent() ? Optional.of(RoundChoice.of(round.getAsInt())) : Optional.empty();
    }

    private Optional<Context> context(String city, Optional<RoundChoice> round, Locale locale) {
        if (!CitySlug.isValid(city)) {
            return Optional.empty();
        }
        return samples.compare(new CitySlug(city), round, Optional.empty()).map(comparison -> {
            Definition definition = editions.get(comparison.benchmarkEdition());
            Sample sample = samples.analysis(definition, comparison.comparison().snapshot())
                    .sample();
            // a real city whose report published the sample averages is held to those, not to the demo's
            Optional<PublishedSnapshot> published = snapshots.ofRound(comparison.result());
            RecommendationEngine engine = new RecommendationEngine(
                    definition,
                    samples.benchmark(comparison, published),
                    sample,
                    settings,
                    Regions.standard(),
                    RecommendationWords.of(messages, locale));
            return new Context(comparison, engine, RecommendationWords.of(messages, locale), definition, published);
        });
    }

    /** One city's round, its engine, and how to build the list with or without curation. */
    private final class Context {
        private final SampleService.Comparison comparison;
        private final RecommendationEngine engine;
        private final RecommendationWords words;
        private final Definition definition;
        private final Optional<PublishedSnapshot> published;

        Context(
                SampleService.Comparison comparison,
                RecommendationEngine engine,
                RecommendationWords words,
                Definition definition,
                Optional<PublishedSnapshot> published) {
            this.published = published;
            this.comparison = comparison;
            this.engine = engine;
            this.words = words;
            this.definition = definition;
        }

        CityRecommendations build(boolean curated) {
            City city = comparison.result().city();
            int round = comparison.result().round();
            List<Practice> active = catalogue.active();
            List<Choice> chosen = curated ? find(comparison.result()) : List.of();
            Map<AreaCode, RecommendationEngine.WeakArea> areas = new LinkedHashMap<>();
            engine.weakAreas().forEach(w -> areas.put(w.area(), w));
            for (Choice choice : chosen) {
                if (choice.pinned() && !areas.containsKey(choice.area())) {
                    engine.score(choice.area())
                            .ifPresent(score -> areas.put(
                                    choice.area(),
                                    new RecommendationEngine.WeakArea(
                                            choice.area(), words.area(choice.area(), definition), score, List.of())));
                }
            }
            List<AreaRecommendation> result = new ArrayList<>();
            for (AreaCode area :
                    definition.scoredAreas().stream().map(a -> a.code()).toList()) {
                RecommendationEngine.WeakArea weak = areas.get(area);
                if (weak != null) {
                    result.add(curate(weak, engine.candidates(area, active), byPractice(chosen, area), active));
                }
            }
            return new CityRecommendations(
                    city.slug().value(),
                    city.name(),
                    city.country(),
                    city.synthetic(),
                    round,
                    comparison.result().edition(),
                    comparison.comparison().snapshot(),
                    comparison.comparison().sampleSize(),
                    !chosen.isEmpty(),
                    result,
                    published);
        }

        private AreaRecommendation curate(
                RecommendationEngine.WeakArea weak,
                RecommendationEngine.Candidates candidates,
                Map<Long, Choice> chosen,
                List<Practice> active) {
            List<Suggestion> dropped = new ArrayList<>();
            List<Suggestion> peers = new ArrayList<>();
            List<Suggestion> fallback = new ArrayList<>();
            split(candidates.peers(), chosen, peers, dropped);
            split(candidates.fallback(), chosen, fallback, dropped);
            List<Suggestion> visible =
                    new ArrayList<>(new RecommendationEngine.Candidates(peers, fallback).first(settings.perArea()));
            List<Long> shown =
                    new ArrayList<>(visible.stream().map(Suggestion::practiceId).toList());
            for (Practice practice : active) {
                Choice choice = chosen.get(practice.id());
                if (choice != null
                        && choice.pinned()
                        && !shown.contains(practice.id())
                        && practice.content().serves(weak.area())) {
                    Suggestion s = engine.describe(practice, weak.area());
                    List<String> reasons = new ArrayList<>(s.reasons());
                    reasons.add(words.pinned());
                    visible.add(new Suggestion(
                            s.practiceId(),
                            s.slug(),
                            s.title(),
                            s.summary(),
                            s.place(),
                            s.synthetic(),
                            Suggestion.Basis.ANALYST_CHOICE,
                            s.peerCity(),
                            s.peerScore(),
                            s.similarity(),
                            reasons,
                            true));
                }
            }
            visible.replaceAll(s -> s.pinned(chosen.containsKey(s.practiceId())
                    && chosen.get(s.practiceId()).pinned()));
            List<Suggestion> engineOrder = List.copyOf(visible);
            visible.sort(Comparator.comparingInt((Suggestion s) -> position(chosen.get(s.practiceId())))
                    .thenComparingInt(engineOrder::indexOf));
            return new AreaRecommendation(weak.area(), weak.name(), weak.score(), weak.shortfalls(), visible, dropped);
        }

        private static void split(
                List<Suggestion> from, Map<Long, Choice> chosen, List<Suggestion> kept, List<Suggestion> dropped) {
            for (Suggestion s : from) {
                Choice choice = chosen.get(s.practiceId());
                (choice != null && choice.dropped() ? dropped : kept).add(s);
            }
        }

        private static int position(Choice choice) {
            return choice != null && choice.position().isPresent()
                    ? choice.position().getAsInt()
                    : Integer.MAX_VALUE;
        }
    }
}
