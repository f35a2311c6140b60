package org.chancery.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.chancery.account.TokenService;
import org.chancery.account.User;
import org.chancery.editorial.ContentInput;
import org.chancery.editorial.EditNote;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.EditorialReads;
import org.chancery.editorial.EditorialService;
import org.chancery.web.Conditional;
import org.chancery.web.PathParams;
import org.chancery.web.ProblemDetails;

/**
 * The write API for publications under {@code /api/v1/publications}: JSON in and out, a bearer
 * token on every request. It reads and checks the request, calls the editorial service and
 * answers with the publication; the service decides what the token's user may do.
 */
public final class PublicationApi {
    public static final String BASE = "/api/v1/publications";
    private static final Set<String> EDIT_FIELDS = editFields();

    private final EditorialService editorial;
    private final EditorialReads reads;
    private final TokenService tokens;
    private final ApiJson json;

    public PublicationApi(EditorialService editorial, EditorialReads reads, TokenService tokens, ApiJson json) {
        this.editorial = editorial;
        this.reads = reads;
        this.tokens = tokens;
        this.json = json;
    }

    /** Answers the API's own refusals and the editorial rules' as problem details. */
    public static void registerProblems(RoutesConfig routes, ProblemDetails problems) {
        new ApiProblems(problems).register(routes);
    }

    public void create(Context ctx) {
        User user = user(ctx);
        JsonInput in = input(ctx, JsonInput.CONTENT_FIELDS);
        ContentInput content = in.content();
        in.check();
        EditorialItem item = editorial.create(user, content);
        ctx.header("Location", BASE + "/" + item.id());
        json.write(ctx, 201, PublicationJson.of(item));
    }

    public void update(Context ctx) {
        User user = user(ctx);
        JsonInput in = input(ctx, EDIT_FIELDS);
        ContentInput content = in.content();
        Long version = in.whole("version");
        in.required("version", version);
        EditNote note = new EditNote(in.text("changeNote"), Boolean.TRUE.equals(in.bool("minor")));
        in.check();
        answer(ctx, editorial.update(user, id(ctx), version, content, note));
    }

    /** The publication in any state, with an ETag: a client that has this version gets 304. */
    public void show(Context ctx) {
        user(ctx);
        long id = id(ctx);
        sendConditionally(ctx, PublicationJson.of(reads.find(id)
                .orElseThrow(() -> ApiException.notFound("there is no publication " + id))));
    }

    public void revisions(Context ctx) {
        user(ctx);
        long id = id(ctx);
        if (reads.find(id).isEmpty()) {
            throw ApiException.notFound("there is no publication " + id);
        }
        sendConditionally(ctx, new PublicationJson.Revisions(id, reads.revisions(id)));
    }

    public void submit(Context ctx) {
        User user = user(ctx);
        input(ctx, Set.of()).check();
        answer(ctx, editorial.submit(user, id(ctx)));
    }

    /** {@code {"force": true, "reason": "..."}} publishes without a second person's review. */
    public void publish(Context ctx) {
        User user = user(ctx);
        JsonInput in = input(ctx, Set.of("force", "reason"));
        boolean force = Boolean.TRUE.equals(in.bool("force"));
        String reason = in.text("reason");
        in.check();
        long id = id(ctx);
        answer(ctx, force ? editorial.forcePublish(user, id, reason) : editorial.publish(user, id));
    }

    public void schedule(Context ctx) {
        User user = user(ctx);
        JsonInput in = input(ctx, Set.of("at"));
        Instant at = in.instant("at");
        in.required("at", at);
        in.check();
        answer(ctx, editorial.schedule(user, id(ctx), at));
    }

    public void withdraw(Context ctx) {
        User user = user(ctx);
        JsonInput in = input(ctx, Set.of("reason"));
        String reason = in.text("reason");
        in.check();
        answer(ctx, editorial.withdraw(user, id(ctx), reason));
    }

    /** {@code {"replacement": "/en/news/7-..."}} redirects the old address; without it the address is gone (410). */
    public void unpublish(Context ctx) {
        User user = user(ctx);
        JsonInput in = input(ctx, Set.of("replacement"));
        String replacement = in.text("replacement");
        in.check();
        answer(ctx, editorial.unpublish(user, id(ctx), replacement));
    }

    public void approve(Context ctx) {
        User user = user(ctx);
        input(ctx, Set.of()).check();
        answer(ctx, editorial.approveForcePublish(user, id(ctx)));
    }

    private static Set<String> editFields() {
        Set<String> fields = new HashSet<>(JsonInput.CONTENT_FIELDS);
        fields.addAll(Set.of("version", "changeNote", "minor"));
        return Set.copyOf(fields);
    }

    private void answer(Context ctx, EditorialItem item) {
        json.write(ctx, 200, PublicationJson.of(item));
    }

    /** A read of the press office's: validated by its ETag, never kept by a shared cache. */
    private void sendConditionally(Context ctx, Object value) {
        ctx.header("Cache-Control", "private, no-cache");
        Conditional.send(ctx, "application/json", json.text(value));
    }

    private JsonInput input(Context ctx, Set<String> allowed) {
        JsonNode body = json.read(ctx);
        return JsonInput.of(body, allowed);
    }

    /** The user behind the request's bearer token; without a live token the request goes no further. */
    User user(Context ctx) {
        String header = ctx.header("Authorization");
        String scheme = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, scheme, 0, scheme.length())) {
            throw ApiException.unauthenticated("send an API token as 'Authorization: Bearer <token>'");
        }
        return tokens.authenticate(header.substring(scheme.length()))
                .orElseThrow(() -> ApiException.unauthenticated("the API token is unknown or revoked,"
                        + " or its user is disabled"));
    }

    /** The publication's id in the path; anything else is the API's 404. */
    static long id(Context ctx) {
        String text = ctx.pathParam("id");
        return PathParams.id(text).orElseThrow(() -> ApiException.notFound("there is no publication '" + text + "'"));
    }
}
