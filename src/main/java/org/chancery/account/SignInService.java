package org.chancery.account;

import java.time.Instant;
import java.util.Optional;
import org.chancery.account.SessionService.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signing in with an e-mail address and a password, throttled; and signing out. */
public final class SignInService {
    private static final Logger log = LoggerFactory.getLogger(SignInService.class);

    /** What became of a sign-in. */
    public sealed interface Outcome permits SignedIn, Rejected, Refused {
    }

    /** The password matched: a new session. */
    public record SignedIn(Session session) implements Outcome {
    }

    /** No active user has this e-mail and password; which of the two is wrong is not said. */
    public record Rejected() implements Outcome {
    }

    /** Too many failures for this account from this address, or from it: nothing is checked until {@code until}. */
    public record Refused(Instant until) implements Outcome {
    }

    private final AccountService accounts;
    private final SessionService sessions;
    private final SignInThrottle throttle;

    public SignInService(AccountService accounts, SessionService sessions, SignInThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    public Outcome signIn(String email, String password, String clientAddress) {
        Optional<Instant> refused = throttle.refusedUntil(email, clientAddress);
        if (refused.isPresent()) {
            return new Refused(refused.get());
        }
        Optional<User> user = accounts.authenticate(email, password);
        if (user.isEmpty()) {
            Optional<Instant> lock = throttle.failed(email, clientAddress);
            // neither the e-mail nor the password is logged: people type one into the other's field
            lock.ifPresent(until -> log.warn("Too many failed sign-ins (last from {}): refused until {}",
                    clientAddress, until));
            return lock.<Outcome>map(Refused::new).orElseGet(Rejected::new);
        }
        throttle.succeeded(email, clientAddress);
        log.info("User {} signed in", user.get().id());
        return new SignedIn(sessions.start(user.get()));
    }

    public void signOut(String sessionToken) {
        if (sessionToken != null) {
            sessions.end(sessionToken);
        }
    }
}
