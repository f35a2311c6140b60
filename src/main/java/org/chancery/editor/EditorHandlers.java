package org.chancery.editor;

/** The editor's handlers, for {@code Routes}. */
public record EditorHandlers(PublicationListHandler list, EditHandler edit, PreviewHandler preview,
        WorkflowHandler workflow, RevisionsHandler revisions) {
}
