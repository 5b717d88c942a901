package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.CodeLines;

/**
 * The lines of a paragraph of a code path written outside fences as {@code a->b->{ body }} or
 * {@code name{ body }} (found by the grammar's {@code BraceChainBodies}, shape {@code BRACE_CHAIN}), nested by
 * their braces, not their columns: the author pasted the callee's lines as they came, some at the margin, some
 * behind a tab, so an open {@code {} decides. The head is the root; every line up to its {@code }} is its body, a
 * level deeper for each brace still open; the one statement under a braceless {@code if}, {@code else} or loop
 * is its body, a level deeper; a {@code }} stands at the level of the line that opened it.
 * <pre>
 * scan_dir -&gt; {case S_ALL: walk_all,
 * S_ONE: rc= walk_one(dir);       a case label of the body (a {@code case} was written above)
 * if (rc)
 * 	report(dir);                 the if's statement
 * }
 * </pre>
 * The chain's last arrow on a line of its own under it ({@code ->{}) is the head's rest, no step. In such a body
 * a constant label before a statement ({@code S_ONE: rc= …}) once a {@code case} was written is a case,
 * {@code delete p;} an expression, {@code Type name(args);} a declaration with its initialiser, and a call whose
 * line closes one parenthesis too many ({@code f(a, g(b)));}) still a call, with its arguments. The case label,
 * call and braceless head patterns and the literal reader are the grammar's {@link CodeLines}.
 */
final class BraceChainDepths {

    /** Columns a brace level is moved deeper by. */
    private static final int LEVEL = 4;
    /** A constant label before a statement: {@code Q_INS: res= …}. */
    private static final Pattern CONSTANT_LABEL = Pattern.compile("^[A-Z][A-Z0-9]*_[A-Z0-9_]*:(?!:)\\s*\\S.*");
    /** {@code delete p;}, {@code delete[] p;}. */
    private static final Pattern DELETE = Pattern.compile("^delete\\s*(?:\\[\\s*\\])?\\s*[A-Za-z_][\\w>.\\[\\]-]*\\s*;$");
    /** {@code Type name(args);}: a C++ declaration with constructor arguments. */
    private static final Pattern DECLARATION = Pattern.compile("^[A-Za-z_][\\w:<>]*\\s+[A-Za-z_]\\w*\\s*\\(.*");
    /** A keyword that leads an operand, not a type: {@code return f(x)}, {@code new T(x)}. */
    private static final Pattern OPERATOR = Pattern.compile("(?:return|new|delete|throw|goto|case|else|sizeof|typeof|co_await|co_return)\\b");
    /** A line's end after a call, perhaps closing more parentheses than it opens: {@code a->b->f(x, g(y)));}. */
    private static final Pattern CALL_END = Pattern.compile(".*\\)\\s*;?$");

    private BraceChainDepths() {
    }

    /** The block's lines nested by their braces when it is a brace chain paragraph ({@code braceChain}); else as they are. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean braceChain) {
        if (!braceChain || lines.isEmpty()) {
            return lines;
        }
        int first = lines.get(0).line();
        int last = first;
        for (TraceLine l : lines) {
            last = Math.max(last, l.range().endLine());
        }
        int[] open = opened(source, first, last);
        int base = lines.get(0).indent();
        List<TraceLine> out = new ArrayList<>(lines.size());
        int headDepth = -1;   // the depth of the braceless head above, whose one statement comes next
        boolean cased = source.line(first).contains("case ");
        for (TraceLine l : lines) {
            String text = code(source.line(l.line()));
            if (l.isBlank() || text.isEmpty()) {
                out.add(l);
                continue;
            }
            int depth = open[l.line() - first];
            if (text.startsWith("}")) {
                depth = Math.max(0, depth - closers(text));
            } else if (headDepth >= 0 && !text.startsWith("{") && !l.isCommentOnly()) {
                depth = Math.max(depth, headDepth + 1);
            }
            if (l.line() > first && text.startsWith("->") && text.substring(2).strip().equals("{")) {
                out.add(new TraceLine(l.line(), l.indent(), l.indent(), Arrow.NONE, null, l.range(), List.of()));
                continue;   // `->{` under the chain: the head's last arrow and its brace
            }
            if (!l.isCommentOnly() && !text.startsWith("{")) {
                headDepth = CodeLines.CONTROL.matcher(text).matches() ? depth : -1;
            }
            int indent = base + depth * LEVEL;
            StepReader.Reading r = depth > 0 ? reading(l, text, cased) : l.reading();
            cased |= depth > 0 && CodeLines.CASE.matcher(text).matches();
            out.add(new TraceLine(l.line(), indent, indent + Math.max(0, l.textIndent() - l.indent()), l.arrow(), r,
                    l.range(), l.comments()));
        }
        return out;
    }

    /** For each line from {@code first} to {@code last}, how many braces are open at its start. */
    private static int[] opened(SourceText source, int first, int last) {
        int[] open = new int[last - first + 1];
        int depth = 0;
        for (int n = first; n <= last; n++) {
            open[n - first] = depth;
            int[] t = code(source.line(n)).chars().toArray();
            for (int k = 0; k < t.length; k++) {
                if (t[k] == '"' || t[k] == '\'') {
                    k = CodeLines.literalEnd(t, k, t.length);
                } else if (t[k] == '{') {
                    depth++;
                } else if (t[k] == '}') {
                    depth = Math.max(0, depth - 1);
                }
            }
        }
        return open;
    }

    /** The line's code: stripped, without a {@code //} remark or a {@code /*} comment after it. */
    private static String code(String line) {
        String s = line.strip();
        int[] t = s.chars().toArray();
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (int k = 0; k < t.length; k++) {
            if (t[k] == '"' || t[k] == '\'') {
                k = CodeLines.literalEnd(t, k, t.length);
            } else if (t[k] == '/' && k + 1 < t.length && (t[k + 1] == '/' || t[k + 1] == '*')) {
                int end = t[k + 1] == '*' ? s.indexOf("*/", k + 2) : -1;
                out.append(s, from, k);
                if (end < 0) {
                    return out.toString().strip();
                }
                out.append(' ');
                from = end + 2;
                k = end + 1;
            }
        }
        return out.append(s, from, s.length()).toString().strip();
    }

    /** How many {@code }} lead {@code text}. */
    private static int closers(String text) {
        int n = 0;
        for (int k = 0; k < text.length() && (text.charAt(k) == '}' || text.charAt(k) == ' ' || text.charAt(k) == '\t'); k++) {
            n += text.charAt(k) == '}' ? 1 : 0;
        }
        return n;
    }

    /** The reading of body line {@code l} (its code {@code text}), {@code cased} when a case label stands above. */
    static StepReader.Reading reading(TraceLine l, String text, boolean cased) {
        StepReader.Reading r = l.reading();
        if (r == null) {
            return null;
        }
        StepKind kind = r.kind();
        if (kind != StepKind.CASE && (CodeLines.CASE.matcher(text).matches() || cased && CONSTANT_LABEL.matcher(text).matches())) {
            return new StepReader.Reading(StepKind.CASE, r.text(), null, null, null, null, r.context());
        }
        if (kind == StepKind.PROSE && DELETE.matcher(text).matches()) {
            return new StepReader.Reading(StepKind.EXPRESSION, r.text(), null, null, null, null, r.context());
        }
        if ((kind == StepKind.CALL || kind == StepKind.DECLARATION) && DECLARATION.matcher(text).matches() && !OPERATOR.matcher(text).lookingAt()) {
            return new StepReader.Reading(StepKind.ASSIGN, r.text(), r.expression(), null, null, null, r.context());
        }
        Matcher m = CodeLines.CALL.matcher(text);
        if (kind == StepKind.PROSE && m.matches() && m.group("assigned") == null && CALL_END.matcher(text).matches()) {
            Expr.Name callee = new Expr.Name(m.group("callee").replaceAll("\\s+", ""), l.range());
            int open = text.indexOf('(', m.end("callee"));
            return new StepReader.Reading(StepKind.CALL, r.text(), new Expr.Call(callee, arguments(text, open, l.range()), l.range()),
                    null, null, null, r.context());
        }
        return r;
    }

    /**
     * The arguments of the call whose list opens at {@code open} in {@code text}, split at its top-level commas, up to
     * the parenthesis that closes it (or the line's end): a call among them ({@code g(b)}) a call of its own
     * arguments, any other the name or expression it is written as ({@code a}, {@code &state}).
     */
    private static List<Expr> arguments(String text, int open, SourceRange range) {
        List<Expr> args = new ArrayList<>();
        int[] t = text.chars().toArray();
        int depth = 0;
        int from = open + 1;
        for (int k = open + 1; k <= t.length; k++) {
            int c = k < t.length ? t[k] : ')';
            if (c == '"' || c == '\'') {
                k = CodeLines.literalEnd(t, k, t.length);
            } else if (c == '(') {
                depth++;
            } else if (c == ',' && depth == 0 || c == ')' && depth-- == 0) {
                String arg = text.substring(from, Math.min(k, t.length)).strip();
                if (!arg.isEmpty()) {
                    args.add(argument(arg, range));
                }
                if (c == ')') {
                    break;
                }
                from = k + 1;
            }
        }
        return args;
    }

    /** One argument's text read: a call of a name, else the text as a name. */
    private static Expr argument(String arg, SourceRange range) {
        Matcher m = CodeLines.CALL.matcher(arg);
        if (m.matches() && m.group("assigned") == null && arg.endsWith(")")) {
            return new Expr.Call(new Expr.Name(m.group("callee").replaceAll("\\s+", ""), range),
                    arguments(arg, arg.indexOf('(', m.end("callee")), range), range);
        }
        return new Expr.Name(arg, range);
    }
}
