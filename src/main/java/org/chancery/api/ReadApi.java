package org.chancery.api;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.chancery.content.BodyRenderer;
import org.chancery.content.Paths;
import org.chancery.publication.PublicationReads;
import org.chancery.publication.Status;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResults;
import org.chancery.search.SearchService;
import org.chancery.web.BaseUrl;
import org.chancery.web.Conditional;
import org.chancery.web.HtmlLinks;
import org.jdbi.v3.core.Jdbi;

/**
 * The read API, open to everyone: published publications page by page, one publication as
 * readers may see it, search, and the OpenAPI description. Answers carry ETags (304 to a client
 * that has them) and allow cross-origin GETs. {@code GET /api/v1/publications/{id}} with a
 * bearer token is the press office's view instead, in any state ({@link PublicationApi#show}).
 */
public final class ReadApi {
    public static final String SEARCH = "/api/v1/search";
    public static final String OPENAPI = "/api/v1/openapi.json";
    private static final String JSON = ApiJson.MEDIA_TYPE;

    /** What the read API needs from the rest of the site. */
    public record Sources(PublicationReads publications, BodyRenderer renderer, SearchService search,
            List<String> languages, Supplier<ZoneId> homeZone, BaseUrl baseUrl) {
    }

    private final PublicQueries queries;
    private final Sources sources;
    private final PublicationApi writeApi;
    private final ApiJson json;
    private final OpenApi openApi;

    public ReadApi(Jdbi jdbi, Sources sources, PublicationApi writeApi, ApiJson json) {
        this.queries = new PublicQueries(jdbi);
        this.sources = sources;
        this.writeApi = writeApi;
        this.json = json;
        this.openApi = new OpenApi(json.mapper(), sources.languages());
    }

    /** {@code GET /api/v1/publications}: published publications, newest first, a page at a time. */
    public void list(Context ctx) {
        allowCrossOrigin(ctx);
        PublicQueries.Filter filter = ListParameters.filter(ctx, sources.languages(), sources.homeZone().get());
        int limit = ListParameters.limit(ctx);
        List<PublicQueries.Row> rows = queries.page(filter, limit + 1);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            PublicQueries.Row last = rows.get(limit - 1);
            String cursor = new Cursor(last.publishedAt().toEpochMilli(), last.id()).encode();
            next = sources.baseUrl().absolute(PublicationApi.BASE + "?" + ListParameters.withCursor(ctx, cursor));
            ctx.header("Link", "<" + next + ">; rel=\"next\"");
        }
        send(ctx, new PublicJson.Page(rows.stream().map(this::summary).toList(), next));
    }

    /** {@code GET /api/v1/publications/{id}}: as readers see it, or with a bearer token in any state. */
    public void show(Context ctx) {
        ctx.header("Vary", "Authorization");
        if (ctx.header("Authorization") != null) {
            writeApi.show(ctx);
            return;
        }
        allowCrossOrigin(ctx);
        long id = PublicationApi.id(ctx);
        PublicQueries.Row row = queries.atAddress(id)
                .orElseThrow(() -> ApiException.notFound("there is no publication " + id));
        if (row.status() == Status.UNPUBLISHED) {
            String replacement = row.replacementUrl() == null ? null : absolute(row.replacementUrl());
            throw ApiException.gone("publication " + id + " has been taken off the site", replacement);
        }
        send(ctx, item(row));
    }

    /** {@code GET /api/v1/search?q=&language=&type=&year=&page=}. */
    public void search(Context ctx) {
        allowCrossOrigin(ctx);
        String lang = ctx.queryParam("language") == null ? sources.languages().get(0) : ctx.queryParam("language");
        if (!sources.languages().contains(lang)) {
            throw ApiException.invalidParameter("language", "'language' must be one of " + sources.languages());
        }
        SearchQuery query = SearchRequest.read(ctx, lang);
        if (query.isEmpty()) {
            throw ApiException.invalidParameter("q", "'q' is required: the words to search for");
        }
        SearchResults results = sources.search().search(query);
        String next = query.page() < results.pages() ? sources.baseUrl().absolute(SEARCH + "?"
                + ListParameters.withPage(ctx, query.page() + 1)) : null;
        send(ctx, SearchJson.of(results, sources.baseUrl(), next));
    }

    public void openApi(Context ctx) {
        allowCrossOrigin(ctx);
        send(ctx, openApi.at(sources.baseUrl()));
    }

    /** A browser's preflight before a cross-origin GET that sends {@code If-None-Match}. */
    public void preflight(Context ctx) {
        allowCrossOrigin(ctx);
        ctx.header("Access-Control-Allow-Methods", "GET");
        ctx.header("Access-Control-Allow-Headers", "If-None-Match");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }

    private static void allowCrossOrigin(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", "ETag, Link");
    }

    private void send(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-cache");
        Conditional.send(ctx, JSON, json.text(body));
    }

    private PublicJson.Summary summary(PublicQueries.Row r) {
        String path = Paths.publication(r.lang(), r.id(), r.slug());
        return new PublicJson.Summary(r.id(), r.type().code(), r.lang(), r.title(), r.lead(), r.place(),
                r.eventDate(), r.tags(), absolute(path), path, r.publishedAt(), r.updatedAt());
    }

    private PublicJson.Item item(PublicQueries.Row r) {
        String path = Paths.publication(r.lang(), r.id(), r.slug());
        String url = absolute(path);
        String html = HtmlLinks.absolute(sources.renderer().render(r.body(), r.speakers()).html(), url);
        String text = sources.renderer().plainText(r.body(), r.speakers()).whole();
        PublicJson.Withdrawal withdrawal = r.status() == Status.WITHDRAWN
                ? new PublicJson.Withdrawal(r.withdrawnAt(), r.withdrawalReason()) : null;
        List<PublicJson.ChangeNote> notes = sources.publications().changeNotes(r.id()).stream()
                .map(n -> new PublicJson.ChangeNote(n.at(), n.text())).toList();
        return new PublicJson.Item(r.id(), r.status().code(), r.type().code(), r.lang(), r.title(), r.lead(),
                r.place(), r.eventDate(), r.speakers(), r.tags(), url, path, r.publishedAt(), r.updatedAt(), html,
                text, withdrawal, notes);
    }

    /** A site path made absolute; a replacement that is already a full address stays as it is. */
    private String absolute(String pathOrUrl) {
        return pathOrUrl.startsWith("/") ? sources.baseUrl().absolute(pathOrUrl) : pathOrUrl;
    }
}
