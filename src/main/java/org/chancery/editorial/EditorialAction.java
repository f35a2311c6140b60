package org.chancery.editorial;

/**
 * What someone may do to a publication, for the editor's buttons: {@link EditorialService#allowed}
 * answers with the same checks the actions themselves make, so a button is shown exactly when the
 * action would not be refused for the user's role, a workflow rule or the state.
 */
public enum EditorialAction {
    EDIT,
    SUBMIT,
    PUBLISH,
    FORCE_PUBLISH,
    APPROVE,
    SCHEDULE,
    WITHDRAW,
    UNPUBLISH
}
