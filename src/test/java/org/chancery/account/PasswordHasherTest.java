package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    private static final String PASSWORD = "Salisbury 2018-03-04";
    private final PasswordHasher hasher = new PasswordHasher(new Secrets());

    @Test
    void a_hash_verifies_its_own_password() {
        assertThat(hasher.verify(PASSWORD, hasher.hash(PASSWORD))).isTrue();
    }

    @Test
    void a_hash_refuses_any_other_password() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hasher.verify("Salisbury 2018-03-05", hash)).isFalse();
        assertThat(hasher.verify(PASSWORD.toLowerCase(), hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    void hashes_are_argon2id_phc_strings_with_their_parameters_and_a_fresh_salt() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(second).isNotEqualTo(first);
        assertThat(first).doesNotContain(PASSWORD);
    }

    @Test
    void a_hash_made_with_other_parameters_still_verifies() {
        String cheap = new PasswordHasher(new Secrets(), 1024, 1).hash(PASSWORD);

        assertThat(cheap).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.verify(PASSWORD, cheap)).isTrue();
    }

    @Test
    void a_tampered_hash_matches_nothing() {
        String[] parts = hasher.hash(PASSWORD).split("\\$");
        String salt = parts[4];
        String hash = parts[5];

        assertThat(hasher.verify(PASSWORD, phc(parts[3], salt, flipFirst(hash)))).isFalse();
        assertThat(hasher.verify(PASSWORD, phc(parts[3], flipFirst(salt), hash))).isFalse();
        assertThat(hasher.verify(PASSWORD, phc(parts[3].replace("t=2", "t=1"), salt, hash))).isFalse();
        assertThat(hasher.verify(PASSWORD, phc(parts[3], salt, hash))).isTrue();
    }

    private static String phc(String params, String salt, String hash) {
        return "$argon2id$v=19$" + params + "$" + salt + "$" + hash;
    }

    private static String flipFirst(String base64) {
        return (base64.charAt(0) == 'A' ? "B" : "A") + base64.substring(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
        "$argon2id$v=19$m=19456,t=2,p=1$A$A",
        "$argon2id$v=19$m=99999999999,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"})
    void a_damaged_or_foreign_hash_matches_nothing_and_throws_nothing(String stored) {
        assertThat(hasher.verify(PASSWORD, stored)).isFalse();
    }
}
