package org.chancery.menu;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.account.User;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.ChangeLog;
import org.chancery.change.Follower;
import org.chancery.validation.FieldCheck;
import org.chancery.validation.InvalidInput;
import org.chancery.validation.WebAddress;
import org.jdbi.v3.core.Jdbi;

/**
 * The site's navigation menu of each language. Every page shows it, so it is read from the
 * database once and kept until the change log says a menu changed ({@link Kind#MENU}, appended by
 * every save in its transaction): at once on the server that saved it, within a second on the
 * others sharing the database.
 */
public final class MenuService implements Follower {
    static final int MAX_LABEL = 100;
    static final int MAX_ITEMS = 30;

    private final Jdbi jdbi;
    private final MenuRepository menus = new MenuRepository();
    private final AuditLog audit;
    private final Set<String> languages;
    private final Clock clock;
    private final ChangeLog changes;
    private final LoadingCache<String, List<MenuItem>> cache;

    public MenuService(Jdbi jdbi, AuditLog audit, Set<String> languages, Clock clock, ChangeLog changes) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.languages = Set.copyOf(languages);
        this.clock = clock;
        this.changes = changes;
        this.cache = Caffeine.newBuilder().maximumSize(64).recordStats().build(this::stored);
    }

    /** The menus kept in memory, for the cache metrics. */
    public LoadingCache<?, ?> cache() {
        return cache;
    }

    /** Forgets the menus kept in memory when the change log says a menu changed. */
    @Override
    public void follow(Event event) {
        if (event.kind() == Kind.MENU) {
            reset();
        }
    }

    /** Forgets the menus kept in memory; the next page reads them again. */
    @Override
    public void reset() {
        cache.invalidateAll();
    }

    /** The menu that pages show, from memory. */
    public List<MenuItem> items(String lang) {
        return cache.get(lang);
    }

    /** The menu as stored now, for its editor. */
    public List<MenuItem> stored(String lang) {
        return List.copyOf(jdbi.withHandle(h -> menus.items(h, lang)));
    }

    /**
     * Replaces a language's menu with the typed rows, leaving out rows with nothing typed in them;
     * problems are reported by the typed row's index ({@code items[2].url}).
     */
    public List<MenuItem> replace(User actor, String lang, List<MenuItem> rows) {
        if (!languages.contains(lang)) {
            throw InvalidInput.of("lang", "unknown", "form.error.lang");
        }
        List<MenuItem> items = checked(rows);
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            menus.replace(h, lang, items);
            audit.record(h, new AuditEntry(now, actor.id(), actor.email(), "menu.update", subject(lang),
                    detail(items)));
            changes.append(h, new Event(Kind.MENU, 0, now));
        });
        changes.catchUp();
        return items;
    }

    private static List<MenuItem> checked(List<MenuItem> rows) {
        FieldCheck check = new FieldCheck();
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MenuItem row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "items[" + i + "]";
            String label = check.required(field + ".label", row.label(), MAX_LABEL);
            String url = check.required(field + ".url", row.url(), WebAddress.MAX_LENGTH);
            if (!url.isEmpty() && !WebAddress.isLocalOrHttp(url)) {
                check.invalid(field + ".url", "menu.error.url");
            }
            items.add(new MenuItem(label, url));
        }
        if (items.size() > MAX_ITEMS) {
            check.invalid("items", "menu.error.tooMany", MAX_ITEMS);
        }
        check.orThrow();
        return List.copyOf(items);
    }

    /** The labels in order, as the audit log keeps them. */
    private static String detail(List<MenuItem> items) {
        String labels = String.join(" | ", items.stream().map(MenuItem::label).toList());
        return labels.length() > 500 ? labels.substring(0, 499) + "…" : labels;
    }

    public static String subject(String lang) {
        return "menu:" + lang;
    }
}
