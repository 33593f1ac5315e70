package org.iccindex.practice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.iccindex.city.City;

/**
 * A practice in the catalogue (the aggregate): its content, status and version. State changes through the named
 * methods below; each checks that the change is allowed from the current status and yields the next version.
 * {@code city} is our city of the same name and country, when we have one.
 */
public record Practice(
        long id,
        String slug,
        PracticeStatus status,
        int version,
        PracticeContent content,
        Optional<City> city,
        Optional<Long> proposedBy,
        Optional<String> decisionNote,
        Instant changedAt,
        String changedBy) {

    public Practice {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(decisionNote, "decisionNote");
    }

    /** The same practice with new content (texts, place, areas); allowed while proposed or active. */
    public Practice edited(PracticeContent newContent) {
        if (!status.isEditable()) {
            throw new PracticeStateException("a " + label() + " practice cannot be edited");
        }
        return next(status, newContent, decisionNote);
    }

    /** A proposal accepted into the public catalogue. */
    public Practice accepted() {
        if (status != PracticeStatus.PROPOSED) {
            throw new PracticeStateException("only a proposed practice can be accepted; this one is " + label());
        }
        return next(PracticeStatus.ACTIVE, content, Optional.empty());
    }

    /** A proposal declined, with the reason its proposer will read. */
    public Practice declined(String reason) {
        if (status != PracticeStatus.PROPOSED) {
            throw new PracticeStateException("only a proposed practice can be declined; this one is " + label());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidPracticeException(java.util.List.of(new FieldProblem("reason", "required")));
        }
        return next(PracticeStatus.DECLINED, content, Optional.of(reason.trim()));
    }

    /** An active practice taken out of the catalogue; {@code note} says why (may be empty). */
    public Practice retired(String note) {
        if (status != PracticeStatus.ACTIVE) {
            throw new PracticeStateException("only an active practice can be retired; this one is " + label());
        }
        return next(
                PracticeStatus.RETIRED,
                content,
                Optional.ofNullable(note).map(String::trim).filter(n -> !n.isEmpty()));
    }

    public String title(String language) {
        return content.title().in(language);
    }

    private Practice next(PracticeStatus newStatus, PracticeContent newContent, Optional<String> note) {
        return new Practice(id, slug, newStatus, version + 1, newContent, city, proposedBy, note, changedAt, changedBy);
    }

    private String label() {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
