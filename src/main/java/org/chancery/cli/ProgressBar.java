package org.chancery.cli;

import java.io.PrintWriter;

/**
 * Shows how far a long job has come: one line redrawn in place on a terminal, a line at every
 * tenth otherwise (in a log or a pipe).
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private String label;
    private int shown = -1;

    ProgressBar(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void update(String what, long done, long total) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        boolean next = !what.equals(label);
        if (next && terminal && label != null) {
            out.println();
        }
        if (terminal && (next || percent != shown)) {
            out.print("\r" + line(what, done, total, percent));
            out.flush();
        } else if (!terminal && (next || percent / 10 != shown / 10)) {
            out.println(line(what, done, total, percent));
        }
        label = what;
        shown = percent;
    }

    /** Ends the bar's line. */
    void finish() {
        if (terminal && label != null) {
            out.println();
        }
    }

    static String line(String what, long done, long total, int percent) {
        int filled = percent * WIDTH / 100;
        return String.format("%s [%s%s] %3d%% %,d/%,d", what, "#".repeat(filled), "-".repeat(WIDTH - filled),
                percent, done, Math.max(done, total));
    }
}
