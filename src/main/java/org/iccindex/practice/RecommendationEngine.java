package org.iccindex.practice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.iccindex.benchmark.CityBenchmark;
import org.iccindex.benchmark.ComparisonGroup;
import org.iccindex.benchmark.GroupComparison;
import org.iccindex.benchmark.Metric;
import org.iccindex.benchmark.Sample;
import org.iccindex.benchmark.SampleEntry;
import org.iccindex.benchmark.Stats;
import org.iccindex.city.City;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Band;
import org.iccindex.definition.BandAxis;
import org.iccindex.definition.Definition;

/**
 * Plain Java, no Spring, no database: from a city's comparison with the sample and a list of practices, the areas
 * where the city is weak and, for each, practices tagged with that area from peers that score high there, most
 * similar peers first ({@link Similarity}). Practices whose city has no figure for the area (no result in our
 * database, or a programme's practice) only fill the places the peers leave, after them.
 */
public final class RecommendationEngine {
    /** Two shares of foreign-born residents are called similar only within this many percentage points. */
    static final double SIMILAR_SHARE_POINTS = 3;

    private static final Comparator<Suggestion> ORDER = Comparator.comparingDouble(Suggestion::similarity)
            .reversed()
            .thenComparing(s -> s.peerScore().orElse(-1), Comparator.reverseOrder())
            .thenComparing(Suggestion::title)
            .thenComparingLong(Suggestion::practiceId);

    private final Definition definition;
    /** The city's benchmark, as its page and report show it: the published averages or the groups' means. */
    private final CityBenchmark target;

    private final Sample sample;
    private final RecommendationSettings settings;
    private final Regions regions;
    private final RecommendationWords words;
    private final Optional<Band> cityBand;

    /**
     * A city set against a published snapshot (a real city whose own report published the sample averages) is found
     * short only of those averages (and of the weak level), never of a group mean drawn from the demo sample.
     */
    public RecommendationEngine(
            Definition definition,
            CityBenchmark target,
            Sample sample,
            RecommendationSettings settings,
            Regions regions,
            RecommendationWords words) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.target = Objects.requireNonNull(target, "target");
        this.sample = Objects.requireNonNull(sample, "sample");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.words = Objects.requireNonNull(words, "words");
        this.cityBand = bandOf(target.city());
    }

    /** An area where the city falls short, and of what. */
    public record WeakArea(AreaCode area, String name, double score, List<Shortfall> shortfalls) {
        public WeakArea {
            shortfalls = List.copyOf(shortfalls);
        }
    }

    /** The suggestions for one area before any limit: high-scoring peers in order, then the fallbacks in order. */
    public record Candidates(List<Suggestion> peers, List<Suggestion> fallback) {
        public Candidates {
            peers = List.copyOf(peers);
            fallback = List.copyOf(fallback);
        }

        /** Peers first; fallbacks only for the places left, up to {@code limit}. */
        public List<Suggestion> first(int limit) {
            List<Suggestion> chosen = new ArrayList<>(peers.subList(0, Math.min(limit, peers.size())));
            for (int i = 0; chosen.size() < limit && i < fallback.size(); i++) {
                chosen.add(fallback.get(i));
            }
            return chosen;
        }
    }

    /** The recommendations without any analyst's curation: every weak area with up to {@code perArea} suggestions. */
    public List<AreaRecommendation> recommend(List<Practice> practices) {
        List<AreaRecommendation> areas = new ArrayList<>();
        for (WeakArea weak : weakAreas()) {
            List<Suggestion> chosen = candidates(weak.area(), practices).first(settings.perArea());
            areas.add(new AreaRecommendation(
                    weak.area(), weak.name(), weak.score(), weak.shortfalls(), chosen, List.of()));
        }
        return areas;
    }

    /** The areas where the city is below a group's mean (beyond the margin) or below the weak level, report order. */
    public List<WeakArea> weakAreas() {
        List<WeakArea> weak = new ArrayList<>();
        for (Area area : definition.scoredAreas()) {
            score(area.code()).ifPresent(score -> {
                List<Shortfall> shortfalls = shortfalls(area.code(), score);
                if (!shortfalls.isEmpty()) {
                    weak.add(new WeakArea(area.code(), words.area(area.code(), definition), score, shortfalls));
                }
            });
        }
        return weak;
    }

    /** The city's exact score in an area, if it has one. */
    public OptionalDouble score(AreaCode area) {
        return target.city().value(Metric.area(area));
    }

    private List<Shortfall> shortfalls(AreaCode area, double score) {
        Metric metric = Metric.area(area);
        List<Shortfall> shortfalls = new ArrayList<>();
        if (target.againstPublished()) {
            OptionalDouble average = target.row(metric).reference();
            if (average.isPresent() && score < average.getAsDouble() - settings.margin()) {
                shortfalls.add(new Shortfall(words.belowPublished(average.getAsDouble()), average.getAsDouble()));
            }
        }
        // against a published snapshot the groups keep their sizes only: no mean to fall short of
        for (GroupComparison group : target.groups()) {
            if (group.group() instanceof ComparisonGroup.AnsweredArea answered
                    && !answered.area().equals(area)) {
                continue;
            }
            Optional<Stats> stats = group.metric(metric).flatMap(m -> m.stats());
            if (stats.isPresent() && score < stats.get().mean() - settings.margin()) {
                shortfalls.add(new Shortfall(
                        words.belowGroup(group.group(), definition, stats.get().mean()),
                        stats.get().mean()));
            }
        }
        if (score < settings.weakLevel()) {
            shortfalls.add(new Shortfall(words.belowLevel(settings.weakLevel()), settings.weakLevel()));
        }
        return shortfalls;
    }

    /** Every active practice tagged with {@code area} (none of the city's own), sorted into peers and fallbacks. */
    public Candidates candidates(AreaCode area, List<Practice> practices) {
        double score = score(area).orElse(0);
        List<Suggestion> peers = new ArrayList<>();
        List<Suggestion> fallback = new ArrayList<>();
        for (Practice practice : practices) {
            // a real city is never pointed to a fictional practice of the demo data
            boolean fictionalForReal =
                    practice.content().synthetic() && !target.city().synthetic();
            if (practice.status() != PracticeStatus.ACTIVE
                    || !practice.content().serves(area)
                    || isOwn(practice)
                    || fictionalForReal) {
                continue;
            }
            Suggestion suggestion = describe(practice, area);
            if (suggestion.basis() != Suggestion.Basis.PEER_RESULT) {
                fallback.add(suggestion);
            } else if (suggestion.peerScore().getAsDouble() >= settings.strongLevel()
                    && suggestion.peerScore().getAsDouble() > score) {
                peers.add(suggestion);
            }
        }
        peers.sort(ORDER);
        fallback.sort(ORDER);
        return new Candidates(peers, fallback);
    }

    /** A practice as a suggestion for {@code area}, with its similarity and reasons, whether or not it qualifies. */
    public Suggestion describe(Practice practice, AreaCode area) {
        Metric metric = Metric.area(area);
        PracticeContent content = practice.content();
        Optional<SampleEntry> peer =
                practice.city().flatMap(c -> sample.entry(c.slug().value()));
        OptionalDouble peerScore = peer.map(e -> e.value(metric)).orElse(OptionalDouble.empty());
        Optional<String> country = peer.map(SampleEntry::country).or(content::country);
        Similarity.Place place = place(country);
        Optional<Band> peerBand = peer.flatMap(this::bandOf);
        Optional<BigDecimal> cityShare = target.city().foreignBornPct();
        Optional<BigDecimal> peerShare = peer.flatMap(SampleEntry::foreignBornPct);
        Similarity similarity = Similarity.of(cityBand, peerBand, cityShare, peerShare, place, peerScore, settings);
        String areaName = words.area(area, definition);
        String cityName = peer.map(SampleEntry::name).or(content::city).orElse("");
        Suggestion.Basis basis;
        List<String> reasons = new ArrayList<>();
        if (peerScore.isPresent()) {
            basis = Suggestion.Basis.PEER_RESULT;
            reasons.add(words.peer(cityName, peerScore.getAsDouble(), areaName));
        } else if (content.city().isEmpty()) {
            basis = Suggestion.Basis.PROGRAMME;
            reasons.add(words.programme());
        } else if (peer.isPresent()) {
            basis = Suggestion.Basis.NO_AREA_SCORE;
            reasons.add(words.noAreaScore(cityName, areaName));
        } else {
            // the reason is about the practice and the city, never a remark about our database
            basis = Suggestion.Basis.NO_RESULT;
            score(area)
                    .ifPresent(own -> reasons.add(
                            words.practiceIn(cityName, areaName, target.city().name(), own)));
        }
        if (similarity.population() > 0) {
            reasons.add(words.populationBand(peerBand.orElseThrow(), similarity.population() == 1));
        }
        if (cityShare.isPresent()
                && peerShare.isPresent()
                && Math.abs(cityShare.get().doubleValue() - peerShare.get().doubleValue()) <= SIMILAR_SHARE_POINTS) {
            reasons.add(words.foreignBorn(peerShare.orElseThrow(), target.city().name(), cityShare.orElseThrow()));
        }
        if (place == Similarity.Place.SAME_COUNTRY) {
            reasons.add(words.sameCountry(country.orElseThrow()));
        } else if (place == Similarity.Place.SAME_REGION) {
            reasons.add(words.sameRegion(regions.of(country.orElseThrow()).orElseThrow()));
        }
        return new Suggestion(
                practice.id(),
                practice.slug(),
                content.title().in(words.language()),
                content.summary().in(words.language()),
                content.place(words.locale()),
                content.synthetic(),
                basis,
                practice.city().map(c -> c.slug().value()),
                peerScore,
                similarity.value(),
                reasons,
                false);
    }

    private boolean isOwn(Practice practice) {
        return practice.city()
                .map(City::slug)
                .map(s -> s.value().equals(target.city().city()))
                .orElse(false);
    }

    private Similarity.Place place(Optional<String> country) {
        String own = target.city().country();
        if (country.isEmpty() || own == null) {
            return Similarity.Place.ELSEWHERE;
        }
        if (country.get().equalsIgnoreCase(own)) {
            return Similarity.Place.SAME_COUNTRY;
        }
        Optional<String> region = regions.of(own);
        return region.isPresent() && region.equals(regions.of(country.get()))
                ? Similarity.Place.SAME_REGION
                : Similarity.Place.ELSEWHERE;
    }

    private Optional<Band> bandOf(SampleEntry entry) {
        return entry.population().map(p -> definition.bands(BandAxis.POPULATION).bandOf(p));
    }
}
