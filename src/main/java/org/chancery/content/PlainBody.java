package org.chancery.content;

import java.util.List;

/**
 * A body's words without markup: the text before the first turn of a transcript (all of it
 * when there are no speakers) and each turn with its speaker, in document order.
 */
public record PlainBody(String prelude, List<Turn> turns) {

    public PlainBody {
        turns = List.copyOf(turns);
    }

    /** What one speaker said in one turn, the "Speaker:" label taken off. */
    public record Turn(String speaker, String text) {
    }

    /** All of it, each turn introduced by its speaker's name, as readers see it on the page. */
    public String whole() {
        StringBuilder all = new StringBuilder(prelude);
        for (Turn turn : turns) {
            all.append(all.length() == 0 ? "" : "\n\n").append(turn.speaker()).append(": ").append(turn.text());
        }
        return all.toString();
    }
}
