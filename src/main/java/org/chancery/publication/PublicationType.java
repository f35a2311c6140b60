package org.chancery.publication;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of publication a press office issues; {@code code} is stored and used in URLs. */
public enum PublicationType {
    NEWS("news"),
    PRESS_RELEASE("press-release"),
    STATEMENT("statement"),
    INTERVIEW("interview"),
    SPEECH("speech"),
    ARTICLE("article"),
    COMMENT("comment"),
    BRIEFING("briefing"),
    CONSULAR_NOTICE("consular-notice"),
    EVENT("event");

    private final String code;

    PublicationType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The bundle key of this type's name. */
    public String labelKey() {
        return "type." + code;
    }

    public static Optional<PublicationType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
