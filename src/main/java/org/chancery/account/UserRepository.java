package org.chancery.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Stores users; e-mail addresses are kept lower-case, so look-ups ignore case. */
public final class UserRepository {
    private static final String COLUMNS = "id, email, name, role, disabled, created_at";
    private static final RowMapper<User> USER = (rs, ctx) -> new User(rs.getLong("id"), rs.getString("email"),
            rs.getString("name"), Role.fromCode(rs.getString("role")).orElseThrow(), rs.getBoolean("disabled"),
            Instant.ofEpochMilli(rs.getLong("created_at")));

    private final Jdbi jdbi;

    public UserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long insert(String email, String name, Role role, String passwordHash, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO users (email, name, role, password_hash, disabled,"
                        + " created_at, updated_at) VALUES (:email, :name, :role, :hash, FALSE, :now, :now)")
                .bind("email", email)
                .bind("name", name == null ? "" : name)
                .bind("role", role.code())
                .bind("hash", passwordHash)
                .bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    public Optional<User> byEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
                .bind("email", email).map(USER).findOne());
    }

    public Optional<User> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id).map(USER).findOne());
    }

    public List<User> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY email")
                .map(USER).list());
    }

    public Optional<String> passwordHash(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).findOne());
    }

    public void setPasswordHash(long userId, String hash, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .bind("hash", hash).bind("now", now.toEpochMilli()).bind("id", userId).execute());
    }

    public void setDisabled(long userId, boolean disabled, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET disabled = :disabled, updated_at = :now WHERE id = :id")
                .bind("disabled", disabled).bind("now", now.toEpochMilli()).bind("id", userId).execute());
    }

    public boolean anyActiveAdmin() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = FALSE")
                .mapTo(Long.class).one() > 0);
    }
}
