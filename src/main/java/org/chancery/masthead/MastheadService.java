package org.chancery.masthead;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The site settings, read once and kept until they change, and the masthead they give at the
 * injected clock's current instant.
 */
public final class MastheadService {
    private final SettingsRepository repository;
    private final Clock clock;
    private volatile SiteSettings settings;

    public MastheadService(SettingsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.settings = repository.load();
    }

    public SiteSettings settings() {
        return settings;
    }

    public Masthead now() {
        return Masthead.at(clock.instant(), settings);
    }

    public LocalDate today() {
        return clock.instant().atZone(settings.homeZone()).toLocalDate();
    }

    public void replace(SiteSettings updated) {
        repository.replace(updated);
        settings = repository.load();
    }
}
