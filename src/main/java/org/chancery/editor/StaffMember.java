package org.chancery.editor;

/** A member of the press office as the editor names them: by name, or by e-mail without one. */
public record StaffMember(long id, String name) {
}
