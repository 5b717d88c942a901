package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A code path written in a plain note's text, outside fences, one paragraph per function: a chain of calls
 * whose last callee's body follows in braces, on the same line or on the lines below up to its {@code }}
 * ({@code a->b->{ body }}), or a function's name directly followed by its body ({@code name{ body }}, C
 * without a return type), the body holding calls separated by commas or line ends, statements, {@code if}s,
 * case labels:
 * <pre>
 * run_query->dispatch->{case Q_SELECT: parse_query(ctx, &amp;state)}
 *
 * parse_query->{lex_sql,execute_query }
 *
 * execute_query -&gt; {case Q_SEL: run_select,
 * Q_INS: res= cmd-&gt;execute(ctx);
 * }
 *
 * insert_row{
 * prepare_row();
 *     start_txn(t, true);
 * }
 * </pre>
 * A chain head is names of code (identifiers joined by {@code ::} or {@code .}, a parameter list perhaps)
 * joined by {@code ->}, the last arrow right before the {@code {} (or a line {@code ->{} or {@code {} under a chain
 * of two links or more), its last callee a C function's name (lower case and an {@code _} or {@code ::}) unless
 * the chain has two links; a name head is {@link CodeShapedTraces#callOpensBody}'s ({@code insert_row{}), taken
 * only beside another such paragraph (blank lines between), as the family writes one paragraph a function, or
 * when an arrow joins it to its caller ({@code caller->callee(){}). Each body must hold a call ({@code f(x)}, {@code rc = f(x)}), a case label or a list of two names, and its
 * {@code }} must end its line. A hash access ({@code $h->{key}}), an object ({@code cfg = {}), a CSS rule
 * ({@code body {}), a shell function ({@code function f {}), LaTeX ({@code \section{x}}) have no such head.
 * Each paragraph is marked a trace block of shape {@link BlockShape#BRACE_CHAIN}: the core nests its lines by
 * their braces ({@code BraceChainDepths}).
 */
final class BraceChainBodies {

    /** Lines a paragraph spans at most, from its head to its closing brace. */
    private static final int MAX_LINES = 400;
    /** A name of code: identifiers joined by {@code ::} or {@code .}, a parameter list after it perhaps. */
    private static final Pattern NAME = Pattern.compile(
            "[A-Za-z_~]\\w*(?:\\s*(?:::|\\.)\\s*[A-Za-z_~]\\w*)*(?:\\s*\\([^()]*\\))?");
    /** A C function's name: a lower-case letter, and an {@code _} between letters or a {@code ::}. */
    private static final Pattern C_NAME = Pattern.compile("(?=.*[a-z])(?:.*[A-Za-z0-9]_[A-Za-z0-9].*|.*::.*)");
    /** A body line that calls: {@code f(x)}, {@code a->b.f(x)}, {@code rc = f(x)}, {@code T v(x)}. */
    private static final Pattern CALL = Pattern.compile(
            "^(?:[\\w\\s*\\[\\]&.:>-]*?[\\w\\]]\\s*=\\s*)?[A-Za-z_]\\w*(?:\\s*(?:->|\\.|::)\\s*[A-Za-z_]\\w*)*\\s*\\(.*");
    /** A case label: {@code case X:}, {@code default:}. */
    private static final Pattern CASE = Pattern.compile("^(?:case\\s+\\w[^:]*|default\\s*):.*");
    /** Names listed with commas: {@code f,g}. */
    private static final Pattern NAMES = Pattern.compile("^[A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)+\\s*,?$");

    private BraceChainBodies() {
    }

    /** A paragraph found: its head line, its closing line, and whether a chain of arrows heads it. */
    private record Paragraph(int head, int close, boolean chain) {
    }

    /** Marks the paragraphs of brace chains among the text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        List<Paragraph> found = new ArrayList<>();
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            Paragraph p = layout.role(i) == NoteLayout.Role.TEXT ? paragraph(layout, i) : null;
            if (p != null) {
                found.add(p);
                i = p.close;
            }
        }
        for (int k = 0; k < found.size(); k++) {
            Paragraph p = found.get(k);
            if (p.chain || k > 0 && besides(layout, found.get(k - 1), p) || k + 1 < found.size() && besides(layout, p, found.get(k + 1))) {
                layout.markTrace(p.head, p.close, blockId);
                layout.mark(BlockShape.BRACE_CHAIN, blockId++);
            }
        }
        return blockId;
    }

    /** Whether paragraph {@code b} follows paragraph {@code a} with blank lines only between them. */
    private static boolean besides(NoteLayout layout, Paragraph a, Paragraph b) {
        for (int j = a.close + 1; j < b.head; j++) {
            if (layout.role(j) != NoteLayout.Role.BLANK) {
                return false;
            }
        }
        return true;
    }

    /** The paragraph whose body opens on text line {@code i}, or null. */
    private static Paragraph paragraph(NoteLayout layout, int i) {
        if (LineScan.indexOf(layout.codePoints(), layout.start(i), layout.contentEnd(i), "{") < 0) {
            return null;   // the cheap test: most lines open no brace
        }
        String s = layout.lineText(i).strip();
        int brace = s.indexOf('{');
        String head = s.substring(0, brace).strip();
        boolean chain;
        int first = i;
        boolean arrowed = head.endsWith("->");
        if (arrowed || head.isEmpty()) {
            head = arrowed ? head.substring(0, head.length() - 2).strip() : head;
            if (head.isEmpty()) {
                // `->{` or `{` under `a -> b(x) -> c`: (the chain's last arrow and) the body's brace
                if (i == 0 || layout.role(i - 1) != NoteLayout.Role.TEXT || links(layout.lineText(i - 1).strip()) < 2) {
                    return null;
                }
                first = i - 1;
            } else {
                int links = links(head);
                if (links < 1 || links == 1 && !C_NAME.matcher(head).matches()) {
                    return null;
                }
            }
            chain = true;
        } else {
            int[] t = layout.codePoints();
            int e = layout.contentEnd(i);
            int p = LineScan.stripStart(t, layout.start(i), e);
            e = LineScan.stripEnd(t, p, e);
            if (brace != s.length() - 1 || !CodeShapedTraces.callOpensBody(t, p, e)) {
                return null;
            }
            chain = head.contains("->");   // `caller->callee(){`: the chain's last callee opens its body
        }
        int close = closing(layout, i, s, brace);
        return close >= 0 && calls(layout, i, s.substring(brace + 1), close) ? new Paragraph(first, close, chain) : null;
    }

    /** How many names of code {@code ->} joins on {@code head}; 0 when a part is no name. */
    private static int links(String head) {
        String[] parts = head.split("->", -1);
        for (String part : parts) {
            String name = part.strip();
            if (!NAME.matcher(name).matches() || TrailingNote.isKeyword(name)) {
                return 0;
            }
        }
        return parts.length;
    }

    /**
     * The line of the {@code }} that closes the brace at {@code brace} of stripped text line {@code i} ({@code s}),
     * text and blank lines only down to it and nothing after it but a {@code ;}; -1 when there is none.
     */
    private static int closing(NoteLayout layout, int i, String s, int brace) {
        int depth = 0;
        int n = Math.min(layout.lineCount(), i + MAX_LINES);
        for (int j = i; j < n; j++) {
            NoteLayout.Role r = layout.role(j);
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            if (r != NoteLayout.Role.TEXT) {
                return -1;
            }
            String line = j == i ? s : layout.lineText(j);
            for (int k = j == i ? brace : 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c == '"' || c == '\'') {
                    k = literalEnd(line, k);
                } else if (line.startsWith("//", k)) {
                    break;
                } else if (line.startsWith("/*", k)) {
                    int end = line.indexOf("*/", k + 2);
                    if (end < 0) {
                        break;
                    }
                    k = end + 1;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    String rest = line.substring(k + 1).strip();
                    return rest.isEmpty() || rest.equals(";") ? j : -1;
                }
            }
        }
        return -1;
    }

    /** Where the literal opened by the quote at {@code k} ends: its closing quote, or the line's end. */
    private static int literalEnd(String line, int k) {
        for (int q = k + 1; q < line.length(); q++) {
            char c = line.charAt(q);
            if (c == '\\') {
                q++;
            } else if (c == line.charAt(k)) {
                return q;
            }
        }
        return line.length();
    }

    /**
     * Whether the body opened on line {@code i} (its first line's text after the brace {@code inline}) and closed
     * on line {@code close} holds a call, a case label or a list of names.
     */
    private static boolean calls(NoteLayout layout, int i, String inline, int close) {
        for (int j = i; j <= close; j++) {
            String line = (j == i ? inline : layout.lineText(j)).strip();
            if (j == close && line.endsWith("}")) {
                line = line.substring(0, line.length() - 1).strip();
            }
            if (CALL.matcher(line).matches() && !keyword(line) || CASE.matcher(line).matches() || NAMES.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line starts with a keyword of C ({@code if (x)}, {@code while (x)}, {@code sizeof(x)}). */
    private static boolean keyword(String line) {
        int w = 0;
        while (w < line.length() && Character.isJavaIdentifierPart(line.charAt(w))) {
            w++;
        }
        return TrailingNote.isKeyword(line.substring(0, w));
    }
}
