package org.chancery.masthead;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chancery.account.User;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.ChangeLog;
import org.chancery.change.Follower;

/**
 * The site settings and the masthead they give at the injected clock's current instant. Every
 * page shows them, so they are read once and kept until the change log says they changed
 * ({@link Kind#SETTINGS}, appended by every replacement in its transaction): at once on the server
 * that saved them, within a second on the others. Editors replace them whole from the masthead
 * editor.
 */
public final class MastheadService implements Follower {
    static final String ACTION = "settings.masthead";
    static final String SUBJECT = "settings:masthead";
    private static final String KEY = "site";

    private final SettingsRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final LoadingCache<String, SiteSettings> settings;

    public MastheadService(SettingsRepository repository, AuditLog audit, Clock clock, ChangeLog changes) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.changeLog = changes;
        this.settings = Caffeine.newBuilder().recordStats().build(key -> repository.load());
        settings();
    }

    /** The settings kept in memory, for the cache metrics. */
    public LoadingCache<?, ?> cache() {
        return settings;
    }

    /** Forgets the settings kept in memory when the change log says they changed. */
    @Override
    public void follow(Event event) {
        if (event.kind() == Kind.SETTINGS) {
            reset();
        }
    }

    /** Forgets the settings kept in memory; the next page reads them again. */
    @Override
    public void reset() {
        settings.invalidateAll();
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
        Instant now = clock.instant();
        repository.replace(updated, h -> {
            audit.record(h, new AuditEntry(now, actor.id(), actor.email(), ACTION, SUBJECT, changes(before, updated)));
            changeLog.append(h, new Event(Kind.SETTINGS, 0, now));
        });
        changeLog.catchUp();
        return settings();
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
