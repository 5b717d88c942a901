package org.tracenotes.core.parse;

import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.FullStopNames;

/**
 * Notes authors draw after a call that C would read otherwise: a tracepoint in braces
 * ({@code schedule { event: sched_switch }}), which the grammar cannot read, and a return path drawn
 * back to the caller ({@code kmalloc <- slab_alloc}), which C would read as {@code kmalloc < -slab_alloc},
 * and a tag in brackets set off by blanks ({@code blk_read    [co]}), which C would read as an index,
 * and a remark in angle brackets ({@code init_mmu<打开 MMU>}, {@code setup_fp <enable FP/SIMD>}), which C
 * would read as comparisons, and a full stop that closes a name as a sentence's would ({@code dev_read_request.},
 * {@code dev_init.    ====> the note}), which C would read as a member access. Each is the call it starts with; the
 * note stays in the step's text.
 */
final class TrailingCallNotes {

    private TrailingCallNotes() {
    }

    /** A name, then braces holding {@code key: value} words: {@code name { event: tracepoint }}. */
    private static final Pattern EVENT_BRACES =
            Pattern.compile("^([A-Za-z_]\\w*)\\s*\\{\\s*[A-Za-z_][\\w-]*\\s*[:：][^{}]*\\}\\s*$");

    /** The call a line of words starts with when braces of {@code key: value} notes follow it, else null. */
    static StepReader.Reading eventBraces(String text, SourceRange r, ParserRuleContext context) {
        if (text.indexOf('{') < 0) {
            return null;
        }
        java.util.regex.Matcher m = EVENT_BRACES.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        SourceRange at = new SourceRange(r.line(), r.column(), r.line(), r.column() + name.length(),
                r.offset(), r.offset() + name.length());
        return new StepReader.Reading(StepKind.CALL, text, new Expr.Name(name, at), null, null, null, context);
    }

    /**
     * The call a line starts with when a full stop closes its name ({@link FullStopNames#nameEnd}: {@code dev_read.},
     * not {@code e.g.} or {@code Done.}; a note may follow the stop), else null.
     */
    static StepReader.Reading fullStop(String text, SourceRange r, ParserRuleContext context) {
        int q = FullStopNames.nameEnd(text);
        if (q < 0) {
            return null;
        }
        SourceRange at = new SourceRange(r.line(), r.column(), r.line(), r.column() + q, r.offset(), r.offset() + q);
        return new StepReader.Reading(StepKind.CALL, text, new Expr.Name(text.substring(0, q), at), null, null, null, context);
    }

    /** A name, then a remark in angle brackets that ends the line: {@code name<words>}. */
    private static final Pattern ANGLE_NOTE = Pattern.compile("^([A-Za-z_]\\w*)\\s*<([^<]*)>\\s*$");

    /** Words that open a C or C++ type, so {@code vector<const char>} is a template argument, not a remark. */
    private static final Pattern TYPE_WORD =
            Pattern.compile("^(const|volatile|unsigned|signed|struct|union|enum|long|short|class|typename)\\b.*");

    /**
     * The call a line starts with when a remark in angle brackets ends it ({@code init_mmu<打开 MMU>},
     * {@code setup_fp <enable FP/SIMD>}), else null. A remark holds a non-ASCII character or blank-separated
     * words without the marks of a type list ({@code , * & ::}); {@code vector<int>} and {@code map<K, V>} are
     * not remarks.
     */
    static StepReader.Reading angleNote(String text, SourceRange r, ParserRuleContext context) {
        if (text.indexOf('<') < 0 || !text.stripTrailing().endsWith(">")) {
            return null;
        }
        java.util.regex.Matcher m = ANGLE_NOTE.matcher(text);
        if (!m.matches() || !isRemark(m.group(2).strip())) {
            return null;
        }
        String name = m.group(1);
        SourceRange at = new SourceRange(r.line(), r.column(), r.line(), r.column() + name.length(),
                r.offset(), r.offset() + name.length());
        return new StepReader.Reading(StepKind.CALL, text, new Expr.Name(name, at), null, null, null, context);
    }

    private static boolean isRemark(String note) {
        if (note.isEmpty()) {
            return false;
        }
        if (note.chars().anyMatch(c -> c > 0x7f)) {
            return true;
        }
        return note.indexOf(' ') > 0 && note.indexOf(',') < 0 && note.indexOf('*') < 0 && note.indexOf('&') < 0
                && !note.contains("::") && !TYPE_WORD.matcher(note).matches();
    }

    /**
     * For {@code f <- g} (a callee, {@code <-} written without a blank inside it, a callee): the call
     * {@code f}; else null. {@code x < -y}, with its blank, stays a comparison.
     */
    static Expr returnPathCall(Expr e, String text) {
        if (e instanceof Expr.Binary b && b.op().equals("<") && b.right() instanceof Expr.Unary u && u.op().equals("-")
                && ExpressionKinds.isCallee(b.left()) && ExpressionKinds.isCallee(u.operand()) && text.contains("<-")) {
            return b.left();
        }
        return null;
    }

    /**
     * Whether a bracketed name this far from its callee is a tag: two or more blanks, or one blank before a
     * function's name ({@code ops->write [ext9_write]}, lower case with an underscore inside), where an index
     * would be a counter or a constant ({@code a [i]}, {@code a [MAX_NR]}).
     */
    private static boolean tagSpacing(int blanks, String tag) {
        return blanks >= 2 || blanks == 1 && tag.indexOf('_') > 0 && tag.indexOf('_') < tag.length() - 1
                && tag.chars().noneMatch(Character::isUpperCase);
    }

    /**
     * For {@code f    [tag]} (a callee, two or more blanks, then one word in brackets; several such tags in a
     * row): the call {@code f}; else null. {@code a[i]} and {@code a [i]} stay an index.
     */
    static Expr bracketTagCall(Expr e) {
        Expr target = e;
        while (target instanceof Expr.Index ix && ix.index() instanceof Expr.Name tag
                && ix.target().range().endLine() == ix.index().range().line()
                && tagSpacing(ix.index().range().offset() - 1 - ix.target().range().endOffset(), tag.name())) {
            target = ix.target();
        }
        return target != e && ExpressionKinds.isCallee(target) ? target : null;
    }
}
