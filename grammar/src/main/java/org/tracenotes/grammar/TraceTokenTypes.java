package org.tracenotes.grammar;

/** Which {@link TraceLexer} token types the lexer's line logic makes or looks for. */
final class TraceTokenTypes {

    /**
     * Tokens that, ending a line, say the statement goes on below: a binary operator, an assignment
     * or a comma ({@code sgs->avg_load = (load * SCALE) /} then {@code     capacity;}).
     */
    private static final java.util.Set<Integer> CONTINUED_BY = java.util.Set.of(TraceLexer.ASSIGN, TraceLexer.ASSIGN_OP,
            TraceLexer.COMMA, TraceLexer.PLUS, TraceLexer.STAR, TraceLexer.SLASH, TraceLexer.ANDAND, TraceLexer.OROR,
            TraceLexer.QUESTION, TraceLexer.SHL, TraceLexer.SHR);

    private TraceTokenTypes() {
    }

    /** Whether a line whose last default-channel token is of {@code type} goes on below. */
    static boolean continuesLine(int type) {
        return CONTINUED_BY.contains(type);
    }

    /** The token type of an arrow, by its first character and its length. */
    static int ofArrow(String arrow) {
        if (arrow.indexOf('+') > 0) {
            return TraceLexer.TREE_ARROW;
        }
        char first = arrow.charAt(0);
        int length = arrow.length();
        return switch (first) {
            case '=' -> TraceLexer.STEP_ARROW;
            case '+' -> TraceLexer.TREE_ARROW;
            case '|' -> TraceLexer.PIPE_ARROW;
            case '\\' -> TraceLexer.LAST_ARROW;
            default -> length == 2 || first == LineMargin.RIGHTWARDS_ARROW ? TraceLexer.ARROW : TraceLexer.LONG_ARROW;
        };
    }

    /** The token of a whole line outside trace blocks, by the role the layout pass gave it. */
    static int ofRole(NoteLayout.Role role) {
        return switch (role) {
            case FRONT_MATTER -> TraceLexer.FRONT_MATTER;
            case HEADING -> TraceLexer.HEADING;
            case TEXT -> TraceLexer.TEXT;
            case BLANK -> TraceLexer.BLANK;
            case FENCE_OPEN -> TraceLexer.FENCE_OPEN;
            case FENCE_CLOSE -> TraceLexer.FENCE_CLOSE;
            case CODE -> TraceLexer.CODE;
            case TRACE -> throw new IllegalArgumentException("trace lines are lexed by the grammar");
        };
    }

    /** Whether {@code type} is an arrow token. */
    static boolean isArrow(int type) {
        return type == TraceLexer.STEP_ARROW || type == TraceLexer.ARROW || type == TraceLexer.LONG_ARROW
                || type == TraceLexer.TREE_ARROW || type == TraceLexer.PIPE_ARROW || type == TraceLexer.LAST_ARROW;
    }
}
