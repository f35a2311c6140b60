package org.chancery.editorial;

/**
 * An editorial action that cannot be done; {@link #kind()} says which rule stopped it and the
 * message says why, in one sentence for people. Nothing was changed. Invalid fields are refused
 * with {@link org.chancery.validation.InvalidInput} instead.
 */
public class EditorialException extends RuntimeException {

    /** Which kind of rule refused the action; the HTTP layer maps each to its status. */
    public enum Kind {
        /** No such publication or revision (404). */
        NOT_FOUND,
        /** The user's role does not allow it (403). */
        ROLE,
        /** A workflow rule forbids it, such as publishing what one submitted oneself (403). */
        RULE,
        /** Not possible in the publication's present state (409). */
        STATE,
        /** Somebody else saved first (409); see {@link VersionConflictException}. */
        VERSION,
        /** The body is over the limit (413). */
        TOO_LARGE
    }

    private final Kind kind;

    protected EditorialException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static EditorialException notFound(String message) {
        return new EditorialException(Kind.NOT_FOUND, message);
    }

    static EditorialException role(String message) {
        return new EditorialException(Kind.ROLE, message);
    }

    static EditorialException rule(String message) {
        return new EditorialException(Kind.RULE, message);
    }

    static EditorialException state(String message) {
        return new EditorialException(Kind.STATE, message);
    }

    static EditorialException tooLarge(String message) {
        return new EditorialException(Kind.TOO_LARGE, message);
    }
}
