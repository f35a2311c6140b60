package org.chancery.admin;

import org.chancery.account.AccountException;
import org.chancery.account.AccountService;
import org.chancery.web.Localizer;

/** Says in words why an account form was refused. */
final class FormErrors {
    private FormErrors() {
    }

    static String of(Localizer t, AccountException e) {
        String key = e.reason().messageKey();
        return e.reason() == AccountException.Reason.SHORT_PASSWORD
                ? t.text(key, AccountService.MIN_PASSWORD_LENGTH) : t.text(key);
    }
}
