package org.iccindex.city;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CityRepository {
    private final JdbcClient jdbc;

    CityRepository(JdbcClient jdbc) {
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
                .params(slug.value(), name, country, synthetic, LocalDateTime.now())
                .update(keys, "id");
        return new City(keys.getKey().longValue(), slug, name, country, synthetic);
    }

    public long count() {
        return jdbc.sql("select count(*) from city").query(Long.class).single();
    }

    private static City map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new City(
                rs.getLong("id"),
                new CitySlug(rs.getString("slug")),
                rs.getString("name"),
                rs.getString("country"),
                rs.getBoolean("synthetic"));
    }
}
