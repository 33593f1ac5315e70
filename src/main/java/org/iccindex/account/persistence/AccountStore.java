package org.iccindex.account.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountStore {
    private static final String SELECT =
            "select id, username, display_name, password_hash, role, city_id, enabled, demo, created_at, last_sign_in_at"
                    + " from account";

    private final JdbcClient jdbc;

    private final Clock clock;

    AccountStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql(SELECT + " where username = ?")
                .param(username)
                .query(AccountStore::map)
                .optional();
    }

    public Optional<AccountRow> findById(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(AccountStore::map)
                .optional();
    }

    public List<AccountRow> findDemoAccounts() {
        return jdbc.sql(SELECT + " where demo = true order by id")
                .query(AccountStore::map)
                .list();
    }

    public List<AccountRow> findAll() {
        return jdbc.sql(SELECT + " order by username").query(AccountStore::map).list();
    }

    public List<AccountRow> findByCity(long cityId) {
        return jdbc.sql(SELECT + " where city_id = ? order by role, username")
                .param(cityId)
                .query(AccountStore::map)
                .list();
    }

    public long countDemoAccounts() {
        return jdbc.sql("select count(*) from account where demo = true")
                .query(Long.class)
                .single();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
    }

    public void recordSignIn(long id, Instant at) {
        jdbc.sql("update account set last_sign_in_at = ? where id = ?")
                .params(Timestamps.sql(at), id)
                .update();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from account where role = ?")
                        .param(role.name())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public long insert(
            String username,
            String displayName,
            Role role,
            Optional<Long> cityId,
            Optional<String> hash,
            boolean demo) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into account (username, display_name, password_hash, role, city_id, enabled, demo, created_at)
                        values (?, ?, ?, ?, ?, true, ?, ?)""")
                .params(
                        username,
                        displayName,
                        hash.orElse(null),
                        role.name(),
                        cityId.orElse(null),
                        demo,
                        Timestamps.sql(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setPasswordHash(long id, String hash) {
        jdbc.sql("update account set password_hash = ? where id = ?")
                .params(hash, id)
                .update();
    }

    private static AccountRow map(ResultSet rs, int row) throws SQLException {
        long city = rs.getLong("city_id");
        Optional<Long> cityId = rs.wasNull() ? Optional.empty() : Optional.of(city);
        CurrentUser user = new CurrentUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                cityId);
        return new AccountRow(
                user,
                Optional.ofNullable(rs.getString("password_hash")),
                rs.getBoolean("enabled"),
                rs.getBoolean("demo"),
                Timestamps.read(rs, "created_at"),
                Timestamps.optional(rs, "last_sign_in_at"));
    }
}
