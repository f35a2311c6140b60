package org.chancery.masthead;

import java.util.Map;

/**
 * A contact line in the masthead, such as "Consular queries: +44 (0) 203 668 7474".
 *
 * @param labels the label in the site's other languages ("Консульские вопросы"), by language
 */
public record ContactLine(String label, String phone, String email, Map<String, String> labels) {
    public ContactLine {
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        labels = Translations.copy(labels);
    }

    public ContactLine(String label, String phone, String email) {
        this(label, phone, email, Map.of());
    }

    /** The label in {@code lang}, or the default language's where it has none. */
    public String label(String lang) {
        return Translations.in(labels, lang, label);
    }

    /**
     * The phone number as a {@code tel:} link: the national "(0)" of an international number
     * is not dialled, and only digits and the leading plus remain.
     */
    public String telHref() {
        return "tel:" + phone.replace("(0)", "").replaceAll("[^+0-9]", "");
    }
}
