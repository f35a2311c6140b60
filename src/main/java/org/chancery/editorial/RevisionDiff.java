package org.chancery.editorial;

import java.util.List;

/**
 * Two revisions side by side: the fields that differ, and the bodies line by line.
 *
 * @param fields the fields other than the body whose values differ
 * @param body   every line of both bodies, aligned; unchanged lines included
 */
public record RevisionDiff(RevisionSummary from, RevisionSummary to, List<FieldChange> fields, List<DiffRow> body) {
}
