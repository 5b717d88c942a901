package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.Arrays;
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
 * the chain has two links, and a one-link head no constant (a dotted path with no call or a name in capitals:
 * {@code R.id.menu_open -> {}, {@code Mode.FAST_SCAN -> {}, Kotlin's {@code when} branches); a name head is
 * {@link CodeShapedTraces#callOpensBody}'s ({@code insert_row{}), taken when an arrow joins it to its caller
 * ({@code caller->callee(){}), or when its name is a C function's (lower case with an {@code _}), at the margin,
 * outside any brace, beside another such paragraph with a blank line or more between, as the family writes one
 * paragraph a function (a constructor {@code Pump(int r) {}, a method {@code mount(el) {}, a handler
 * {@code x.onclick=function(){} are code of other languages). Each body must hold a call ({@code f(x)},
 * {@code rc = f(x)}), a case label or a list of two names, and its
 * {@code }} must end its line. A hash access ({@code $h->{key}}), an object ({@code cfg = {}), a CSS rule
 * ({@code body {}), a shell function ({@code function f {}), LaTeX ({@code \section{x}}) have no such head.
 * The note's braces are matched once, in one pass ({@link #braces}). Each paragraph is marked a trace block of
 * shape {@link BlockShape#BRACE_CHAIN}: the core nests its lines by
 * their braces ({@code BraceChainDepths}).
 */
final class BraceChainBodies {

    /** The arrow joining a chain's links, split on literally (compiled once). */
    private static final Pattern ARROW = Pattern.compile("->", Pattern.LITERAL);

    /** Lines a paragraph spans at most, from its head to its closing brace. */
    private static final int MAX_LINES = 400;
    /** A name of code: identifiers joined by {@code ::} or {@code .}, a parameter list after it perhaps. */
    private static final Pattern NAME = Pattern.compile(
            "[A-Za-z_~]\\w*(?:\\s*(?:::|\\.)\\s*[A-Za-z_~]\\w*)*(?:\\s*\\([^()]*\\))?");
    /** A C function's name: a lower-case letter, and an {@code _} between letters or a {@code ::}. */
    private static final Pattern C_NAME = Pattern.compile("(?=.*[a-z])(?:.*[A-Za-z0-9]_[A-Za-z0-9].*|.*::.*)");
    /** A name head's name: a C function's, lower case with an {@code _} ({@code insert_row}, {@code __do_it}). */
    private static final Pattern C_HEAD = Pattern.compile("_*[a-z][a-z0-9]*(?:_+[a-z0-9]+)+");
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
        Braces braces = null;
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT
                    || LineScan.indexOf(layout.codePoints(), layout.start(i), layout.contentEnd(i), "{") < 0) {
                continue;   // the cheap test: most lines open no brace
            }
            braces = braces != null ? braces : braces(layout);
            Paragraph p = paragraph(layout, i, braces);
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

    /** Whether paragraph {@code b} follows paragraph {@code a} with blank lines only between them, one at least. */
    private static boolean besides(NoteLayout layout, Paragraph a, Paragraph b) {
        if (a.close + 1 >= b.head) {
            return false;
        }
        for (int j = a.close + 1; j < b.head; j++) {
            if (layout.role(j) != NoteLayout.Role.BLANK) {
                return false;
            }
        }
        return true;
    }

    /** The paragraph whose body opens on text line {@code i}, its braces matched in {@code braces}, or null. */
    private static Paragraph paragraph(NoteLayout layout, int i, Braces braces) {
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
                if (links < 1 || links == 1 && (!C_NAME.matcher(head).matches() || constant(head))) {
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
            int paren = head.indexOf('(');
            if (!chain && (p != layout.start(i) || braces.inside[i] > 0
                    || !C_HEAD.matcher((paren < 0 ? head : head.substring(0, paren)).strip()).matches())) {
                return null;   // `Pump(int r) {`, `mount(el) {`, `x.onclick=function(){`, a method in a class: code
            }
        }
        int close = braces.close[i];
        return close >= 0 && calls(layout, i, s.substring(brace + 1), close) ? new Paragraph(first, close, chain) : null;
    }

    /** How many names of code {@code ->} joins on {@code head}; 0 when a part is no name. */
    private static int links(String head) {
        String[] parts = ARROW.split(head, -1);
        for (String part : parts) {
            String name = part.strip();
            if (!NAME.matcher(name).matches() || TrailingNote.isKeyword(name)) {
                return 0;
            }
        }
        return parts.length;
    }

    /**
     * Whether a chain's one link {@code head} names a constant, not a function: a dotted path with no call
     * ({@code R.id.action_settings}, {@code Lifecycle.Event.ON_RESUME}, a Kotlin {@code when} branch) or a last
     * part in capitals ({@code State.IDLE_WAIT}).
     */
    private static boolean constant(String head) {
        if (head.indexOf('(') >= 0) {
            return false;
        }
        String last = head.substring(Math.max(head.lastIndexOf('.'), head.lastIndexOf(':')) + 1).strip();
        return head.indexOf('.') >= 0 || last.equals(last.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The text lines' braces matched in one forward pass: for each line, the line of the {@code }} that closes its
     * first {@code {}, text and blank lines only down to it, fewer than {@link #MAX_LINES} lines on, nothing after it
     * but a {@code ;} (-1 when there is none), and how many matched braces hold the line.
     */
    private record Braces(int[] close, int[] inside) {
    }

    /** The note's braces, matched ({@link Braces}); {@code "}, {@code '}, {@code //} and {@code /* *}{@code /} hide them. */
    private static Braces braces(NoteLayout layout) {
        int n = layout.lineCount();
        int[] close = new int[n];
        int[] inside = new int[n + 1];
        Arrays.fill(close, -1);
        int[] t = layout.codePoints();
        int[] openLine = new int[16];
        int[] openFirst = new int[16];
        int depth = 0;
        for (int j = 0; j < n; j++) {
            NoteLayout.Role r = layout.role(j);
            if (r != NoteLayout.Role.TEXT) {
                depth = r == NoteLayout.Role.BLANK ? depth : 0;   // a brace is closed in the text only
                continue;
            }
            boolean first = true;
            int e = layout.contentEnd(j);
            for (int k = layout.start(j); k < e; k++) {
                int c = t[k];
                if (c == '"' || c == '\'') {
                    k = LineScan.literalEnd(t, k, e);
                } else if (c == '/' && k + 1 < e && t[k + 1] == '/') {
                    break;
                } else if (c == '/' && k + 1 < e && t[k + 1] == '*') {
                    int end = LineScan.indexOf(t, k + 2, e, "*/");
                    if (end < 0) {
                        break;
                    }
                    k = end + 1;
                } else if (c == '{') {
                    if (depth == openLine.length) {
                        openLine = Arrays.copyOf(openLine, depth * 2);
                        openFirst = Arrays.copyOf(openFirst, depth * 2);
                    }
                    openLine[depth] = j;
                    openFirst[depth++] = first ? 1 : 0;
                    first = false;
                } else if (c == '}' && depth > 0) {
                    int o = openLine[--depth];
                    inside[o + 1]++;
                    inside[j + 1]--;
                    int rest = LineScan.stripStart(t, k + 1, e);
                    if (openFirst[depth] == 1 && j - o < MAX_LINES && (rest == e || t[rest] == ';' && LineScan.stripStart(t, rest + 1, e) == e)) {
                        close[o] = j;
                    }
                }
            }
        }
        for (int j = 1; j < n; j++) {
            inside[j] += inside[j - 1];
        }
        return new Braces(close, inside);
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
            if (CodeLines.CALL.matcher(line).matches() && !keyword(line) || CodeLines.CASE.matcher(line).matches()
                    || NAMES.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line starts with a keyword of C ({@code if (x)}, {@code while (x)}, {@code sizeof(x)}). */
    private static boolean keyword(String line) {
        int w = 0;
        while (w < line.length() && LineScan.isIdentPart(line.charAt(w))) {
            w++;
        }
        return TrailingNote.isKeyword(line.substring(0, w));
    }
}
