package org.iccindex.city;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CityRepository {
    private final JdbcClient jdbc;

    private final Clock clock;

    CityRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public Optional<City> find(CitySlug slug) {
        return jdbc.sql("select id, slug, name, country, synthetic from city where slug = ?")
                .param(slug.value())
                .query(CityRepository::map)
                .optional();
    }

    public List<City> findAll() {
        return jdbc.sql("select id, slug, name, country, synthetic from city order by name")
                .query(CityRepository::map)
                .list();
    }

    public City create(CitySlug slug, String name, String country, boolean synthetic) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into city (slug, name, country, synthetic, created_at) values (?, ?, ?, ?, ?)")
                .params(slug.value(), name, country, synthetic, Timestamps.sql(clock.instant()))
                .update(keys, "id");
        return new City(keys.getKey().longValue(), slug, name, country, synthetic);
    }

    public long count() {
        return jdbc.sql("select count(*) from city").query(Long.class).single();
    }

    private static City map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return fromRow(rs, "id", "");
    }

    /**
     * A city read from a query row of any module: its id in {@code idColumn}, the other columns named
     * {@code prefix + "slug"}, {@code "name"}, {@code "country"}, {@code "synthetic"}.
     */
    public static City fromRow(java.sql.ResultSet rs, String idColumn, String prefix) throws java.sql.SQLException {
        return new City(
                rs.getLong(idColumn),
                new CitySlug(rs.getString(prefix + "slug")),
                rs.getString(prefix + "name"),
                rs.getString(prefix + "country"),
                rs.getBoolean(prefix + "synthetic"));
    }
}
