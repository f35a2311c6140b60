package org.chancery.media;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>{@code GET /media/r/{sha}/{rendition}.jpg}: a {@link Rendition} of an image, kept as long,
 * made on the spot when it is missing. A crop's name holds the focal point it was cut around; an
 * address with another point than the image's is sent on to the current one, so a page cached
 * before the point moved still shows the picture.
 */
public final class MediaFileHandler {
    /** A rendition's file name: its name, for a crop the focal point, then {@code .jpg}. */
    private static final Pattern RENDITION = Pattern.compile("([a-z0-9-]+?)(?:-(f\\d{1,3}-\\d{1,3}))?\\.jpg");

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

    public void rendition(Context ctx) {
        Matcher name = RENDITION.matcher(ctx.pathParam("file"));
        if (!name.matches()) {
            throw HttpError.notFound();
        }
        MediaFile file = library.bySha256(ctx.pathParam("sha")).filter(Renditions::has)
                .orElseThrow(HttpError::notFound);
        Rendition rendition = Rendition.named(name.group(1)).orElseThrow(HttpError::notFound);
        if (rendition.crop() != (name.group(2) != null)) {
            throw HttpError.notFound();
        }
        if (rendition.crop() && !name.group(2).equals(file.focus().token())) {
            ctx.header("Cache-Control", "no-cache");
            ctx.redirect(Renditions.url(file, rendition), HttpStatus.FOUND);
            return;
        }
        Path made = library.rendition(file, rendition).orElseThrow(HttpError::notFound);
        String etag = "\"" + file.sha256() + "-" + rendition.fileName(file.focus()) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", Assets.IMMUTABLE);
        ctx.header("X-Content-Type-Options", "nosniff");
        long size = size(made);
        if (Conditional.matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED).header("Content-Length", Long.toString(size));
            return;
        }
        ctx.disableCompression();
        ByteRanges.send(ctx, made, size, MediaKind.JPEG.contentType(), etag);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
