package org.chancery.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.account.AccountException.Reason;
import org.chancery.validation.ControlCharacters;

/** Adds, lists and disables users, checks and changes passwords. */
public final class AccountService {
    public static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_EMAIL_LENGTH = 254;
    static final int MAX_NAME_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserRepository users;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final Clock clock;
    /**
     * Verified against when there is no hash to check, so a missing account takes as long as a wrong
     * password. Made at the first check of any password, known account or not, rather than at start-up.
     */
    private volatile String decoyHash;

    public AccountService(UserRepository users, SessionService sessions, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash("no account has this password");
            decoyHash = decoy;
        }
        return decoy;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds an active user; the e-mail address must be new, the password long enough. */
    public User add(String email, String name, Role role, String password) {
        String normalized = checkNewUser(email, name, password);
        if (users.byEmail(normalized).isPresent()) {
            throw new AccountException(Reason.DUPLICATE_EMAIL, "email", normalized);
        }
        long id = users.insert(normalized, name == null ? "" : name.strip(), role, hasher.hash(password),
                clock.instant());
        return users.byId(id).orElseThrow();
    }

    /** Checks what {@link #add} checks before touching the database; returns the normalized e-mail. */
    public static String checkNewUser(String email, String name, String password) {
        AccountException.refuseControlCharacters("email", email);
        AccountException.refuseControlCharacters("name", name);
        String normalized = normalizeEmail(email);
        if (!EMAIL.matcher(normalized).matches() || normalized.length() > MAX_EMAIL_LENGTH) {
            throw new AccountException(Reason.INVALID_EMAIL, "email", String.valueOf(email));
        }
        if (name != null && name.strip().length() > MAX_NAME_LENGTH) {
            throw new AccountException(Reason.INVALID_NAME, "name", MAX_NAME_LENGTH, "a name");
        }
        checkPassword(password);
        return normalized;
    }

    public List<User> list() {
        return users.all();
    }

    /** The user with this e-mail; none for one with a control character, which no user has (and PostgreSQL refuses U+0000). */
    public Optional<User> byEmail(String email) {
        if (!ControlCharacters.isClean(email)) {
            return Optional.empty();
        }
        return users.byEmail(normalizeEmail(email));
    }

    public Optional<User> byId(long id) {
        return users.byId(id);
    }

    /** Disables a user and ends all their sessions at once; their API tokens stop working too. */
    public User disable(String email) {
        AccountException.refuseControlCharacters("email", email);
        User user = byEmail(email).orElseThrow(() -> new AccountException(Reason.NO_SUCH_USER,
                "email", normalizeEmail(email)));
        users.setDisabled(user.id(), true, clock.instant());
        sessions.endAllFor(user.id());
        return users.byId(user.id()).orElseThrow();
    }

    /**
     * The active user with this e-mail and password; empty for any mismatch, never saying which.
     * A password is hashed whether or not the account exists, so timing does not tell either.
     */
    public Optional<User> authenticate(String email, String password) {
        String decoy = decoyHash();
        Optional<User> user = byEmail(email);
        String hash = user.flatMap(u -> users.passwordHash(u.id())).orElse(decoy);
        boolean matches = hasher.verify(password, hash);
        return user.filter(u -> matches && !u.disabled());
    }

    /** Changes a password after checking the current one; the user's other sessions end. */
    public void changePassword(User user, String current, String replacement, String keepSessionToken) {
        String decoy = decoyHash();
        String hash = users.passwordHash(user.id()).orElse(decoy);
        if (!hasher.verify(current, hash)) {
            throw new AccountException(Reason.WRONG_PASSWORD, "current");
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
            throw new AccountException(Reason.SHORT_PASSWORD, "password", MIN_PASSWORD_LENGTH);
        }
    }
}
