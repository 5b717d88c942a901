package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID}: a trace block the parser failed on (a fault of the parser, not of the note); the block is
 * left out, the note's other blocks are kept, and the finding names the exception and where it arose.
 */
public final class InternalParserError extends ParserFinding {

    public static final String ID = "internal-error";

    public InternalParserError() {
        super(ID, Severity.ERROR, "a trace block the parser failed on (a parser bug; the block is left out)",
                null,
                null);
    }
}
