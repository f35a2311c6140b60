package org.chancery.masthead;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.chancery.admin.AdminPages;
import org.chancery.admin.Auth;
import org.chancery.masthead.MastheadForm.ClockRow;
import org.chancery.masthead.MastheadForm.ContactRow;
import org.chancery.masthead.MastheadForm.CounterRow;
import org.chancery.validation.InvalidInput;
import org.chancery.web.FieldMessages;
import org.chancery.web.RowCommand;

/**
 * {@code /admin/masthead}: editors change the mission's name, home zone, clocks, contact lines and
 * day counters in one plain form. Row buttons change the rows and show the form again (see
 * {@link RowCommand}); the save button replaces the settings, and the next page shows them.
 */
public final class MastheadHandler {
    static final String PATH = "/admin/masthead";

    private final MastheadService masthead;
    private final Auth auth;
    private final AdminPages pages;
    private final List<String> translations;

    /** @param languages the site's languages, the default first: the others get fields for their words */
    public MastheadHandler(MastheadService masthead, Auth auth, AdminPages pages, List<String> languages) {
        this.translations = List.copyOf(languages.subList(1, languages.size()));
        this.masthead = masthead;
        this.auth = auth;
        this.pages = pages;
    }

    public void form(Context ctx) {
        var form = MastheadForm.of(masthead.settings());
        show(ctx, HttpStatus.OK, new MastheadFormPage(form, masthead.today(), Map.of(), false,
                ctx.queryParam("saved") != null, translations));
    }

    public void save(Context ctx) {
        MastheadForm form = typed(ctx);
        Optional<RowCommand> command = RowCommand.of(ctx);
        if (command.isPresent()) {
            show(ctx, HttpStatus.OK, new MastheadFormPage(apply(command.get(), form), masthead.today(), Map.of(),
                    true, false, translations));
            return;
        }
        try {
            masthead.replace(auth.user(ctx), form);
            ctx.redirect(PATH + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            var errors = FieldMessages.of(pages.localizer(), e.problems()).first();
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, new MastheadFormPage(form, masthead.today(), errors, true,
                    false, translations));
        }
    }

    private static MastheadForm apply(RowCommand command, MastheadForm f) {
        return new MastheadForm(f.missionName(), f.homeZone(),
                command.apply(MastheadForm.CLOCKS, f.clocks(), ClockRow::blank),
                command.apply(MastheadForm.CONTACTS, f.contacts(), ContactRow::blank),
                command.apply(MastheadForm.COUNTERS, f.counters(), CounterRow::blank), f.missionNames());
    }

    private MastheadForm typed(Context ctx) {
        Group clocks = new Group(ctx, MastheadForm.CLOCKS, translations);
        Group contacts = new Group(ctx, MastheadForm.CONTACTS, translations);
        Group counters = new Group(ctx, MastheadForm.COUNTERS, translations);
        Map<String, String> missionNames = new HashMap<>();
        translations.forEach(lang -> missionNames.put(lang,
                ctx.formParam(MastheadFormPage.translated("missionName", lang))));
        return new MastheadForm(ctx.formParam("missionName"), ctx.formParam("homeZone"),
                clocks.rows("zone", i -> new ClockRow(clocks.get(i, "label"), clocks.get(i, "zone"),
                        clocks.translated(i, "label"))),
                contacts.rows("label", i -> new ContactRow(contacts.get(i, "label"), contacts.get(i, "phone"),
                        contacts.get(i, "email"), contacts.translated(i, "label"))),
                counters.rows("date", i -> new CounterRow(counters.get(i, "date"), counters.get(i, "label"),
                        counters.get(i, "comment"), counters.get(i, "active") != null,
                        counters.translated(i, "label"), counters.translated(i, "comment"))),
                missionNames);
    }

    /** The typed rows of one group: {@code clocks[0].label}, {@code clocks[0].label.ru}, {@code clocks[0].zone}, ... */
    private record Group(Context ctx, String name, List<String> translations) {
        String get(int index, String field) {
            return ctx.formParam(MastheadFormPage.field(name, index, field));
        }

        Map<String, String> translated(int index, String field) {
            Map<String, String> byLanguage = new HashMap<>();
            translations.forEach(lang -> byLanguage.put(lang, ctx.formParam(
                    MastheadFormPage.translated(MastheadFormPage.field(name, index, field), lang))));
            return byLanguage;
        }

        /** Rows from index 0 up to the first whose {@code always} field is missing. */
        <T> List<T> rows(String always, IntFunction<T> row) {
            List<T> rows = new ArrayList<>();
            for (int i = 0; get(i, always) != null; i++) {
                rows.add(row.apply(i));
            }
            return rows;
        }
    }

    private void show(Context ctx, HttpStatus status, MastheadFormPage page) {
        ctx.status(status);
        pages.render(ctx, "masthead/edit.jte", page);
    }
}
