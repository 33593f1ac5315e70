package org.iccindex.practice.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.definition.AreaCode;
import org.iccindex.practice.Practice;
import org.iccindex.practice.PracticeAction;
import org.iccindex.practice.PracticeStatus;
import org.iccindex.practice.PracticeVersion;
import org.iccindex.publication.PublicDataChanged;
import org.iccindex.shared.Timestamps;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Practices, their areas and every version. Writes happen inside the caller's transaction: a change and its version
 * row land together or not at all. Updates check the version the change started from (optimistic locking).
 */
@Repository
public class PracticeStore {
    private static final String SELECT = "select p.id, p.slug, p.status, p.version, p.proposed_by, p.decision_note,"
            + " p.changed_at, p.changed_by, " + ContentColumns.list("p.")
            + ", c.id as c_id, c.slug as c_slug, c.name as c_name, c.country as c_country, c.synthetic as c_synthetic"
            + " from practice p left join city c on c.id = p.city_id";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    PracticeStore(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
    }

    private void changed(String what) {
        events.publishEvent(new PublicDataChanged(PublicDataChanged.Subject.PRACTICES, what));
    }

    /** Inserts a new practice (its id and version are ignored: it becomes version 1) with its first version row. */
    public long insert(Practice practice, PracticeAction action, Optional<String> note) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        List<Object> params = new ArrayList<>(List.of(
                practice.slug(),
                practice.status().name(),
                1,
                Timestamps.sql(practice.changedAt()),
                Timestamps.sql(practice.changedAt())));
        params.add(practice.changedBy());
        params.add(practice.city().map(City::id).orElse(null));
        params.add(practice.proposedBy().orElse(null));
        params.add(practice.decisionNote().orElse(null));
        params.addAll(ContentColumns.values(practice.content()));
        jdbc.sql(
                        "insert into practice (slug, status, version, created_at, changed_at, changed_by, city_id, proposed_by,"
                                + " decision_note, " + ContentColumns.list("") + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                + ContentColumns.placeholders() + ")")
                .params(params)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeAreas(id, practice.content().areas());
        writeVersion(id, 1, action, note, practice);
        changed("practice " + practice.slug() + " created");
        return id;
    }

    /**
     * Stores {@code changed} (whose version is one more than {@code expectedVersion}) if the stored practice is still
     * at {@code expectedVersion}; returns false, writing nothing, if someone else changed it meanwhile.
     */
    public boolean update(Practice changed, int expectedVersion, PracticeAction action, Optional<String> note) {
        List<Object> params = new ArrayList<>();
        params.add(changed.status().name());
        params.add(changed.version());
        params.add(changed.decisionNote().orElse(null));
        params.add(Timestamps.sql(changed.changedAt()));
        params.add(changed.changedBy());
        params.addAll(ContentColumns.values(changed.content()));
        params.add(changed.id());
        params.add(expectedVersion);
        int rows = jdbc.sql("update practice set status = ?, version = ?, decision_note = ?, changed_at = ?,"
                        + " changed_by = ?, " + ContentColumns.assignments() + " where id = ? and version = ?")
                .params(params)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from practice_area where practice_id = ?")
                .param(changed.id())
                .update();
        writeAreas(changed.id(), changed.content().areas());
        writeVersion(changed.id(), changed.version(), action, note, changed);
        changed("practice " + changed.slug() + " " + action.name().toLowerCase(java.util.Locale.ROOT));
        return true;
    }

    /** Links the practice to our city (or unlinks it); not a new version: the link follows the city's name. */
    public void link(long practiceId, Optional<Long> cityId) {
        jdbc.sql("update practice set city_id = ? where id = ?")
                .params(cityId.orElse(null), practiceId)
                .update();
        changed("practice " + practiceId + " linked to a city");
    }

    public Optional<Practice> findById(long id) {
        return one(SELECT + " where p.id = ?", id);
    }

    public Optional<Practice> findBySlug(String slug) {
        return one(SELECT + " where p.slug = ?", slug);
    }

    public List<Practice> findAll() {
        return many(SELECT + " order by p.title_en, p.id");
    }

    public List<Practice> findByStatus(PracticeStatus status) {
        return many(SELECT + " where p.status = ? order by p.title_en, p.id", status.name());
    }

    public List<Practice> findProposedBy(long account) {
        return many(SELECT + " where p.proposed_by = ? order by p.changed_at desc, p.id", account);
    }

    public boolean slugExists(String slug) {
        return jdbc.sql("select count(*) from practice where slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Every version of a practice, oldest first. */
    public List<PracticeVersion> history(long id) {
        return jdbc.sql("select version, action, note, status, changed_at, changed_by, areas, "
                        + ContentColumns.list("") + " from practice_version where practice_id = ? order by version")
                .param(id)
                .query((rs, n) -> new PracticeVersion(
                        rs.getInt("version"),
                        PracticeAction.valueOf(rs.getString("action")),
                        Optional.ofNullable(rs.getString("note")),
                        PracticeStatus.valueOf(rs.getString("status")),
                        ContentColumns.read(rs, ContentColumns.areas(rs.getString("areas"))),
                        Timestamps.read(rs, "changed_at"),
                        rs.getString("changed_by")))
                .list();
    }

    /** Takes the start-up lock of the practice seeds until the end of the caller's transaction (see V60). */
    public void lockSeeds() {
        jdbc.sql("select task from startup_lock where task = 'practice-seeds' for update")
                .query(String.class)
                .single();
    }

    public boolean seedLoaded(String fileName) {
        return jdbc.sql("select count(*) from practice_seed where file_name = ?")
                        .param(fileName)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void recordSeed(String fileName, String checksum, int practices) {
        jdbc.sql("insert into practice_seed (file_name, checksum, practices, loaded_at) values (?, ?, ?, ?)")
                .params(fileName, checksum, practices, Timestamps.sql(clock.instant()))
                .update();
    }

    private void writeAreas(long id, List<AreaCode> areas) {
        for (AreaCode area : areas) {
            jdbc.sql("insert into practice_area (practice_id, area_code) values (?, ?)")
                    .params(id, area.value())
                    .update();
        }
    }

    private void writeVersion(long id, int version, PracticeAction action, Optional<String> note, Practice p) {
        List<Object> params = new ArrayList<>(List.of(id, version, action.name()));
        params.add(note.orElse(null));
        params.add(p.status().name());
        params.add(p.city().map(City::id).orElse(null));
        params.add(ContentColumns.areas(p.content().areas()));
        params.add(Timestamps.sql(p.changedAt()));
        params.add(p.changedBy());
        params.addAll(ContentColumns.values(p.content()));
        jdbc.sql("insert into practice_version (practice_id, version, action, note, status, city_id, areas, changed_at,"
                        + " changed_by, " + ContentColumns.list("") + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + ContentColumns.placeholders() + ")")
                .params(params)
                .update();
    }

    private Optional<Practice> one(String sql, Object param) {
        List<Practice> found = many(sql, param);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Practice> many(String sql, Object... params) {
        Map<Long, List<AreaCode>> areas = areas();
        return jdbc.sql(sql).params(params).query((rs, n) -> map(rs, areas)).list();
    }

    private Map<Long, List<AreaCode>> areas() {
        Map<Long, List<AreaCode>> areas = new HashMap<>();
        jdbc.sql("select practice_id, area_code from practice_area order by area_code")
                .query(rs -> {
                    areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AreaCode(rs.getString(2)));
                });
        return areas;
    }

    private static Practice map(ResultSet rs, Map<Long, List<AreaCode>> areas) throws SQLException {
        long id = rs.getLong("id");
        long cityId = rs.getLong("c_id");
        Optional<City> city = rs.wasNull() ? Optional.empty() : Optional.of(CityRepository.fromRow(rs, "c_id", "c_"));
        long proposer = rs.getLong("proposed_by");
        Optional<Long> proposedBy = rs.wasNull() ? Optional.empty() : Optional.of(proposer);
        return new Practice(
                id,
                rs.getString("slug"),
                PracticeStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                ContentColumns.read(rs, areas.getOrDefault(id, List.of())),
                city,
                proposedBy,
                Optional.ofNullable(rs.getString("decision_note")),
                Timestamps.read(rs, "changed_at"),
                rs.getString("changed_by"));
    }
}
