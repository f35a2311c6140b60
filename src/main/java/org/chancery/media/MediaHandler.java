package org.chancery.media;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.chancery.account.Role;
import org.chancery.account.User;
import org.chancery.admin.AdminPages;
import org.chancery.admin.Auth;
import org.chancery.validation.FieldProblem;
import org.chancery.web.ClientFailure;
import org.chancery.web.FieldMessages;
import org.chancery.web.HttpError;
import org.chancery.web.PathParams;

/**
 * {@code /admin/media}: the press office uploads images and PDFs (authors and above), finds each
 * file's address and the Markdown that shows it in a publication, and deletes files (editors and
 * above). The upload is a multipart form with the session's CSRF token.
 */
public final class MediaHandler {
    public static final String PATH = "/admin/media";
    /** The file's field in the upload form. */
    static final String FIELD = "file";
    /** The most an upload request may declare: the largest file and room for the form around it. */
    public static final long MAX_REQUEST_BYTES = MediaLibrary.MAX_BYTES + 64 * 1024;

    private final MediaLibrary library;
    private final Auth auth;
    private final AdminPages pages;
    private final Supplier<ZoneId> homeZone;

    public MediaHandler(MediaLibrary library, Auth auth, AdminPages pages, Supplier<ZoneId> homeZone) {
        this.library = library;
        this.auth = auth;
        this.pages = pages;
        this.homeZone = homeZone;
    }

    public void index(Context ctx) {
        MediaFile uploaded = ctx.queryParam("uploaded") == null ? null
                : library.find(id(ctx.queryParam("uploaded"))).orElse(null);
        show(ctx, HttpStatus.OK, uploaded, ctx.queryParam("existing") != null, ctx.queryParam("deleted") != null,
                null);
    }

    public void upload(Context ctx) {
        UploadedFile file = ctx.uploadedFile(FIELD);
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, false, false, pages.localizer().text("media.refused.none"));
            return;
        }
        try (InputStream in = file.content()) {
            MediaLibrary.Upload upload = library.upload(auth.user(ctx), file.filename(), in);
            ctx.redirect(PATH + "?uploaded=" + upload.file().id() + (upload.existing() ? "&existing" : ""),
                    HttpStatus.SEE_OTHER);
        } catch (MediaException e) {
            refuse(ctx, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Context ctx) {
        if (!library.delete(auth.user(ctx), PathParams.id(ctx, "id"))) {
            throw HttpError.notFound();
        }
        ctx.redirect(PATH + "?deleted", HttpStatus.SEE_OTHER);
    }

    /** Sets where an image's crops centre, from the form's {@code x} and {@code y} (0 to 1). */
    public void focus(Context ctx) {
        Focus focus = point(ctx.formParam("x"), ctx.formParam("y"));
        if (!library.setFocus(auth.user(ctx), PathParams.id(ctx, "id"), focus)) {
            throw HttpError.notFound();
        }
        ctx.redirect(PATH + "?uploaded=" + PathParams.id(ctx, "id"), HttpStatus.SEE_OTHER);
    }

    private static Focus point(String x, String y) {
        try {
            double fx = Double.parseDouble(String.valueOf(x));
            double fy = Double.parseDouble(String.valueOf(y));
            if (Focus.within(fx) && Focus.within(fy)) {
                return new Focus(fx, fy);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new HttpError(422, "media.focus.invalid");
    }

    /**
     * Refuses, before anything reads it, an upload whose declared length is over the limit, so
     * a browser is told at once instead of after sending it all. One that does not declare its
     * length (chunked) is read here, up to the limit the server sets for multipart requests.
     */
    public void refuseOversized(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        if (declared < 0 && ctx.isMultipartFormData()) {
            try {
                ctx.uploadedFiles(); // Javalin's multipart settings apply only to what it reads itself
            } catch (Exception e) { // Javalin rethrows the servlet's checked exception unchecked
                if (!overLimit(e) && ClientFailure.of(e).filter(ClientFailure::unread).isPresent()) {
                    throw new IllegalStateException(e);  // the client hung up or was too slow: answered and logged as such
                }
                throw overLimit(e) ? tooLarge() : HttpError.badRequest("media.refused.malformed");
            }
        }
    }

    private static HttpError tooLarge() {
        FieldProblem problem = MediaException.tooLarge();
        return new HttpError(413, problem.messageKey(), problem.args().toArray());
    }

    /** Whether Jetty stopped reading a multipart request at its limit ("max length exceeded"). */
    private static boolean overLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("max length")) {
                return true;
            }
        }
        return false;
    }

    private void refuse(Context ctx, MediaException e) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE, TOO_MANY_PIXELS -> HttpStatus.CONTENT_TOO_LARGE;
            case NOT_ALLOWED, UNREADABLE, HEIC -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case EMPTY -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        show(ctx, status, null, false, false, FieldMessages.text(pages.localizer(), e.problem()));
    }

    private void show(Context ctx, HttpStatus status, MediaFile uploaded, boolean existing, boolean deleted,
            String error) {
        String before = ctx.queryParam("before");
        List<MediaFile> files = library.page(before == null ? 0 : id(before));
        long older = files.size() > MediaLibrary.PAGE ? files.get(MediaLibrary.PAGE - 1).id() : 0;
        User user = auth.user(ctx);
        List<MediaFile> shown = files.subList(0, Math.min(files.size(), MediaLibrary.PAGE));
        Map<Long, MediaLibrary.Ready> ready = new HashMap<>();
        shown.stream().filter(Renditions::has).forEach(file -> ready.put(file.id(), library.ready(file)));
        var page = new MediaPage(shown, uploaded, existing, deleted, error, user.can(Role.EDITOR), older,
                homeZone.get(), ready);
        ctx.status(status);
        pages.render(ctx, "media/index.jte", page);
    }

    /** An id in the path or the query; anything else names no file, so it is a 404. */
    private static long id(String text) {
        return PathParams.id(text).orElseThrow(HttpError::notFound);
    }
}
