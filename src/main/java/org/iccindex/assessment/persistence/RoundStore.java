package org.iccindex.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.assessment.Actor;
import org.iccindex.assessment.Round;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.EditionId;
import org.iccindex.result.AnswersBasis;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rounds and their transitions. */
@Repository
public class RoundStore {
    private static final String SELECT = """
            select r.id, r.edition_id, r.round_year, r.status, r.answers_basis, r.copied_from_id, r.result_id, r.version,
                   r.created_by_name, r.created_at, c.id as city_id, c.slug, c.name, c.country, c.synthetic
            from assessment_round r join city c on c.id = r.city_id
            """;

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long cityId,
            EditionId edition,
            int year,
            AnswersBasis basis,
            Optional<Long> copiedFrom,
            Actor by,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into assessment_round (city_id, edition_id, round_year, status, answers_basis, copied_from_id,
                            version, created_by_id, created_by_name, created_at)
                        values (?, ?, ?, 'DRAFT', ?, ?, 0, ?, ?, ?)""")
                .params(
                        cityId,
                        edition.value(),
                        year,
                        basis.name(),
                        copiedFrom.orElse(null),
                        by.accountId().orElse(null),
                        by.name(),
                        Timestamps.sql(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<RoundRow> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query(RoundStore::map)
                .optional();
    }

    /** Reads the round and locks its row until the transaction ends: answer saves and transitions queue up. */
    public Optional<RoundRow> lock(long id) {
        Optional<Long> locked = jdbc.sql("select id from assessment_round where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return locked.flatMap(this::find);
    }

    /** Rounds of one city, newest year first. */
    public List<RoundRow> findByCity(long cityId) {
        return jdbc.sql(SELECT + " where r.city_id = ? order by r.round_year desc, r.id desc")
                .param(cityId)
                .query(RoundStore::map)
                .list();
    }

    public List<RoundRow> findAll() {
        return jdbc.sql(SELECT + " order by r.round_year desc, c.name, r.id")
                .query(RoundStore::map)
                .list();
    }

    public boolean exists(long cityId, EditionId edition, int year) {
        return jdbc.sql("select count(*) from assessment_round where city_id = ? and edition_id = ? and round_year = ?")
                        .params(cityId, edition.value(), year)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Moves the round to {@code status} if it still has {@code expectedVersion}; false if someone changed it meanwhile. */
    public boolean updateStatus(long id, int expectedVersion, Round.Status status) {
        return jdbc.sql("update assessment_round set status = ?, version = version + 1 where id = ? and version = ?")
                        .params(status.name(), id, expectedVersion)
                        .update()
                == 1;
    }

    public void setResult(long id, long resultId) {
        jdbc.sql("update assessment_round set result_id = ? where id = ?")
                .params(resultId, id)
                .update();
    }

    public void insertTransition(long roundId, Round.Transition t) {
        jdbc.sql("""
                        insert into round_transition (round_id, from_status, to_status, actor_id, actor_name, occurred_at, reason)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        roundId,
                        t.from().map(Enum::name).orElse(null),
                        t.to().name(),
                        t.actor().accountId().orElse(null),
                        t.actor().name(),
                        Timestamps.sql(t.at()),
                        t.reason().orElse(null))
                .update();
    }

    public List<Round.Transition> transitions(long roundId) {
        return jdbc.sql("""
                        select from_status, to_status, actor_id, actor_name, occurred_at, reason
                        from round_transition where round_id = ? order by occurred_at, id""")
                .param(roundId)
                .query((rs, n) -> new Round.Transition(
                        Optional.ofNullable(rs.getString("from_status")).map(Round.Status::valueOf),
                        Round.Status.valueOf(rs.getString("to_status")),
                        new Actor(Rows.optionalLong(rs, "actor_id"), rs.getString("actor_name")),
                        Timestamps.read(rs, "occurred_at"),
                        Optional.ofNullable(rs.getString("reason"))))
                .list();
    }

    public Optional<City> findCity(long cityId) {
        return jdbc.sql("select id, slug, name, country, synthetic from city where id = ?")
                .param(cityId)
                .query((rs, n) -> CityRepository.fromRow(rs, "id", ""))
                .optional();
    }

    private static RoundRow map(ResultSet rs, int n) throws SQLException {
        City city = CityRepository.fromRow(rs, "city_id", "");
        return new RoundRow(
                rs.getLong("id"),
                city,
                new EditionId(rs.getString("edition_id")),
                rs.getInt("round_year"),
                Round.Status.valueOf(rs.getString("status")),
                AnswersBasis.valueOf(rs.getString("answers_basis")),
                Rows.optionalLong(rs, "copied_from_id"),
                Rows.optionalLong(rs, "result_id"),
                rs.getInt("version"),
                rs.getString("created_by_name"),
                Timestamps.read(rs, "created_at"));
    }
}
