package org.iccindex.assessment;

import java.time.Instant;
import org.iccindex.city.City;
import org.iccindex.definition.EditionId;

/** A round in a list: which city, edition and year, where it stands, and when it was started. */
public record RoundSummary(long id, City city, EditionId edition, int year, Round.Status status, Instant createdAt) {}
