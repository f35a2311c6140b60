package org.chancery.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered pager: the first and last pages, a window around the current one, and gaps
 * (shown as an ellipsis) where numbers are left out.
 */
public record Pager(int current, int last, List<Slot> slots) {

    /** A page number, or a gap when {@code number} is 0. */
    public record Slot(int number) {
        public boolean gap() {
            return number == 0;
        }
    }

    public static final int WINDOW = 2;

    public static Pager of(int current, int last) {
        if (last < 1 || current < 1 || current > last) {
            throw new IllegalArgumentException("page " + current + " of " + last);
        }
        List<Slot> slots = new ArrayList<>();
        int from = Math.max(1, current - WINDOW);
        int to = Math.min(last, current + WINDOW);
        // A gap takes a number's place, so one left-out number is shown rather than hidden.
        if (from == 3) {
            from = 2;
        }
        if (to == last - 2) {
            to = last - 1;
        }
        if (from > 1) {
            slots.add(new Slot(1));
            if (from > 2) {
                slots.add(new Slot(0));
            }
        }
        for (int n = from; n <= to; n++) {
            slots.add(new Slot(n));
        }
        if (to < last) {
            if (to < last - 1) {
                slots.add(new Slot(0));
            }
            slots.add(new Slot(last));
        }
        return new Pager(current, last, List.copyOf(slots));
    }

    public static int pagesFor(long items, int perPage) {
        return (int) Math.max(1, (items + perPage - 1) / perPage);
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < last;
    }
}
