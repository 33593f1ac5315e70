package org.iccindex.assessment.web;

import java.util.List;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.assessment.Round;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.Definition;

/**
 * What every page of a round shows at the top, and what the person may do in it; {@code correcting}: the names of the
 * areas under correction after an accepted review request; {@code published}: whether the round was ever published
 * (then the city may contest its result).
 */
record RoundHeader(
        long id,
        String cityName,
        String country,
        int year,
        String edition,
        String editionTitle,
        String status,
        boolean editable,
        boolean canAnswer,
        boolean isAnalyst,
        boolean isCoordinator,
        Optional<String> returnReason,
        Optional<String> returnedBy,
        String firstArea,
        List<String> correcting,
        boolean published) {

    static RoundHeader of(Round round, Definition definition, CurrentUser user, String language) {
        boolean cityRole = user.role().isCityRole();
        return new RoundHeader(
                round.id(),
                round.city().name(),
                round.city().country(),
                round.year(),
                round.edition().value(),
                definition.title().in(language),
                round.status().name(),
                round.status().isEditable(),
                cityRole && round.status().isEditable(),
                user.role() == Role.ANALYST,
                user.role() == Role.COORDINATOR,
                round.returnReason().flatMap(Round.Transition::reason),
                round.returnReason().map(t -> t.actor().name()),
                definition.areas().get(0).code().value(),
                definition.areas().stream()
                        .filter(a -> round.correcting().contains(a.code()))
                        .map(a -> a.name().in(language))
                        .toList(),
                round.transitions().stream().anyMatch(t -> t.to() == Round.Status.PUBLISHED));
    }

    /** The header on the page of one area: in a correction, only the contested areas can change. */
    RoundHeader forArea(Round round, AreaCode area) {
        boolean open = round.isEditable(area);
        return new RoundHeader(
                id,
                cityName,
                country,
                year,
                edition,
                editionTitle,
                status,
                editable && open,
                canAnswer && open,
                isAnalyst,
                isCoordinator,
                returnReason,
                returnedBy,
                firstArea,
                correcting,
                published);
    }
}
