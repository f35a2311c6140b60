package org.chancery.config;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One setting of the site, as the configuration file, the environment and the documentation
 * know it.
 *
 * @param key         its name in {@code chancery.conf}, lower case, words joined by {@code _} or {@code .}
 * @param flag        the command-line flag that also sets it, or empty
 * @param defaultText the value when nothing sets it, as it would be written; empty means unset
 * @param accepts     what a value may be, for the documentation and for the message that refuses one
 * @param description what it does
 * @param secret      never shown in messages
 * @param parse       reads a value, or throws {@link IllegalArgumentException} saying what is wrong
 * @param apply       puts a value into the {@link Config}
 */
public record Option<T>(String key, String flag, String defaultText, String accepts, String description,
        boolean secret, Function<String, T> parse, BiFunction<Config, T, Config> apply) {

    /** The environment variable that sets it: {@code CHANCERY_} and the key in upper case, dots as underscores. */
    public String env() {
        return "CHANCERY_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
