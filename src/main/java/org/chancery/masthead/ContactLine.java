package org.chancery.masthead;

/** A contact line in the masthead, such as "Consular queries: +44 (0) 203 668 7474". */
public record ContactLine(String label, String phone, String email) {
    public ContactLine {
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }

    /**
     * The phone number as a {@code tel:} link: the national "(0)" of an international number
     * is not dialled, and only digits and the leading plus remain.
     */
    public String telHref() {
        return "tel:" + phone.replace("(0)", "").replaceAll("[^+0-9]", "");
    }
}
