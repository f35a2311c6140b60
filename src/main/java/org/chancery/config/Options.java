package org.chancery.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.chancery.config.Config.DatabaseConfig;

/**
 * Every setting of the site, in the order the documentation lists them. Parsing the
 * configuration file, reading the environment, refusing a bad value and
 * {@code docs/configuration.md} (a test compares them) all follow this list: a new setting is
 * one entry here, and the {@link Config} field it fills.
 */
public final class Options {
    private static final List<Option<?>> REGISTRY = new ArrayList<>();

    public static final Option<Integer> PORT = option("port", "--port", String.valueOf(Config.DEFAULT_PORT),
            "0 to 65535", "HTTP port of `serve`; 0 picks a free one", Values::port, Config::withPort);
    public static final Option<Path> DATA_DIR = option("data_dir", "--data", Config.DEFAULT_DATA_DIR.toString(),
            "a directory path", "the data directory (SQLite database, search index, media); created when missing,"
                    + " must be writable", Path::of, Config::withDataDir);
    public static final Option<Path> MEDIA_DIR = option("media_dir", "--media-dir", "", "a directory path",
            "where uploaded files are kept, which several servers may share (NFS); unset means `media` in the data"
                    + " directory; created when missing, must be writable", Path::of, Config::withMediaDir);
    public static final Option<String> DB_URL = option("db.url", "", "", "a JDBC URL",
            "a PostgreSQL database (`jdbc:postgresql://host:5432/db`); unset means SQLite in the data directory",
            Values::jdbcUrl, (c, url) -> c.withDatabase(new DatabaseConfig(url, null, null)));
    public static final Option<String> DB_USER = option("db.user", "", "", "text",
            "the database user (may also be `user=` in the URL)", Values::text,
            (c, user) -> db(c, d -> new DatabaseConfig(d.url(), user, d.password())));
    public static final Option<String> DB_PASSWORD = register(new Option<>("db.password", "", "", "text",
            "the database password (may also be `password=` in the URL); never shown or logged", true, Values::text,
            (c, password) -> db(c, d -> new DatabaseConfig(d.url(), d.user(), password))));
    public static final Option<URI> BASE_URL = option("base_url", "--base-url", "",
            "an http(s) address, no query or fragment",
            "the site's public address for absolute links; unset means `http://localhost:PORT`", Values::uri,
            Config::withBaseUrl);
    public static final Option<List<String>> METRICS_FROM = option("metrics_from", "--metrics-from",
            String.join(",", Config.LOOPBACK), "IP addresses separated by commas",
            "who may read `/metrics` (the connection's own address)",
            text -> Values.list(text, NetworkAddresses::literal), Config::withMetricsFrom);
    public static final Option<String> LOG_FORMAT = option("log_format", "", "text", "`text` or `json`",
            "readable log lines, or one JSON object a line", Values.oneOf("text", "json"), (c, format) -> c);
    public static final Option<List<String>> LANGUAGES = option("languages", "",
            String.join(",", Config.DEFAULT_LANGUAGES), "two-letter codes separated by commas",
            "the site's languages, the default (where `/` leads) first; each needs"
                    + " `i18n/messages_<lang>.properties` on the class path",
            text -> Languages.check(Values.list(text, l -> l)), Config::withLanguages);
    public static final Option<List<String>> TRUSTED_PROXIES = option("trusted_proxies", "",
            String.join(",", Config.DEFAULT_TRUSTED_PROXIES), "IP addresses and CIDR ranges separated by commas",
            "the reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed",
            Options::proxies, Config::withTrustedProxies);
    public static final Option<Duration> SHUTDOWN_GRACE = option("shutdown_grace", "",
            Config.DEFAULT_SHUTDOWN_GRACE.toSeconds() + "s", "a duration: `500ms`, `10s`, `1m`; `0` stops at once",
            "how long requests in flight may take to finish when the server stops", Values::duration,
            Config::withShutdownGrace);
    public static final Option<String> PAGE_CACHE = option("page_cache", "", "on", "`on` or `off`",
            "keep rendered public pages in memory until what they show changes; `off` renders every page afresh"
                    + " (for measuring rendering)", Values.oneOf("on", "off"),
            (c, value) -> c.withPageCache(value.equals("on")));

    /** Every setting, in the order declared above, which is the documentation's. */
    public static final List<Option<?>> ALL = List.copyOf(REGISTRY);

    private Options() {
    }

    private static <T> Option<T> option(String key, String flag, String defaultText, String accepts,
            String description, Function<String, T> parse, BiFunction<Config, T, Config> apply) {
        return register(new Option<>(key, flag, defaultText, accepts, description, false, parse, apply));
    }

    private static <T> Option<T> register(Option<T> option) {
        REGISTRY.add(option);
        return option;
    }

    public static Optional<Option<?>> named(String key) {
        return ALL.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    private static Config db(Config config, Function<DatabaseConfig, DatabaseConfig> change) {
        return config.database().map(d -> config.withDatabase(change.apply(d))).orElse(config);
    }

    private static List<String> proxies(String text) {
        List<String> specs = Values.list(text, s -> s);
        specs.forEach(NetworkAddresses.Range::parse);
        return specs;
    }
}
