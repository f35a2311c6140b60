package org.chancery.search;

/** Why a query could not be read as written: the reader is told, with what was searched for instead. */
public enum SyntaxProblem {
    /** A quotation mark was not closed; the phrase was closed at the end. */
    QUOTE,
    /** A bracket was not closed, or closed one that was not opened. */
    BRACKET,
    /** Anything else, such as an operator with nothing after it. */
    SYNTAX
}
