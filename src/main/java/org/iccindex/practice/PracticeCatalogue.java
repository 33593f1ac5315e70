package org.iccindex.practice;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.city.City;
import org.iccindex.definition.Area;
import org.iccindex.definition.AreaCode;
import org.iccindex.edition.EditionCatalog;
import org.iccindex.practice.persistence.PracticeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue: reading practices, and every change to them. Analysts create, edit, accept, decline and retire;
 * cities (coordinators and contributors) propose. Every change is checked against {@link PracticeRules} and the
 * version the user started from, and stored with a new version row in one transaction.
 */
@Service
public class PracticeCatalogue {
    private final PracticeStore store;
    private final CityLinks links;
    private final EditionCatalog editions;
    private final TransactionTemplate transaction;

    private final Clock clock;

    PracticeCatalogue(
            PracticeStore store,
            CityLinks links,
            EditionCatalog editions,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.links = links;
        this.editions = editions;
        this.transaction = transaction;
    }

    public Optional<Practice> find(long id) {
        return store.findById(id);
    }

    /** By slug, or by numeric id (old links, the analysts' list). */
    public Optional<Practice> find(String idOrSlug) {
        if (idOrSlug != null && idOrSlug.matches("[0-9]{1,18}")) {
            return store.findById(Long.parseLong(idOrSlug));
        }
        return store.findBySlug(idOrSlug);
    }

    /** Every practice whatever its status (for analysts). */
    public List<Practice> all() {
        return store.findAll();
    }

    /** The public catalogue. */
    public List<Practice> active() {
        return store.findByStatus(PracticeStatus.ACTIVE);
    }

    public List<Practice> withStatus(PracticeStatus status) {
        return store.findByStatus(status);
    }

    public List<Practice> proposedBy(CurrentUser user) {
        return store.findProposedBy(user.id());
    }

    /** Every version, oldest first. */
    public List<PracticeVersion> history(long id) {
        return store.history(id);
    }

    /** The areas a practice may serve: the scored areas of the edition in force, in report order. */
    public List<Area> areas() {
        return editions.current().scoredAreas();
    }

    /** Whether {@code user} may see a practice that is not public: analysts, and the person who proposed it. */
    public boolean maySee(Practice practice, Optional<CurrentUser> user) {
        if (practice.status().isPublic()) {
            return true;
        }
        return user.map(u -> u.isProgrammeStaff()
                        || practice.proposedBy().map(p -> p == u.id()).orElse(false))
                .orElse(false);
    }

    /** An analyst adds a practice to the public catalogue. */
    public Practice create(PracticeContent content, CurrentUser user) {
        requireStaff(user, "add a practice");
        return insert(content, PracticeStatus.ACTIVE, PracticeAction.CREATED, Optional.empty(), user.username());
    }

    /** A city proposes a practice; an analyst will accept or decline it. */
    public Practice propose(PracticeContent content, CurrentUser user) {
        if (!user.role().isCityRole() && !user.isProgrammeStaff()) {
            throw new PracticeNotAllowedException("only a city's coordinator or contributor may propose a practice");
        }
        return insert(
                content, PracticeStatus.PROPOSED, PracticeAction.PROPOSED, Optional.of(user.id()), user.username());
    }

    /** Loads a practice from a seed file, under the given slug, as an active one. */
    Practice seed(String slug, PracticeContent content, String actor) {
        check(content);
        return transaction.execute(status -> {
            Practice practice = new Practice(
                    0,
                    slug,
                    PracticeStatus.ACTIVE,
                    1,
                    content,
                    links.cityFor(content),
                    Optional.empty(),
                    Optional.empty(),
                    clock.instant(),
                    actor);
            long id = store.insert(practice, PracticeAction.CREATED, Optional.empty());
            return store.findById(id).orElseThrow();
        });
    }

    public Practice edit(long id, int version, PracticeContent content, CurrentUser user) {
        requireStaff(user, "edit a practice");
        check(content);
        return change(id, version, user, PracticeAction.EDITED, Optional.empty(), p -> p.edited(content));
    }

    public Practice accept(long id, int version, CurrentUser user) {
        requireStaff(user, "accept a proposal");
        return change(id, version, user, PracticeAction.ACCEPTED, Optional.empty(), Practice::accepted);
    }

    public Practice decline(long id, int version, String reason, CurrentUser user) {
        requireStaff(user, "decline a proposal");
        return change(
                id,
                version,
                user,
                PracticeAction.DECLINED,
                Optional.ofNullable(reason).map(String::trim),
                p -> p.declined(reason));
    }

    public Practice retire(long id, int version, String note, CurrentUser user) {
        requireStaff(user, "retire a practice");
        return change(
                id,
                version,
                user,
                PracticeAction.RETIRED,
                Optional.ofNullable(note).map(String::trim).filter(n -> !n.isEmpty()),
                p -> p.retired(note));
    }

    private Practice insert(
            PracticeContent content,
            PracticeStatus status,
            PracticeAction action,
            Optional<Long> proposer,
            String actor) {
        check(content);
        return transaction.execute(tx -> {
            Practice practice = new Practice(
                    0,
                    uniqueSlug(content.title().english()),
                    status,
                    1,
                    content,
                    links.cityFor(content),
                    proposer,
                    Optional.empty(),
                    clock.instant(),
                    actor);
            long id = store.insert(practice, action, Optional.empty());
            return store.findById(id).orElseThrow();
        });
    }

    private Practice change(
            long id,
            int version,
            CurrentUser user,
            PracticeAction action,
            Optional<String> note,
            java.util.function.UnaryOperator<Practice> transition) {
        return transaction.execute(tx -> {
            Practice current = store.findById(id).orElseThrow(() -> new PracticeNotFoundException(id));
            if (current.version() != version) {
                throw new ConcurrentChangeException(current, version);
            }
            Practice next = transition.apply(current);
            Practice stamped = new Practice(
                    next.id(),
                    next.slug(),
                    next.status(),
                    next.version(),
                    next.content(),
                    next.city(),
                    next.proposedBy(),
                    next.decisionNote(),
                    clock.instant(),
                    user.username());
            if (!store.update(stamped, version, action, note)) {
                throw new ConcurrentChangeException(store.findById(id).orElseThrow(), version);
            }
            Optional<City> city = links.cityFor(stamped.content());
            if (!city.map(City::id).equals(current.city().map(City::id))) {
                store.link(id, city.map(City::id));
            }
            return store.findById(id).orElseThrow();
        });
    }

    private void check(PracticeContent content) {
        List<AreaCode> known = areas().stream().map(Area::code).toList();
        List<FieldProblem> problems = PracticeRules.check(content, known);
        if (!problems.isEmpty()) {
            throw new InvalidPracticeException(problems);
        }
    }

    private static void requireStaff(CurrentUser user, String what) {
        if (!user.isProgrammeStaff()) {
            throw new PracticeNotAllowedException("only an analyst may " + what);
        }
    }

    private String uniqueSlug(String title) {
        String base = slugOf(title);
        String slug = base;
        for (int n = 2; store.slugExists(slug) || slug.matches("[0-9]+"); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lower-case ASCII words joined by '-', at most about 80 characters, cut at a word. */
    static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80);
            int cut = slug.lastIndexOf('-');
            slug = cut > 20 ? slug.substring(0, cut) : slug;
        }
        return slug.isEmpty() ? "practice" : slug;
    }
}
