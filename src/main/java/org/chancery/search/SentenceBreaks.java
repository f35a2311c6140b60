package org.chancery.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found from punctuation alone: a sentence starts after a line
 * break, or after {@code . ! ? …} (and any closing quotes or brackets) followed by white space.
 * Java's rule-based sentence iterator finds the same boundaries in ordinary prose, but its
 * {@code preceding} walks back far from every match: on a body where the searched word occurs
 * often, it took most of a search page's time. Here each step looks only at the characters
 * between two boundaries.
 */
final class SentenceBreaks extends BreakIterator {
    private static final String ENDS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";

    private String text = "";
    private int begin;
    private int end;
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        begin = 0;
        end = newText.length();
        current = begin;
    }

    @Override
    public void setText(CharacterIterator newText) {
        var copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
        // offsets are the iterator's own, which need not start at 0
        begin = newText.getBeginIndex();
        end = newText.getEndIndex();
        current = begin;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, 0, text.length(), current - begin);
    }

    @Override
    public int first() {
        return current = begin;
    }

    @Override
    public int last() {
        return current = end;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        return current >= end ? DONE : following(current);
    }

    @Override
    public int previous() {
        return current <= begin ? DONE : preceding(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        for (int i = offset + 1; i < end; i++) {
            if (startsSentence(i)) {
                return current = i;
            }
        }
        current = end;
        return offset >= end ? DONE : end;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        for (int i = offset - 1; i > begin; i--) {
            if (startsSentence(i)) {
                return current = i;
            }
        }
        current = begin;
        return offset <= begin ? DONE : begin;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        return offset == begin || offset == end || startsSentence(offset);
    }

    /** Whether a sentence starts at {@code i}: a first non-space character after a line break or an ending. */
    private boolean startsSentence(int i) {
        if (Character.isWhitespace(at(i)) || !Character.isWhitespace(at(i - 1))) {
            return false;
        }
        int j = i - 1;
        while (j > begin && Character.isWhitespace(at(j))) {
            if (at(j) == '\n') {
                return true;
            }
            j--;
        }
        if (at(j) == '\n') {
            return true;
        }
        while (j > begin && CLOSERS.indexOf(at(j)) >= 0) {
            j--;
        }
        return ENDS.indexOf(at(j)) >= 0;
    }

    private char at(int offset) {
        return text.charAt(offset - begin);
    }

    private void checkOffset(int offset) {
        if (offset < begin || offset > end) {
            throw new IllegalArgumentException("offset " + offset + " is outside " + begin + ".." + end);
        }
    }
}
