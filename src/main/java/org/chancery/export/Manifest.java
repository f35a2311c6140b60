package org.chancery.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an export wrote, kept in its directory as {@value #FILE_NAME}: each file with the SHA-256
 * of its bytes (and, for a publication's page, the publication, its last change and the files it
 * refers to), the program that rendered them and the change log's position. The next export
 * compares against it to write only what changed, and removes only files listed here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Manifest(int format, String build, long changeLog, Map<String, Entry> files) {
    static final String FILE_NAME = ".chancery-export.json";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One written file; {@code publication}, {@code updatedAt} and {@code refs} only for a publication's page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String sha256, Long publication, Long updatedAt, List<String> refs) {
        static Entry file(String sha256) {
            return new Entry(sha256, null, null, null);
        }
    }

    Manifest {
        files = files == null ? Map.of() : files;
    }

    static Manifest empty() {
        return new Manifest(FORMAT, "", 0, Map.of());
    }

    /** The manifest in {@code dir}, if there is one; one this program cannot read is an error. */
    static Optional<Manifest> readFrom(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Manifest m = JSON.readValue(file.toFile(), Manifest.class);
            if (m.format() != FORMAT) {
                throw new IllegalStateException(file + " was written by another version of the export (format "
                        + m.format() + "); export to a new directory");
            }
            return Optional.of(m);
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + "); export to a new directory", e);
        }
    }

    void writeTo(Path dir) {
        try {
            AtomicFiles.write(dir.resolve(FILE_NAME), JSON.writeValueAsBytes(new Manifest(format, build, changeLog,
                    new TreeMap<>(files))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
