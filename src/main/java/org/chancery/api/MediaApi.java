package org.chancery.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chancery.media.Focus;
import org.chancery.media.MediaException;
import org.chancery.media.MediaFile;
import org.chancery.media.MediaLibrary;
import org.chancery.media.Rendition;
import org.chancery.media.Renditions;
import org.chancery.web.PathParams;

/**
 * {@code POST /api/v1/media}: uploads one image or PDF, the request's body being the file's bytes
 * and {@code ?name=} its name. Any active user's token may upload (authors and above, as in the
 * press office's library); the answer is the file's address, the Markdown that shows it and, for
 * an image, the addresses of its renditions (made in the background, or when first asked for).
 * {@code PATCH /api/v1/media/{id}} with {@code {"focus": [x, y]}} sets where an image's crops centre.
 */
public final class MediaApi {
    public static final String BASE = "/api/v1/media";

    private final MediaLibrary library;
    private final PublicationApi users;
    private final ApiJson json;

    public MediaApi(MediaLibrary library, PublicationApi users, ApiJson json) {
        this.library = library;
        this.users = users;
        this.json = json;
    }

    /** What the API answers about a file. */
    record MediaJson(long id, String name, String contentType, long bytes, String url, String markdown,
            boolean existing, Map<String, String> renditions) {
        static MediaJson of(MediaFile file, boolean existing, MediaLibrary library) {
            Map<String, String> renditions = new LinkedHashMap<>();
            for (Rendition rendition : library.renditions(file)) {
                renditions.put(rendition.name(), Renditions.url(file, rendition));
            }
            return new MediaJson(file.id(), file.name(), file.kind().contentType(), file.bytes(), file.url(),
                    file.markdown(), existing, renditions);
        }
    }

    public void create(Context ctx) {
        var user = users.user(ctx);
        if (ctx.req().getContentLengthLong() > MediaLibrary.MAX_BYTES) {
            throw tooLarge();
        }
        String name = ctx.queryParam("name");
        try (InputStream in = ctx.bodyInputStream()) {
            MediaLibrary.Upload upload = library.upload(user, name == null ? "" : name, in);
            ctx.header("Location", upload.file().url());
            json.write(ctx, upload.existing() ? 200 : 201, MediaJson.of(upload.file(), upload.existing(), library));
        } catch (MediaException e) {
            String detail = e.problem().detail();
            throw switch (e.reason()) {
                case TOO_LARGE, TOO_MANY_PIXELS -> ApiException.tooLarge(detail);
                case EMPTY -> ApiException.malformed(detail);
                case NOT_ALLOWED, UNREADABLE, HEIC -> ApiException.of(ApiProblems.problem(415, "unsupported-media-type",
                        "Unsupported media type", detail));
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets an image's focal point; 422 for a point outside 0..1, 404 for no such image. */
    public void update(Context ctx) {
        var user = users.user(ctx);
        String text = ctx.pathParam("id");
        long id = PathParams.id(text).orElseThrow(() -> ApiException.notFound("there is no file '" + text + "'"));
        JsonInput in = JsonInput.of(json.read(ctx), Set.of("focus"));
        double[] point = in.point("focus");
        in.required("focus", point);
        in.check();
        if (!library.setFocus(user, id, new Focus(point[0], point[1]))) {
            throw ApiException.notFound("there is no image " + id);
        }
        json.write(ctx, 200, MediaJson.of(library.find(id).orElseThrow(), true, library));
    }

    private static ApiException tooLarge() {
        return ApiException.tooLarge(MediaException.tooLarge().detail());
    }
}
