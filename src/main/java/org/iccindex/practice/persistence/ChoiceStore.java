package org.iccindex.practice.persistence;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.EditionId;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Analysts' choices about the suggestions for one result, a city's round of one edition (one row per area and
 * practice).
 */
@Repository
public class ChoiceStore {
    private final JdbcClient jdbc;

    private final Clock clock;

    ChoiceStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public List<Choice> find(long cityId, EditionId edition, int round) {
        return jdbc.sql("select area_code, practice_id, pinned, dropped, position from practice_choice"
                        + " where city_id = ? and edition_id = ? and round_year = ?")
                .params(cityId, edition.value(), round)
                .query((rs, n) -> {
                    int position = rs.getInt("position");
                    OptionalInt at = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(position);
                    return new Choice(
                            new AreaCode(rs.getString("area_code")),
                            rs.getLong("practice_id"),
                            rs.getBoolean("pinned"),
                            rs.getBoolean("dropped"),
                            at);
                })
                .list();
    }

    public void save(long cityId, EditionId edition, int round, Choice choice, String actor) {
        jdbc.sql("delete from practice_choice where city_id = ? and edition_id = ? and round_year = ? and area_code = ?"
                        + " and practice_id = ?")
                .params(cityId, edition.value(), round, choice.area().value(), choice.practiceId())
                .update();
        jdbc.sql(
                        "insert into practice_choice (city_id, edition_id, round_year, area_code, practice_id, pinned, dropped,"
                                + " position, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        cityId,
                        edition.value(),
                        round,
                        choice.area().value(),
                        choice.practiceId(),
                        choice.pinned(),
                        choice.dropped(),
                        choice.position().isPresent() ? choice.position().getAsInt() : null,
                        actor,
                        Timestamps.sql(clock.instant()))
                .update();
    }

    /** Forgets every choice for the round: the engine's list applies again. */
    public int clear(long cityId, EditionId edition, int round) {
        return jdbc.sql("delete from practice_choice where city_id = ? and edition_id = ? and round_year = ?")
                .params(cityId, edition.value(), round)
                .update();
    }
}
