package org.chancery.masthead;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.account.User;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;

/**
 * The site settings and the masthead they give at the injected clock's current instant. Every
 * page shows them, so they are read once and kept: a replacement made here takes effect at once;
 * one made on another server sharing the database shows here within {@link #KEPT_FOR}. Editors
 * replace them whole from the masthead editor.
 */
public final class MastheadService {
    public static final Duration KEPT_FOR = Duration.ofMinutes(1);
    static final String ACTION = "settings.masthead";
    static final String SUBJECT = "settings:masthead";
    private static final String KEY = "site";

    private final SettingsRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final LoadingCache<String, SiteSettings> settings;

    public MastheadService(SettingsRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.settings = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).build(key -> repository.load());
        settings();
    }

    public SiteSettings settings() {
        return settings.get(KEY);
    }

    public Masthead now() {
        return Masthead.at(clock.instant(), settings());
    }

    /** The masthead in {@code lang}, its words translated where the settings have them. */
    public Masthead now(String lang) {
        return Masthead.at(clock.instant(), settings(), lang);
    }

    public LocalDate today() {
        return clock.instant().atZone(settings().homeZone()).toLocalDate();
    }

    /**
     * Checks the editor's form and replaces the settings with it, in one transaction with its
     * audit entry; the next page shows the new masthead. A refused form changes nothing.
     */
    public SiteSettings replace(User actor, MastheadForm form) {
        SiteSettings updated = MastheadCheck.settings(form, today());
        SiteSettings before = repository.load();
        repository.replace(updated, h -> audit.record(h, new AuditEntry(clock.instant(), actor.id(), actor.email(),
                ACTION, SUBJECT, changes(before, updated))));
        SiteSettings saved = repository.load();
        settings.put(KEY, saved);
        return saved;
    }

    /** What the audit log says changed: "clocks, contact lines", or "nothing". */
    static String changes(SiteSettings before, SiteSettings after) {
        List<String> changed = new ArrayList<>();
        if (!before.missionName().equals(after.missionName())
                || !before.missionNames().equals(after.missionNames())) {
            changed.add("mission name");
        }
        if (!before.homeZone().equals(after.homeZone())) {
            changed.add("home zone " + after.homeZone().getId());
        }
        if (!before.clocks().equals(after.clocks())) {
            changed.add("clocks");
        }
        if (!before.contacts().equals(after.contacts())) {
            changed.add("contact lines");
        }
        if (!before.counters().equals(after.counters())) {
            changed.add("day counters");
        }
        return changed.isEmpty() ? "nothing" : String.join(", ", changed);
    }
}
