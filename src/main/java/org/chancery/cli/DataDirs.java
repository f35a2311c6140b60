package org.chancery.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes sure the data and media directories exist and can be written before anything else starts. */
final class DataDirs {
    private DataDirs() {
    }

    /** {@code what} names the directory in the message that refuses it: "data directory". */
    static Path prepare(String what, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
            Path probe = Files.createTempFile(abs, ".write-check", ".tmp");
            Files.delete(probe);
            return abs;
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException(what + " " + abs + " is not writable (" + reason(e) + ")", e);
        }
    }

    private static String reason(Exception e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException", "NotDirectoryException" -> "a file is in the way";
            case "FileSystemException" -> String.valueOf(((java.nio.file.FileSystemException) e).getReason());
            default -> String.valueOf(e.getMessage());
        };
    }
}
