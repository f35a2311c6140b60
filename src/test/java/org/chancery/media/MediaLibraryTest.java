package org.chancery.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.account.User;
import org.chancery.audit.AuditLog;
import org.chancery.support.OpenDatabase;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The library on both databases: two nodes sharing a directory store the same bytes once. */
class MediaLibraryTest {
    private static final Clock CLOCK = Clock.fixed(TestSite.SEED_INSTANT, ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_same_bytes_uploaded_on_two_nodes_at_once_are_one_file_and_one_row(TestDatabase.Kind kind)
            throws Exception {
        try (OpenDatabase db = OpenDatabase.of(kind)) {
            User user = new Staff(db.jdbi(), CLOCK).add("ann@embassy.test", Role.AUTHOR).user();
            var audit = new AuditLog(db.jdbi());
            List<MediaLibrary> nodes = List.of(new MediaLibrary(db.jdbi(), new MediaStore(dir), audit, CLOCK),
                    new MediaLibrary(db.jdbi(), new MediaStore(dir), audit, CLOCK));

            List<CompletableFuture<MediaLibrary.Upload>> uploads = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> nodes.get(i % 2).upload(user,
                            "map-" + i + ".png", new ByteArrayInputStream(MediaHttpTest.PNG))))
                    .toList();

            List<String> paths = uploads.stream().map(u -> u.join().file().path()).distinct().toList();
            assertThat(paths).hasSize(1);
            assertThat(uploads.stream().filter(u -> !u.join().existing())).hasSize(1);
            assertThat(MediaHttpTest.filesIn(dir)).containsExactly(dir.resolve(paths.get(0)));
            assertThat(nodes.get(1).page(0)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_refused_upload_leaves_nothing(TestDatabase.Kind kind) throws Exception {
        try (OpenDatabase db = OpenDatabase.of(kind)) {
            User user = new Staff(db.jdbi(), CLOCK).add("ann@embassy.test", Role.AUTHOR).user();
            var library = new MediaLibrary(db.jdbi(), new MediaStore(dir), new AuditLog(db.jdbi()), CLOCK);

            assertThatThrownBy(() -> library.upload(user, "a.exe", new ByteArrayInputStream(new byte[] {'M', 'Z', 0})))
                    .isInstanceOf(MediaException.class)
                    .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.NOT_ALLOWED);
            assertThatThrownBy(() -> library.upload(user, "empty.png", new ByteArrayInputStream(new byte[0])))
                    .extracting(e -> ((MediaException) e).reason()).isEqualTo(MediaException.Reason.EMPTY);

            assertThat(MediaHttpTest.filesIn(dir)).isEmpty();
            assertThat(library.page(0)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_images_focal_point_is_kept_and_its_renditions_made_in_the_background(TestDatabase.Kind kind)
            throws Exception {
        try (OpenDatabase db = OpenDatabase.of(kind);
                var library = new MediaLibrary(db.jdbi(), new MediaStore(dir), new AuditLog(db.jdbi()), CLOCK)) {
            User user = new Staff(db.jdbi(), CLOCK).add("ann@embassy.test", Role.AUTHOR).user();
            MediaFile file = library.upload(user, "map.png", new ByteArrayInputStream(MediaHttpTest.PNG)).file();
            assertThat(file.focus()).isEqualTo(Focus.CENTRE);

            assertThat(library.setFocus(user, file.id(), new Focus(0.25, 0.75))).isTrue();
            assertThat(library.find(file.id()).orElseThrow().focus()).isEqualTo(new Focus(0.25, 0.75));
            assertThat(library.setFocus(user, file.id() + 1, Focus.CENTRE)).isFalse();

            library.awaitRenditions(java.time.Duration.ofSeconds(30));
            MediaLibrary.Ready ready = library.ready(library.find(file.id()).orElseThrow());
            assertThat(ready.of()).isPositive();
            assertThat(ready.made()).isEqualTo(ready.of());
        }
    }
}
