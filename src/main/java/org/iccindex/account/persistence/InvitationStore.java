package org.iccindex.account.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.iccindex.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Invitation links, found by the hash of their token (the token itself is never stored). */
@Repository
public class InvitationStore {
    /** An invitation as stored. */
    public record InvitationRow(
            long id,
            long accountId,
            String language,
            Instant createdAt,
            Instant expiresAt,
            Optional<Instant> usedAt,
            Optional<Instant> revokedAt) {}

    private static final String SELECT =
            "select id, account_id, language, created_at, expires_at, used_at, revoked_at from account_invitation";

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long accountId,
            String tokenHash,
            String language,
            Optional<Long> createdBy,
            Instant createdAt,
            Instant expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into account_invitation (account_id, token_hash, language, created_by, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        tokenHash,
                        language,
                        createdBy.orElse(null),
                        Timestamps.sql(createdAt),
                        Timestamps.sql(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<InvitationRow> findByTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " where token_hash = ?")
                .param(tokenHash)
                .query(InvitationStore::map)
                .optional();
    }

    /** The newest invitation of an account that is neither used nor replaced. */
    public Optional<InvitationRow> findOpen(long accountId) {
        return jdbc
                .sql(SELECT + " where account_id = ? and used_at is null and revoked_at is null order by id desc")
                .param(accountId)
                .query(InvitationStore::map)
                .list()
                .stream()
                .findFirst();
    }

    /** Marks the invitation used; false when it already was (or was replaced): a second use must fail. */
    public boolean markUsed(long id, Instant at) {
        return jdbc.sql(
                                "update account_invitation set used_at = ? where id = ? and used_at is null and revoked_at is null")
                        .params(Timestamps.sql(at), id)
                        .update()
                == 1;
    }

    /** Replaces every open invitation of the account (a newer link was made). */
    public int revokeOpen(long accountId, Instant at) {
        return jdbc.sql("update account_invitation set revoked_at = ? "
                        + "where account_id = ? and used_at is null and revoked_at is null")
                .params(Timestamps.sql(at), accountId)
                .update();
    }

    private static InvitationRow map(ResultSet rs, int row) throws SQLException {
        return new InvitationRow(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("language"),
                Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "expires_at"),
                Timestamps.optional(rs, "used_at"),
                Timestamps.optional(rs, "revoked_at"));
    }
}
