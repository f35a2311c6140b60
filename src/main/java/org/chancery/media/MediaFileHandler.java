package org.chancery.media;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.web.Assets;
import org.chancery.web.ByteRanges;
import org.chancery.web.Conditional;
import org.chancery.web.HttpError;

/**
 * {@code GET /media/{dir}/{file}}: an uploaded file, for anyone. Its name holds the SHA-256 of its
 * bytes, so it is kept for a year and its ETag is that hash. Only names an upload could have are
 * looked up (no other file of the directory, no {@code ..}), only files the library lists are
 * served, and their type comes from what the upload was found to be. Ranges, as a PDF viewer asks
 * for them, are answered by {@link ByteRanges}.
 */
public final class MediaFileHandler {
    private final MediaLibrary library;

    public MediaFileHandler(MediaLibrary library) {
        this.library = library;
    }

    public void serve(Context ctx) {
        String path = ctx.pathParam("dir") + "/" + ctx.pathParam("file");
        Path file = library.served(path).orElseThrow(HttpError::notFound);
        MediaKind kind = MediaStore.kindOf(path).orElseThrow(HttpError::notFound);
        String etag = "\"" + path.substring(3, 67) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", Assets.IMMUTABLE);
        ctx.header("X-Content-Type-Options", "nosniff");
        if (kind == MediaKind.PDF) {
            ctx.header("Content-Disposition", "inline");
        }
        long size = size(file);
        if (Conditional.matches(ctx.header("If-None-Match"), etag)) {
            // the 200's length, not the 0 Jetty would say (RFC 9110 forbids it)
            ctx.status(HttpStatus.NOT_MODIFIED).header("Content-Length", Long.toString(size));
            return;
        }
        // images and PDFs are compressed already; a PDF viewer asks for ranges
        ctx.disableCompression();
        ByteRanges.send(ctx, file, size, kind.contentType(), etag);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
