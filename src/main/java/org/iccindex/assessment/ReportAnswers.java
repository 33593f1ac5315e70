package org.iccindex.assessment;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iccindex.assessment.persistence.AnswerRow;
import org.iccindex.assessment.persistence.AnswerStore;
import org.iccindex.assessment.persistence.EvidenceStore;
import org.iccindex.assessment.persistence.RoundRow;
import org.iccindex.assessment.persistence.RoundStore;
import org.iccindex.city.CityRepository;
import org.iccindex.city.CitySlug;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;
import org.iccindex.definition.Option;
import org.iccindex.definition.ProfileFact;
import org.iccindex.definition.Question;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.report.CityAnswers;
import org.iccindex.report.Fact;
import org.iccindex.scoring.Answer;
import org.iccindex.scoring.QuestionScoring;
import org.springframework.stereotype.Component;

/**
 * What a city does, for its index analysis report: read from the answers and evidence of its PUBLISHED round of
 * that year (a round still in review never feeds a report). Measures it has are the options and yes-answers that
 * earn points; measures it lacks are those that earn none.
 */
@Component
class ReportAnswers implements CityAnswers {
    private static final List<ProfileFact> IN_THE_RESULT =
            List.of(ProfileFact.POPULATION, ProfileFact.FOREIGN_BORN_PCT, ProfileFact.NON_NATIONAL_PCT);

    private final CityRepository cities;
    private final RoundStore rounds;
    private final AnswerStore answers;
    private final EvidenceStore evidence;
    private final EditionCatalog catalog;
    private final EvidenceBehindScores behind;

    ReportAnswers(
            CityRepository cities,
            RoundStore rounds,
            AnswerStore answers,
            EvidenceStore evidence,
            EditionCatalog catalog,
            EvidenceBehindScores behind) {
        this.behind = behind;
        this.cities = cities;
        this.rounds = rounds;
        this.answers = answers;
        this.evidence = evidence;
        this.catalog = catalog;
    }

    @Override
    public List<Fact> profile(CitySlug city, int round, Locale locale) {
        Optional<RoundRow> row = publishedRound(city, round);
        if (row.isEmpty()) {
            return List.of();
        }
        Definition definition = catalog.get(row.get().edition());
        Map<String, AnswerRow> byQuestion = answersOf(row.get());
        List<Fact> facts = new ArrayList<>();
        for (Question question : definition.questions()) {
            if (question.kind().isScored()
                    || question.fact().map(IN_THE_RESULT::contains).orElse(false)) {
                continue;
            }
            AnswerRow stored = byQuestion.get(question.code().value());
            if (stored == null) {
                continue;
            }
            Optional<Answer> answer = decode(question, stored);
            Optional<String> value = answer.flatMap(a -> text(question, a, locale));
            if (value.isPresent()) {
                String figure = answer.get() instanceof Answer.Numeric numeric
                        ? NumberFormat.getNumberInstance(locale).format(numeric.value())
                        : value.get();
                facts.add(new Fact(
                        question.text().in(locale.getLanguage()),
                        value.get(),
                        question.code().value(),
                        figure));
            }
        }
        return facts;
    }

    /**
     * Evidence notes carry no language of their own, and the shipped ones (the demo answers files) are written in
     * English: a report in another language does not quote them untranslated, so that no English sentence is left in
     * it. Its measures still come from the answers.
     */
    private static boolean quotesNotes(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    @Override
    public AreaActivity activity(CitySlug city, int round, AreaCode area, Locale locale) {
        Optional<RoundRow> row = publishedRound(city, round);
        if (row.isEmpty()) {
            return AreaActivity.NONE;
        }
        Definition definition = catalog.get(row.get().edition());
        Map<String, AnswerRow> byQuestion = answersOf(row.get());
        String language = locale.getLanguage();
        List<CityAnswers.Measure> measures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean recorded = false;
        for (Question question : definition.questionsOf(area)) {
            AnswerRow stored = byQuestion.get(question.code().value());
            Optional<Answer> answer = stored == null ? Optional.empty() : decode(question, stored);
            recorded |= answer.isPresent();
            if (stored != null && !stored.evidenceNote().isBlank() && quotesNotes(locale)) {
                notes.add(stored.evidenceNote().strip());
            }
            if (question.maxPoints() == 0) {
                continue;
            }
            int earned = QuestionScoring.score(question, answer).earned();
            if (question.type() == org.iccindex.definition.AnswerType.MULTIPLE_CHOICE) {
                List<String> chosen = answer.filter(Answer.Choices.class::isInstance)
                        .map(a -> List.copyOf(((Answer.Choices) a).options()))
                        .orElse(List.of());
                String theme = themeOf(question, language);
                String lead =
                        question.measure().isEmpty() ? "" : question.measure().in(language);
                for (Option option : question.options()) {
                    if (option.points() == 0) {
                        continue;
                    }
                    measures.add(new CityAnswers.Measure(
                            theme,
                            lead,
                            inList(option.label().in(language)),
                            chosen.contains(option.code()) ? CityAnswers.Status.HAS : CityAnswers.Status.MISSING,
                            ""));
                }
            } else if (earned > 0
                    && earned < question.maxPoints()
                    && answer.orElse(null) instanceof Answer.Choice choice) {
                // part of the way: say how far, so a strategy being drafted is not read as adopted
                String sofar = question.option(choice.option())
                        .map(o -> inList(o.label().in(language)))
                        .orElse("");
                measures.add(new CityAnswers.Measure(
                        themeOf(question, language),
                        "",
                        measure(question, language),
                        CityAnswers.Status.PARTIAL,
                        sofar));
            } else {
                measures.add(new CityAnswers.Measure(
                        themeOf(question, language),
                        "",
                        measure(question, language),
                        earned > 0 ? CityAnswers.Status.HAS : CityAnswers.Status.MISSING,
                        ""));
            }
        }
        List<String> examples = new ArrayList<>();
        List<String> areaQuestions =
                definition.questionsOf(area).stream().map(q -> q.code().value()).toList();
        for (Evidence item : evidence.findByRound(row.get().id())) {
            if (item.removedAt().isEmpty() && areaQuestions.contains(item.questionCode())) {
                item.label().or(item::url).or(item::fileName).ifPresent(examples::add);
            }
        }
        return new AreaActivity(recorded, measures, notes, examples);
    }

    @Override
    public Optional<EvidenceShare> evidence(CitySlug city, int round) {
        return behind.published(city, round)
                .flatMap(p -> EvidenceBehindScores.percent(p.coverage().overall())
                        .map(percent -> new EvidenceShare(percent, p.reconstructed())));
    }

    /**
     * An option label as an item of a running list, after the question's lead-in if it has one: "Career guidance"
     * reads "career guidance", "A page" reads "a page" (an acronym such as "NGOs" keeps its capitals).
     */
    private static String inList(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return label.isEmpty() || acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String themeOf(Question question, String language) {
        return question.theme().isEmpty() ? "" : question.theme().in(language);
    }

    /** The definition's short name of what the question looks for, else the question itself. */
    private static String measure(Question question, String language) {
        return question.measure().isEmpty()
                ? question.text().in(language)
                : question.measure().in(language);
    }

    private Optional<RoundRow> publishedRound(CitySlug city, int year) {
        return cities.find(city)
                .flatMap(c -> rounds.findByCity(c.id()).stream()
                        .filter(r -> r.year() == year && r.status() == Round.Status.PUBLISHED)
                        .findFirst());
    }

    private Map<String, AnswerRow> answersOf(RoundRow round) {
        return answers.findByRound(round.id()).stream()
                .collect(Collectors.toMap(a -> a.question().value(), Function.identity(), (a, b) -> b));
    }

    private static Optional<Answer> decode(Question question, AnswerRow stored) {
        return AnswerCodec.decode(question, stored.value(), stored.notApplicable());
    }

    private static Optional<String> text(Question question, Answer answer, Locale locale) {
        if (answer instanceof Answer.Numeric numeric) {
            String unit = question.type() == org.iccindex.definition.AnswerType.PERCENTAGE
                    ? " %"
                    : question.unit().isEmpty() ? "" : " " + question.unit().in(locale.getLanguage());
            return Optional.of(NumberFormat.getNumberInstance(locale).format(numeric.value()) + unit);
        }
        if (answer instanceof Answer.Text text) {
            return Optional.of(text.text().strip()).filter(t -> !t.isEmpty());
        }
        return Optional.empty();
    }
}
