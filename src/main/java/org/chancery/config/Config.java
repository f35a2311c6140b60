package org.chancery.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code App.create(Config)} needs to build a running site.
 *
 * @param port          HTTP port; 0 picks a free one (tests)
 * @param dataDir       holds the SQLite file, the search index and, unless {@code mediaDir} says otherwise, the media
 * @param database      where the database lives; empty means SQLite in {@code dataDir}
 * @param loadSample    load the sample site into an empty database
 * @param clock         the only source of "now" in the application
 * @param templatesFrom a directory of JTE sources to hot-reload from, or empty for the precompiled templates
 * @param baseUrl       the site's public address, for absolute links in feeds, the sitemap, page metadata
 *                      and the API; empty means {@code http://localhost:<port>}
 * @param metricsFrom   the addresses allowed to read {@code /metrics}
 * @param languages     the site's languages, the default (where {@code /} leads) first; each has an interface bundle
 * @param trustedProxies the reverse proxies (addresses and CIDR ranges) whose {@code X-Forwarded-*} headers count
 * @param shutdownGrace how long requests in flight may take to finish when the server stops
 * @param pageCache     keep rendered public pages in memory until what they show changes (off for benchmarks
 *                      of rendering itself)
 * @param mediaDir      where uploaded files live, which several nodes may share; empty means
 *                      {@code dataDir/media} ({@link #mediaDirectory()})
 * @param passwordCost  the Argon2id parameters of new password hashes; always {@link PasswordCost#STANDARD}
 *                      but in tests, which make many users whose passwords guard nothing
 */
public record Config(
        int port,
        Path dataDir,
        Optional<DatabaseConfig> database,
        boolean loadSample,
        Clock clock,
        Optional<Path> templatesFrom,
        Optional<URI> baseUrl,
        List<String> metricsFrom,
        List<String> languages,
        List<String> trustedProxies,
        Duration shutdownGrace,
        boolean pageCache,
        Optional<Path> mediaDir,
        PasswordCost passwordCost) {

    public static final int DEFAULT_PORT = 8080;
    /** Who may read {@code /metrics} unless told otherwise: this machine only. */
    public static final List<String> LOOPBACK = List.of("127.0.0.1", "::1");
    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    /** The site's languages unless told otherwise; the first is the default. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("en", "ru");
    /** Whose forwarded headers count unless told otherwise: a proxy on this machine. */
    public static final List<String> DEFAULT_TRUSTED_PROXIES = LOOPBACK;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    /** The media directory inside the data directory, unless {@code media_dir} names another. */
    public static final String DEFAULT_MEDIA_DIR = "media";

    public Config {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(templatesFrom, "templatesFrom");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(mediaDir, "mediaDir");
        Objects.requireNonNull(passwordCost, "passwordCost");
        metricsFrom = List.copyOf(metricsFrom);
        metricsFrom.forEach(NetworkAddresses::literal);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        languages = Languages.check(languages);
        trustedProxies = List.copyOf(trustedProxies);
        trustedProxies.forEach(NetworkAddresses.Range::parse);
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("the shutdown grace period cannot be negative, got " + shutdownGrace);
        }
    }

    /** A site on SQLite in {@code dataDir}, with the system clock and precompiled templates. */
    public static Config of(int port, Path dataDir) {
        return new Config(port, dataDir, Optional.empty(), true, Clock.systemUTC(), Optional.empty(), Optional.empty(),
                LOOPBACK, DEFAULT_LANGUAGES, DEFAULT_TRUSTED_PROXIES, DEFAULT_SHUTDOWN_GRACE, true, Optional.empty(),
                PasswordCost.STANDARD);
    }

    public Config withDatabase(DatabaseConfig db) {
        return new Config(port, dataDir, Optional.of(db), loadSample, clock, templatesFrom, baseUrl, metricsFrom,
                languages, trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    public Config withLoadSample(boolean load) {
        return new Config(port, dataDir, database, load, clock, templatesFrom, baseUrl, metricsFrom,
                languages, trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    public Config withClock(Clock c) {
        return new Config(port, dataDir, database, loadSample, c, templatesFrom, baseUrl, metricsFrom,
                languages, trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    public Config withTemplatesFrom(Path dir) {
        return new Config(port, dataDir, database, loadSample, clock, Optional.of(dir), baseUrl, metricsFrom,
                languages, trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    /** The public address: http or https, a host, optionally a port and a path; no query or fragment. */
    public Config withBaseUrl(URI url) {
        return new Config(port, dataDir, database, loadSample, clock, templatesFrom, Optional.of(checkBaseUrl(url)),
                metricsFrom, languages, trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    /** The addresses (literal IPv4 or IPv6) allowed to read {@code /metrics}. */
    public Config withMetricsFrom(List<String> addresses) {
        return new Config(port, dataDir, database, loadSample, clock, templatesFrom, baseUrl, addresses,
                languages, trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    public Config withPort(int p) {
        return new Config(p, dataDir, database, loadSample, clock, templatesFrom, baseUrl, metricsFrom, languages,
                trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    public Config withDataDir(Path dir) {
        return new Config(port, dir, database, loadSample, clock, templatesFrom, baseUrl, metricsFrom, languages,
                trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    /** The site's languages, the default first; each needs {@code i18n/messages_<lang>.properties}. */
    public Config withLanguages(List<String> langs) {
        return new Config(port, dataDir, database, loadSample, clock, templatesFrom, baseUrl, metricsFrom, langs,
                trustedProxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    /** The proxies, as addresses or CIDR ranges, whose {@code X-Forwarded-For} and {@code -Proto} are believed. */
    public Config withTrustedProxies(List<String> proxies) {
        return new Config(port, dataDir, database, loadSample, clock, templatesFrom, baseUrl, metricsFrom, languages,
                proxies, shutdownGrace, pageCache, mediaDir, passwordCost);
    }

    /** Whether rendered public pages are kept in memory ({@link #pageCache()}). */
    public Config withPageCache(boolean on) {
        return new Config(port, dataDir, database, loadSample, clock, templatesFrom, baseUrl, metricsFrom, languages,
                trustedProxies, shutdownGrace, on, mediaDir, passwordCost);
    }

    public Config withShutdownGrace(Duration grace) {
        return new Config(port, dataDir, database, loadSample, clock, templatesFrom, baseUrl, metricsFrom, languages,
                trustedProxies, grace, pageCache, mediaDir, passwordCost);
    }

    /** Where uploaded files live: the {@code media_dir} setting, else {@code media} in the data directory. */
    public Path mediaDirectory() {
        return mediaDir.orElseGet(() -> dataDir.resolve(DEFAULT_MEDIA_DIR));
    }

    /** Uploaded files in {@code dir}, which several nodes may share, rather than in the data directory. */
    public Config withMediaDir(Path dir) {
        return new Config(port, dataDir, database, loadSample, clock, templatesFrom, baseUrl, metricsFrom, languages,
                trustedProxies, shutdownGrace, pageCache, Optional.of(dir), passwordCost);
    }

    /** New password hashes made with {@code cost} ({@link #passwordCost()}). */
    public Config withPasswordCost(PasswordCost cost) {
        return new Config(port, dataDir, database, loadSample, clock, templatesFrom, baseUrl, metricsFrom, languages,
                trustedProxies, shutdownGrace, pageCache, mediaDir, cost);
    }

    public static URI checkBaseUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
                || url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the base URL must be an http(s) address such as"
                    + " https://www.embassy.example, without a query or fragment; got " + url);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + url.getRawAuthority() + path);
    }

    /**
     * Argon2id's memory in KiB and number of passes for new password hashes; a stored hash keeps
     * the parameters it was made with, so changing them never locks anyone out.
     */
    public record PasswordCost(int memoryKb, int iterations) {
        /** OWASP's minimum for Argon2id. */
        public static final PasswordCost STANDARD = new PasswordCost(19_456, 2);

        public PasswordCost {
            if (memoryKb < 8 || iterations < 1) {
                throw new IllegalArgumentException("Argon2id needs at least 8 KiB and one pass, got "
                        + memoryKb + " KiB and " + iterations);
            }
        }
    }

    /** A JDBC URL with optional credentials (which may also be inside the URL). */
    public record DatabaseConfig(String url, String user, String password) {
        public DatabaseConfig {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String toString() {
            return "DatabaseConfig[url=" + url.replaceAll("password=[^&]*", "password=***") + ", user=" + user + "]";
        }
    }
}
