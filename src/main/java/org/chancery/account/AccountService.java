package org.chancery.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Adds, lists and disables users, checks and changes passwords. */
public final class AccountService {
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountService(UserRepository users, SessionService sessions, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public User add(String email, String name, Role role, String password) {
        String normalized = normalizeEmail(email);
        if (!EMAIL.matcher(normalized).matches()) {
            throw new AccountException("'" + email + "' is not an e-mail address");
        }
        checkPassword(password);
        if (users.byEmail(normalized).isPresent()) {
            throw new AccountException("a user with e-mail " + normalized + " already exists");
        }
        long id = users.insert(normalized, name, role, hasher.hash(password), clock.instant());
        return users.byId(id).orElseThrow();
    }

    public List<User> list() {
        return users.all();
    }

    public Optional<User> byEmail(String email) {
        return users.byEmail(normalizeEmail(email));
    }

    public Optional<User> byId(long id) {
        return users.byId(id);
    }

    /** Disables a user and ends all their sessions at once. */
    public User disable(String email) {
        User user = byEmail(email).orElseThrow(() -> new AccountException("no user with e-mail " + email));
        users.setDisabled(user.id(), true, clock.instant());
        sessions.endAllFor(user.id());
        return users.byId(user.id()).orElseThrow();
    }

    /** The active user with this e-mail and password; empty for any mismatch, never saying which. */
    public Optional<User> authenticate(String email, String password) {
        Optional<User> user = byEmail(email).filter(u -> !u.disabled());
        String hash = user.flatMap(u -> users.passwordHash(u.id())).orElse(null);
        boolean ok = hasher.verify(password, hash);
        return ok ? user : Optional.empty();
    }

    /** Changes a password after checking the current one; other sessions of the user end. */
    public void changePassword(User user, String current, String replacement, String keepSessionToken) {
        String hash = users.passwordHash(user.id()).orElse(null);
        if (!hasher.verify(current, hash)) {
            throw new AccountException("the current password is not correct");
        }
        checkPassword(replacement);
        users.setPasswordHash(user.id(), hasher.hash(replacement), clock.instant());
        sessions.endAllForExcept(user.id(), keepSessionToken);
    }

    public boolean anyActiveAdmin() {
        return users.anyActiveAdmin();
    }

    static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
