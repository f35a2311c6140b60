package org.chancery.admin;

import org.chancery.audit.AuditSubject;
import org.chancery.web.Localizer;

/** The audit log's actions and subjects in words; an action or kind without words shows as logged. */
final class AuditWords {
    private final Localizer t;

    AuditWords(Localizer t) {
        this.t = t;
    }

    String action(String code) {
        String key = "audit.action." + code;
        return t.has(key) ? t.text(key) : code;
    }

    String subject(String logged, AuditSubject s) {
        return switch (s.kind()) {
            case "publication" -> s.name() == null ? t.text("audit.subject.publication", s.key())
                    : t.text("audit.subject.publicationTitled", s.key(), s.name());
            case "page" -> s.name() == null ? t.text("audit.subject.pageGone", s.key())
                    : t.text("audit.subject.pageTitled", s.key(), s.name());
            case "user" -> s.name() == null ? t.text("audit.subject.user", s.key()) : s.name();
            case "token" -> t.text("audit.subject.token", s.key());
            case "menu" -> t.text("audit.subject.menu", t.languageName(s.key()));
            case "media" -> t.text("audit.subject.media", s.key());
            case "settings" -> s.key().equals("masthead") ? t.text("audit.subject.masthead") : logged;
            default -> logged;
        };
    }
}
