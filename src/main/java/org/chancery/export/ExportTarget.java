package org.chancery.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The directory an export writes to, checked before anything is written: a new or empty
 * directory, or one holding a previous export's manifest. Anything else is refused, so no file
 * the export did not write is ever replaced or removed.
 */
final class ExportTarget {
    private ExportTarget() {
    }

    /** Checks (and if need be creates) {@code dir}; returns the previous export's manifest, or an empty one. */
    static Manifest prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the directory " + dir + " (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException(dir + " is not writable");
        }
        var previous = Manifest.readFrom(dir);
        if (previous.isPresent()) {
            return previous.get();
        }
        if (!isEmpty(dir)) {
            throw new IllegalArgumentException(dir + " is not empty and holds no previous export ("
                    + Manifest.FILE_NAME + "); choose an empty directory");
        }
        // Claimed before the first file is written, so an interrupted first export can be run again.
        Manifest.empty().writeTo(dir);
        return Manifest.empty();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
