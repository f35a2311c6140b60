package org.chancery.audit;

/**
 * What an audit entry acted on, as the viewer shows it.
 *
 * @param kind  the subject's kind: {@code publication}, {@code page}, {@code user}, {@code token},
 *              {@code menu}, {@code settings}, or another word the log may hold
 * @param key   the id, language or name after the colon of {@code kind:key}
 * @param name  what it is called now (a title, an e-mail address), or null when it is gone or has no name
 * @param href  where to look at it, or null when there is nowhere to go
 */
public record AuditSubject(String kind, String key, String name, String href) {
}
