package org.chancery.admin;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.chancery.audit.AuditFilter;
import org.chancery.audit.AuditQueries;
import org.chancery.audit.AuditRow;
import org.chancery.audit.AuditSubject;
import org.chancery.audit.AuditSubjects;
import org.chancery.web.HttpError;

/** {@code /admin/audit?action=&actor=&before=}: the audit log for administrators, newest first. */
public final class AuditHandler {
    public static final int PAGE_SIZE = 50;
    static final String PATH = "/admin/audit";

    private final AuditQueries queries;
    private final AuditSubjects subjects;
    private final AdminPages pages;
    private final Supplier<ZoneId> homeZone;

    public AuditHandler(AuditQueries queries, AuditSubjects subjects, AdminPages pages, Supplier<ZoneId> homeZone) {
        this.queries = queries;
        this.subjects = subjects;
        this.pages = pages;
        this.homeZone = homeZone;
    }

    public void index(Context ctx) {
        Optional<String> action = param(ctx, "action");
        Optional<String> actor = param(ctx, "actor").map(a -> a.toLowerCase(Locale.ROOT));
        Optional<AuditFilter.Position> before = param(ctx, "before").map(text -> AuditFilter.Position.parse(text)
                .orElseThrow(() -> HttpError.badRequest("error.400.message")));
        List<AuditRow> rows = queries.page(new AuditFilter(action, actor, before), PAGE_SIZE + 1);
        List<AuditRow> shown = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
        String query = query(action.orElse(""), actor.orElse(""));
        String older = rows.size() > PAGE_SIZE ? link(query, "before=" + shown.get(shown.size() - 1).position()) : null;
        String newest = before.isPresent() ? link(query, "") : null;
        pages.render(ctx, "audit/index.jte", new AuditPage(entries(shown), choices(), action.orElse(""),
                actor.orElse(""), homeZone.get().getId(), older, newest));
    }

    private List<AuditPage.Entry> entries(List<AuditRow> rows) {
        AuditWords words = new AuditWords(pages.localizer());
        Map<String, AuditSubject> named = subjects.of(rows);
        ZoneId zone = homeZone.get();
        return rows.stream().map(r -> {
            AuditSubject s = named.get(r.subject());
            return new AuditPage.Entry(r.at().atZone(zone), r.actor(), r.actorName(), link(query("", r.actor()), ""),
                    words.action(r.action()), words.subject(r.subject(), s), s.href(), r.detail());
        }).toList();
    }

    private List<AuditPage.Choice> choices() {
        AuditWords words = new AuditWords(pages.localizer());
        return queries.actions().stream().map(code -> new AuditPage.Choice(code, words.action(code))).toList();
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String query(String action, String actor) {
        String q = (action.isEmpty() ? "" : "&action=" + encode(action))
                + (actor.isEmpty() ? "" : "&actor=" + encode(actor));
        return q.isEmpty() ? "" : q.substring(1);
    }

    private static String link(String query, String more) {
        String all = query.isEmpty() ? more : more.isEmpty() ? query : query + "&" + more;
        return all.isEmpty() ? PATH : PATH + "?" + all;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
