package org.chancery.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.chancery.config.Config.DatabaseConfig;
import org.chancery.db.Database;
import org.junit.jupiter.api.Named;

/**
 * A throwaway database for one test: an SQLite file in a temporary directory, or a fresh schema
 * in the PostgreSQL database named by {@code CHANCERY_TEST_PG_URL}. Close it to remove it.
 */
public abstract class TestDatabase implements AutoCloseable {
    public static final String PG_URL_VARIABLE = "CHANCERY_TEST_PG_URL";
    private static boolean noticePrinted;

    public abstract String name();

    /** The data directory of the site that uses this database. */
    public abstract Path dataDir();

    /** The database settings, or null for the SQLite file in {@link #dataDir()}. */
    public abstract DatabaseConfig config();

    /** The settings as {@link Database#open} takes them. */
    public DatabaseConfig resolved() {
        return config() == null ? Database.sqliteIn(dataDir()) : config();
    }

    /** Removes the database and the data directory. */
    @Override
    public abstract void close();

    @Override
    public String toString() {
        return name();
    }

    /** SQLite always; PostgreSQL when configured (and it must be configured under CI). */
    public static Stream<Named<Kind>> kinds() {
        List<Named<Kind>> kinds = new ArrayList<>();
        kinds.add(Named.of("sqlite", Kind.SQLITE));
        if (postgresUrl() != null) {
            kinds.add(Named.of("postgresql", Kind.POSTGRESQL));
        }
        return kinds.stream();
    }

    public enum Kind {
        SQLITE, POSTGRESQL;

        public TestDatabase create() {
            return this == SQLITE ? sqlite() : postgres();
        }
    }

    public static String postgresUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return url;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(PG_URL_VARIABLE + " is not set, but CI=true requires the PostgreSQL tests");
        }
        synchronized (TestDatabase.class) {
            if (!noticePrinted) {
                System.out.println("NOTICE: PostgreSQL tests skipped; set " + PG_URL_VARIABLE
                        + "=jdbc:postgresql://127.0.0.1:5432/DB?user=postgres to run them");
                noticePrinted = true;
            }
        }
        return null;
    }

    /**
     * Another node's view of this database: the same database with a data directory of its own.
     * Closing it removes only that directory.
     */
    public TestDatabase sharedByAnotherNode() {
        if (config() == null) {
            throw new IllegalStateException("only a server database is shared by several nodes");
        }
        Path dir = tempDir();
        DatabaseConfig shared = config();
        String name = name();
        return new TestDatabase() {
            public String name() {
                return name;
            }

            public Path dataDir() {
                return dir;
            }

            public DatabaseConfig config() {
                return shared;
            }

            public void close() {
                deleteTree(dir);
            }
        };
    }

    public static TestDatabase sqlite() {
        Path dir = tempDir();
        return new TestDatabase() {
            public String name() {
                return "sqlite";
            }

            public Path dataDir() {
                return dir;
            }

            public DatabaseConfig config() {
                return null;
            }

            public void close() {
                deleteTree(dir);
            }
        };
    }

    public static TestDatabase postgres() {
        String base = postgresUrl();
        if (base == null) {
            throw new IllegalStateException(PG_URL_VARIABLE + " is not set");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(base, "CREATE SCHEMA " + schema);
        Path dir = tempDir();
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase() {
            public String name() {
                return "postgresql";
            }

            public Path dataDir() {
                return dir;
            }

            public DatabaseConfig config() {
                return new DatabaseConfig(url, null, null);
            }

            public void close() {
                execute(base, "DROP SCHEMA " + schema + " CASCADE");
                deleteTree(dir);
            }
        };
    }

    public static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("chancery-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
