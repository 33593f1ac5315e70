package org.iccindex.definition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One validated edition of the instrument. Built only by {@link DefinitionParser} (or tests), so every
 * instance satisfies the rules of docs/definition-format.md.
 */
public final class Definition {
    private final EditionId edition;
    private final LocalizedText title;
    private final LocalDate inForceFrom;
    private final List<String> languages;
    private final List<Indicator> indicators;
    private final Map<AreaCode, Area> areas;
    private final Map<QuestionCode, Question> questions;
    private final Map<AreaCode, List<Question>> questionsByArea;
    private final BandScheme population;
    private final BandScheme foreignBorn;
    private final LocalizedText provenance;
    private OptionalInt revision = OptionalInt.empty();

    public Definition(
            EditionId edition,
            LocalizedText title,
            LocalDate inForceFrom,
            List<String> languages,
            List<Indicator> indicators,
            List<Area> areas,
            List<Question> questions,
            BandScheme population,
            BandScheme foreignBorn) {
        this(
                edition,
                title,
                inForceFrom,
                languages,
                indicators,
                areas,
                questions,
                population,
                foreignBorn,
                LocalizedText.empty());
    }

    /**
     * {@code provenance}: what the definition is and where it comes from (e.g. "a reconstruction from public
     * reports, not the programme's official questionnaire"), shown wherever the method is described; empty when the
     * definition says nothing.
     */
    public Definition(
            EditionId edition,
            LocalizedText title,
            LocalDate inForceFrom,
            List<String> languages,
            List<Indicator> indicators,
            List<Area> areas,
            List<Question> questions,
            BandScheme population,
            BandScheme foreignBorn,
            LocalizedText provenance) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.title = Objects.requireNonNull(title, "title");
        this.inForceFrom = Objects.requireNonNull(inForceFrom, "inForceFrom");
        this.languages = List.copyOf(languages);
        this.indicators = List.copyOf(indicators);
        Map<AreaCode, Area> areaMap = new LinkedHashMap<>();
        Map<AreaCode, List<Question>> byArea = new LinkedHashMap<>();
        for (Area area : areas) {
            areaMap.put(area.code(), area);
            byArea.put(area.code(), new java.util.ArrayList<>());
        }
        Map<QuestionCode, Question> questionMap = new LinkedHashMap<>();
        for (Question question : questions) {
            questionMap.put(question.code(), question);
            List<Question> list = byArea.get(question.area());
            if (list == null) {
                throw new IllegalArgumentException(
                        "question " + question.code() + " in unknown area " + question.area());
            }
            list.add(question);
        }
        byArea.replaceAll((code, list) -> List.copyOf(list));
        this.areas = Collections.unmodifiableMap(areaMap);
        this.questions = Collections.unmodifiableMap(questionMap);
        this.questionsByArea = Collections.unmodifiableMap(byArea);
        this.population = Objects.requireNonNull(population, "population bands");
        this.foreignBorn = Objects.requireNonNull(foreignBorn, "foreign-born bands");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    public LocalizedText provenance() {
        return provenance;
    }

    public EditionId edition() {
        return edition;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    public List<String> languages() {
        return languages;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    /** All areas, profile included, in questionnaire order. */
    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    /** The scored areas in report order. */
    public List<Area> scoredAreas() {
        return areas.values().stream().filter(Area::scored).toList();
    }

    public Optional<Area> area(AreaCode code) {
        return Optional.ofNullable(areas.get(code));
    }

    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<Question> question(QuestionCode code) {
        return Optional.ofNullable(questions.get(code));
    }

    public List<Question> questionsOf(AreaCode area) {
        return questionsByArea.getOrDefault(area, List.of());
    }

    /** The composite indicator (the intercultural lens), if the edition has one. */
    public Optional<Indicator> composite() {
        return indicators.stream().filter(Indicator::composite).findFirst();
    }

    public Optional<Indicator> indicatorOf(AreaCode area) {
        return indicators.stream().filter(i -> i.areas().contains(area)).findFirst();
    }

    /** Areas introduced when this edition came into force or later: cities are compared on them only with those that answered them. */
    public boolean isNewArea(AreaCode code) {
        Area area = areas.get(code);
        return area != null
                && area.scored()
                && area.introduced() != null
                && !area.introduced().isBefore(inForceFrom);
    }

    public BandScheme bands(BandAxis axis) {
        return axis == BandAxis.POPULATION ? population : foreignBorn;
    }

    public BigDecimal totalWeight() {
        return scoredAreas().stream().map(Area::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Question> scoredQuestions() {
        return questions.values().stream().filter(q -> q.kind().isScored()).toList();
    }

    @Override
    public String toString() {
        return "Definition[" + edition + "]";
    }

    /**
     * The same definition declared as revision {@code number} of its edition ({@code revision:} in the file): its
     * scoring may differ from the one recorded with the edition's computed results, which keep their own checksum.
     */
    public Definition asRevision(int number) {
        if (number < 2) {
            throw new IllegalArgumentException("a revision number starts at 2, found " + number);
        }
        Definition copy = new Definition(
                edition,
                title,
                inForceFrom,
                languages,
                indicators,
                List.copyOf(areas.values()),
                List.copyOf(questions.values()),
                population,
                foreignBorn,
                provenance);
        copy.revision = OptionalInt.of(number);
        return copy;
    }

    /** The revision the file declares; empty for the edition as first published. */
    public OptionalInt revision() {
        return revision;
    }
}
