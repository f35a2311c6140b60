package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.App;
import org.chancery.db.Database;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.chancery.support.StoredPublications;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** At start-up an index that is missing, damaged or behind the database is rebuilt while the site serves. */
class IndexStartupHttpTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private final TestSite site = TestSite.start(db, TestSite.SEED_INSTANT, c -> c).indexed();

    @AfterEach
    void stop() {
        site.close();
    }

    private Path indexDir() {
        return db.dataDir().resolve(App.INDEX_DIR).resolve("en");
    }

    private List<String> found(String query) {
        return site.page("/en/search?q=" + query).select(".hit-title").eachText();
    }

    @Test
    void a_damaged_index_is_rebuilt_at_start_up_and_the_site_serves_meanwhile() {
        assertThat(found("pandemic")).isNotEmpty();

        site.restart(() -> eachFile(indexDir(), file -> {
            byte[] junk = new byte[(int) Math.max(16, size(file))];
            Arrays.fill(junk, (byte) 0x5A);
            write(file, junk);
        }));

        assertThat(site.get("/en/").statusCode()).isEqualTo(200);
        site.indexed();
        assertThat(found("pandemic")).isNotEmpty();
    }

    @Test
    void a_missing_index_is_rebuilt_at_start_up() {
        site.restart(() -> TestDatabase.deleteTree(db.dataDir().resolve(App.INDEX_DIR)));

        site.indexed();
        assertThat(found("pandemic")).isNotEmpty();
    }

    @Test
    void publications_added_while_the_server_was_down_are_found_after_start_up() {
        site.restart(() -> {
            try (Database database = Database.open(db.resolved())) {
                Instant at = TestSite.SEED_INSTANT;
                new StoredPublications(database).insert(new Publication(null, "quokka", PublicationType.NEWS,
                        "en", Status.PUBLISHED, "Quokka news", "", "About the quokka.", null, null, at, false, null,
                        List.of(), at, at));
            }
        });

        site.indexed();
        assertThat(found("quokka")).containsExactly("Quokka news");
    }

    private static void eachFile(Path dir, java.util.function.Consumer<Path> action) {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> !f.getFileName().toString().equals("write.lock")).forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
