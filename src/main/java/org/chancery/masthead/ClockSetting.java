package org.chancery.masthead;

import java.time.ZoneId;

/** A city clock in the masthead: a label and the IANA zone whose rules give its time. */
public record ClockSetting(String label, ZoneId zone) {
}
