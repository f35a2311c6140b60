package org.chancery.editor;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.admin.AdminPages;
import org.chancery.archive.Pager;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.chancery.web.HttpError;
import org.chancery.web.PathParams;

/**
 * {@code /admin/publications?status=&type=&language=&author=&awaiting=&title=&page=}: every
 * publication in any state, the most recently changed first. Everyone in the press office sees
 * all of them; what they may do to each, the editor page says.
 */
public final class PublicationListHandler {
    static final int PER_PAGE = 25;

    private final EditorQueries queries;
    private final AdminPages pages;
    private final List<String> languages;
    private final Supplier<ZoneId> homeZone;

    public PublicationListHandler(EditorQueries queries, AdminPages pages, List<String> languages,
            Supplier<ZoneId> homeZone) {
        this.queries = queries;
        this.pages = pages;
        this.languages = List.copyOf(languages);
        this.homeZone = homeZone;
    }

    public void index(Context ctx) {
        ListFilter filter = new ListFilter(
                choice(ctx, "status", code -> Optional.of(Status.fromCode(code))),
                choice(ctx, "type", PublicationType::fromCode),
                choice(ctx, "language", code -> Optional.of(code).filter(languages::contains)),
                choice(ctx, "author", PathParams::id),
                ctx.queryParam("awaiting") != null,
                ctx.queryParam("title"));
        int page = EditorParams.page(ctx);
        long total = queries.count(filter);
        int last = Pager.pagesFor(total, PER_PAGE);
        if (page > last) {
            throw HttpError.notFound();
        }
        Pager pager = Pager.of(page, last);
        List<ListRow> rows = queries.page(filter, (page - 1) * PER_PAGE, PER_PAGE);
        pages.render(ctx, "editor/list.jte", new PublicationListPage(filter, rows, total, pager, languages,
                queries.staff(), homeZone.get()));
    }

    /** An optional choice among known values; an unknown one is a 400 naming the filter. */
    private static <T> Optional<T> choice(Context ctx, String name, Function<String, Optional<T>> parse) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value.strip()).orElseThrow());
        } catch (RuntimeException e) {
            throw HttpError.badRequest("editor.list.badFilter", name, value);
        }
    }
}
