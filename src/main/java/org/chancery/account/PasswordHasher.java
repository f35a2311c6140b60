package org.chancery.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle) in the PHC string form
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, so parameters can be raised later
 * without invalidating stored hashes. The defaults are OWASP's minimum for Argon2id.
 */
public final class PasswordHasher {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /** Beyond these a stored hash is damaged, and computing it would exhaust the server. */
    private static final int MAX_MEMORY_KB = 1 << 20;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_LANES = 16;

    private final Secrets secrets;
    private final int memoryKb;
    private final int iterations;

    public PasswordHasher(Secrets secrets) {
        this(secrets, 19_456, 2);
    }

    /** Cheaper parameters are for tests only; stored hashes carry their own. */
    public PasswordHasher(Secrets secrets, int memoryKb, int iterations) {
        this.secrets = secrets;
        this.memoryKb = memoryKb;
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = secrets.bytes(16);
        byte[] hash = argon2(password, salt, memoryKb, iterations, 1, 32);
        return "$argon2id$v=19$m=" + memoryKb + ",t=" + iterations + ",p=1$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    public boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        Matcher m = PHC.matcher(stored);
        if (!m.matches()) {
            return false;
        }
        try {
            int memoryKb = Integer.parseInt(m.group(1));
            int iterations = Integer.parseInt(m.group(2));
            int lanes = Integer.parseInt(m.group(3));
            if (memoryKb > MAX_MEMORY_KB || iterations > MAX_ITERATIONS || lanes > MAX_LANES) {
                return false;
            }
            byte[] expected = B64D.decode(m.group(5));
            byte[] actual = argon2(password, B64D.decode(m.group(4)), memoryKb, iterations, lanes, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a damaged hash (bad Base64, numbers out of range, too short an output) matches no password
            return false;
        }
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKb, int iterations, int lanes, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKb)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
