package org.chancery.search;

import java.util.regex.Pattern;

/**
 * Mends a query the parser refused: closes a quotation left open, balances brackets (inside
 * quotes they are text) and drops operators with nothing after them, saying which was wrong;
 * and, as a last resort, reduces it to its plain words.
 */
final class QueryRepair {
    private static final Pattern SPECIALS = Pattern.compile("[+\\-!(){}\\[\\]^\"~*?:\\\\/&|]");
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|OR|NOT)\\b");
    private static final Pattern DANGLING_END = Pattern.compile(
            "(\\s+(AND|OR|NOT|&&|\\|\\|)|[+\\-!]|[\\p{L}\\p{N}_.-]+:)\\s*$");
    private static final Pattern DANGLING_START = Pattern.compile("^\\s*(AND|OR|&&|\\|\\|)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The mended query and what was wrong with it. */
    record Repaired(String text, SyntaxProblem problem) {
    }

    private QueryRepair() {
    }

    /** Closes an open quotation, balances brackets and drops dangling operators; says which was wrong. */
    static Repaired repair(String text) {
        String s = text;
        SyntaxProblem problem = SyntaxProblem.SYNTAX;
        if (quotes(s) % 2 == 1) {
            s = s + "\"";
            problem = SyntaxProblem.QUOTE;
        }
        String balanced = balanceBrackets(s);
        if (!balanced.equals(s) && problem == SyntaxProblem.SYNTAX) {
            problem = SyntaxProblem.BRACKET;
        }
        s = balanced;
        String before;
        do {
            before = s;
            s = DANGLING_START.matcher(DANGLING_END.matcher(s).replaceAll("")).replaceAll("");
        } while (!s.equals(before));
        return new Repaired(s.strip(), problem);
    }

    private static int quotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    /** Drops a closing bracket nothing opened and closes what stays open; brackets inside quotes are text. */
    static String balanceBrackets(String s) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (depth == 0) {
                    continue;
                }
                depth--;
            }
            out.append(c);
        }
        return out + ")".repeat(depth);
    }

    static String plainWords(String text) {
        String words = OPERATORS.matcher(SPECIALS.matcher(text).replaceAll(" ")).replaceAll(m -> m.group().toLowerCase());
        return SPACES.matcher(words).replaceAll(" ").strip();
    }
}
