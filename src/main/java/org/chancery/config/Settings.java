package org.chancery.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site's settings, each taken from the first place that gives it a value: a command-line
 * flag, then the environment ({@link Option#env()}), then the configuration file, then its
 * default. An empty value counts as not given. A value that cannot be used is refused with one
 * line naming where it was written; nothing is half applied.
 */
public final class Settings {
    /** The configuration file read when neither {@code --config} nor {@code CHANCERY_CONFIG} names one. */
    public static final String DEFAULT_FILE = "chancery.conf";
    /** The variable that names the configuration file. */
    public static final String CONFIG_VARIABLE = "CHANCERY_CONFIG";
    /** {@code CHANCERY_*} variables that are not settings: the launcher's and the tests'. */
    private static final Set<String> OTHER_VARIABLES = Set.of(CONFIG_VARIABLE, "CHANCERY_JAVA_OPTS");
    private static final String TEST_VARIABLES = "CHANCERY_TEST_";

    private final Config config;
    private final Map<Option<?>, Object> given;
    private final List<UnknownVariable> unknown;

    /** A {@code CHANCERY_*} variable that sets nothing, and the setting's variable probably meant. */
    private record UnknownVariable(String name, Optional<String> meant) {
        String hint() {
            return meant.map(k -> " (did you mean " + k + "?)").orElse("");
        }
    }

    private Settings(Config config, Map<Option<?>, Object> given, List<UnknownVariable> unknown) {
        this.config = config;
        this.given = given;
        this.unknown = List.copyOf(unknown);
    }

    /**
     * The file to read: the one {@code --config} names, else {@code CHANCERY_CONFIG}'s (either must
     * exist), else {@code chancery.conf} in {@code workingDir} when there is one.
     */
    public static Optional<Path> locate(Path flag, Map<String, String> env, Path workingDir) {
        String variable = env.get(CONFIG_VARIABLE);
        Path named = flag != null ? flag : variable == null || variable.isBlank() ? null : Path.of(variable.strip());
        if (named != null) {
            if (!Files.isRegularFile(named)) {
                throw new ConfigException("no configuration file " + named
                        + (flag != null ? " (--config)" : " (" + CONFIG_VARIABLE + ")"));
            }
            return Optional.of(named);
        }
        Path local = workingDir.resolve(DEFAULT_FILE);
        return Files.isRegularFile(local) ? Optional.of(local) : Optional.empty();
    }

    /**
     * Reads every setting onto {@code base}.
     *
     * @param flags the command-line flags given, as typed, by option key
     */
    public static Settings resolve(Config base, Map<String, String> flags, Map<String, String> env,
            Optional<Path> file) {
        Map<String, ConfigFile.Entry> written = file.map(ConfigFile::read).orElse(Map.of());
        Config config = base;
        Map<Option<?>, Object> given = new HashMap<>();
        for (Option<?> option : Options.ALL) {
            config = apply(option, config, source(option, flags, env, written), given);
        }
        return new Settings(config, given, unknownVariables(env));
    }

    private static <T> Config apply(Option<T> option, Config config, Optional<ConfigFile.Entry> source,
            Map<Option<?>, Object> given) {
        if (source.isEmpty()) {
            return config;
        }
        String where = source.get().where();
        try {
            T value = option.parse().apply(source.get().value());
            given.put(option, value);
            return option.apply().apply(config, value);
        } catch (IllegalArgumentException e) {
            boolean named = where.equals(option.env()) || where.equals(option.flag());
            String place = named ? where : where + ": " + option.key();
            throw new ConfigException(place + ": " + e.getMessage());
        }
    }

    private static Optional<ConfigFile.Entry> source(Option<?> option, Map<String, String> flags,
            Map<String, String> env, Map<String, ConfigFile.Entry> written) {
        String flag = flags.get(option.key());
        if (flag != null && !flag.isBlank()) {
            return Optional.of(new ConfigFile.Entry(flag.strip(), option.flag()));
        }
        String variable = env.get(option.env());
        if (variable != null && !variable.isBlank()) {
            return Optional.of(new ConfigFile.Entry(variable.strip(), option.env()));
        }
        return Optional.ofNullable(written.get(option.key())).filter(e -> !e.value().isEmpty());
    }

    private static List<UnknownVariable> unknownVariables(Map<String, String> env) {
        List<String> known = Options.ALL.stream().map(Option::env).toList();
        List<UnknownVariable> unknown = new ArrayList<>();
        env.keySet().stream().sorted()
                .filter(name -> name.startsWith("CHANCERY_") && !name.startsWith(TEST_VARIABLES))
                .filter(name -> !known.contains(name) && !OTHER_VARIABLES.contains(name))
                .forEach(name -> unknown.add(new UnknownVariable(name, Spelling.nearest(name, known))));
        return unknown;
    }

    /** The site's configuration with every setting applied. */
    public Config config() {
        return config;
    }

    /** The setting's value: as given, else its default; empty for an unset setting without one. */
    public <T> Optional<T> value(Option<T> option) {
        if (given.containsKey(option)) {
            @SuppressWarnings("unchecked")
            T value = (T) given.get(option);
            return Optional.of(value);
        }
        return option.defaultText().isEmpty() ? Optional.empty()
                : Optional.of(option.parse().apply(option.defaultText()));
    }

    /** One line each about {@code CHANCERY_*} variables that set nothing, most likely mistyped. */
    public List<String> warnings() {
        return unknown.stream()
                .map(v -> "environment variable " + v.name() + " is not a setting and is ignored" + v.hint())
                .toList();
    }

    /**
     * Refuses the first {@code CHANCERY_*} variable that sets nothing, naming the setting probably
     * meant: for {@code serve}, which should not start with a setting silently left at its default.
     */
    public void refuseUnknownVariables() {
        unknown.stream().findFirst().ifPresent(v -> {
            throw new ConfigException(v.name() + " is not a setting" + v.meant().map(k -> " (did you mean " + k + "?)")
                    .orElse(" (the settings' variables are listed in docs/configuration.md)")
                    + "; correct or unset it");
        });
    }
}
