package org.chancery.menu;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.account.User;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.validation.FieldCheck;
import org.chancery.validation.InvalidInput;
import org.chancery.validation.WebAddress;
import org.jdbi.v3.core.Jdbi;

/**
 * The site's navigation menu of each language. Every page shows it, so it is read from the
 * database once and kept: a change made here drops it at once; a change made on another server
 * sharing the database shows here within {@link #KEPT_FOR}.
 */
public final class MenuService {
    public static final Duration KEPT_FOR = Duration.ofMinutes(1);
    static final int MAX_LABEL = 100;
    static final int MAX_ITEMS = 30;

    private final Jdbi jdbi;
    private final MenuRepository menus = new MenuRepository();
    private final AuditLog audit;
    private final Set<String> languages;
    private final Clock clock;
    private final LoadingCache<String, List<MenuItem>> cache;

    public MenuService(Jdbi jdbi, AuditLog audit, Set<String> languages, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.languages = Set.copyOf(languages);
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(64).expireAfterWrite(KEPT_FOR).build(this::stored);
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
            throw InvalidInput.of("lang", "form.error.lang");
        }
        List<MenuItem> items = checked(rows);
        jdbi.useTransaction(h -> {
            menus.replace(h, lang, items);
            audit.record(h, new AuditEntry(clock.instant(), actor.id(), actor.email(), "menu.update",
                    subject(lang), detail(items)));
        });
        cache.invalidate(lang);
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
