package org.chancery.admin;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A page of the audit log, newest first, with its filter.
 *
 * @param action     the action shown, or empty for all
 * @param actor      the actor shown, or empty for all
 * @param zone       the home zone the times are given in
 * @param olderHref  the next page of older entries, or null at the end
 * @param newestHref the first page under the same filter, or null on it
 */
public record AuditPage(List<Entry> entries, List<Choice> actions, String action, String actor, String zone,
        String olderHref, String newestHref) {

    /**
     * One entry in words.
     *
     * @param actorHref   this page filtered to the entry's actor
     * @param subjectHref where to look at the subject, or null
     */
    public record Entry(ZonedDateTime at, String actor, String actorName, String actorHref, String action,
            String subject, String subjectHref, String detail) {
    }

    /** An action to filter by: its code and its name. */
    public record Choice(String code, String label) {
    }

    public boolean filtered() {
        return !action.isEmpty() || !actor.isEmpty();
    }
}
