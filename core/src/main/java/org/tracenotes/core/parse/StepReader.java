package org.tracenotes.core.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.TraceParser;

/** Reads what one payload says: its kind, main expression, inline statement, label, declared type. */
final class StepReader {

    private static final Pattern PROSE_LOOP =
            Pattern.compile("^(?:loop\\b|for (?:each|every|all)\\b|foreach\\b|(?:针对|对于)?每个)|遍历|循环|迭代(?!器)", Pattern.CASE_INSENSITIVE);
    /**
     * Words naming every one of something in mid-sentence ({@code compare old and new every range[]},
     * {@code 然后对每个槽位…}): a loop in words when a body follows below it (what is done each time);
     * alone, a step in words ({@code walk every page}).
     */
    private static final Pattern LOOP_MID_SENTENCE =
            Pattern.compile("(?<=\\s)(?:every|for each)\\s+\\w|(?:针对|对于|对)每一?个", Pattern.CASE_INSENSITIVE);

    /** Whether a step in words names every one of something mid-sentence; a loop if it has a body. */
    static boolean loopMidSentence(String text) {
        return LOOP_MID_SENTENCE.matcher(text).find();
    }

    /**
     * A statement keyword whose rest the grammar cannot read ({@code return x ? (a * b) :} cut off,
     * {@code return a |} continued below, a bare {@code if} whose condition follows): the keyword's kind.
     * {@code if}, {@code while}, {@code for} and {@code switch} followed by words need a sign of code
     * after them ({@code for example, …} stays words).
     */
    private static final Pattern KEYWORD_LED = Pattern.compile(
            "^(?:(return|else\\s+if|else)(?![\\w-])(?!\\s+(?:to|from|into|back)\\s+\\p{L})|(if|while|for|switch)(?:\\s*$|\\s*\\(|\\s+(?=.*[_()&|=<>!*?\\[\\]])))");
    /** A loop macro's name in any case: {@code CPU_FOREACH}, {@code QLIST_FOREACH_SAFE}, {@code hash_for_each}. */
    static final Pattern LOOP_MACRO = Pattern.compile("(?:^|_)(?:for_each|foreach)(?:_|$)", Pattern.CASE_INSENSITIVE);
    /** A constant's name: upper case, digits and at least one underscore ({@code EXIT_REASON_IO}). */
    static final Pattern CASE_CONSTANT = Pattern.compile("^[A-Z][A-Z0-9]*_[A-Z0-9_]+$");

    /** What a payload says. {@code inline} is the statement after a condition, or null. */
    /** A name, then an argument list holding words the grammar cannot read, and nothing after it. */
    private static final Pattern CALL_WITH_WORDS =
            Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*\\((?=[^)]*[^\\x00-\\x7F])[^()]*\\)\\s*;?$");
    /** A loop or branch written with its condition left out, {@code while()}: a head, no call of {@code while}. */
    private static final Pattern EMPTY_HEAD = Pattern.compile("(?:if|while|for|switch)\\s*\\(\\s*\\)\\s*;?");

    /** {@code Type *name}: a space before the star, none after it. */
    private static final Pattern POINTER_DECLARATION = Pattern.compile("^[A-Za-z_]\\w*\\s+\\*+[A-Za-z_]\\w*\\s*;?$");

    record Reading(StepKind kind, String text, Expr expression, Reading inline, String label, String declaredType,
                   ParserRuleContext context) { }

    private final ExpressionBuilder exprs;

    StepReader(ExpressionBuilder exprs) {
        this.exprs = exprs;
    }

    /** Whether {@code text} holds only {@code }} (blanks between), a {@code ;} after the last perhaps. */
    static boolean closersOnly(String text) {
        int end = text.endsWith(";") ? text.length() - 1 : text.length();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c != '}' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    Reading read(TraceParser.PayloadContext payload) {
        if (payload.prose() != null) {
            return prose(payload.prose());
        }
        if (payload.statement() == null) {
            return new Reading(StepKind.BRACE, "{", null, null, null, null, payload);
        }
        return statement(payload.statement());
    }

    Reading prose(ParserRuleContext prose) {
        String text = exprs.text(prose);
        if (text.length() > 1 && text.charAt(0) == '}' && closersOnly(text)) {
            return new Reading(StepKind.BRACE, text, null, null, null, null, prose);   // `}}}}`: one line closing several bodies
        }
        String numbered = StepLabels.afterSubNumber(text);   // `（2）调用 f()`: a sub-step's number, then the step
        return numbered == null ? prose(text, prose) : StepLabels.relabelled(prose(numbered, prose), text);
    }

    private Reading prose(String text, ParserRuleContext prose) {
        if (labelledLoop(text)) {
            Reading called = CodeInProse.read(text, exprs.range(prose), prose);   // `loop: f`: f, called over and over
            if (called != null) {
                return called;
            }
        }
        Reading guarded = endsWithLogicalOperator(text) ? guardedCall(text.stripTrailing(), prose) : null;
        if (guarded != null) {
            return guarded;   // `ready(x) &&` continued below: the call it starts with guards the rest
        }
        StepKind kind = PROSE_LOOP.matcher(text.toLowerCase(Locale.ROOT)).find() || misspeltForeach(text) ? StepKind.LOOP
                : ConditionWords.kindOf(text);
        kind = kind == StepKind.PROSE && EMPTY_HEAD.matcher(text).matches() ? keywordKind(text) : kind;   // `while()`: its condition left out
        String caseLabel = kind == StepKind.PROSE ? OneLineCases.label(text) : null;
        if (caseLabel != null) {
            // `case X_NEW : create_x(); break;`: a case with its statements beside it
            return caseLabel.equals("default") ? new Reading(StepKind.CASE, text, null, null, "default", null, prose)
                    : new Reading(StepKind.CASE, text, new Expr.Name(caseLabel, exprs.range(prose)), null, null, null, prose);
        }
        Matcher call = CALL_WITH_WORDS.matcher(text);
        if (kind == StepKind.PROSE && call.matches()) {
            // `migration_iteration_run(简单描述可能执行到的函数)`: a call whose arguments are words
            SourceRange r = exprs.range(prose);
            String name = call.group(1);
            SourceRange nameRange = new SourceRange(r.line(), r.column(), r.line(), r.column() + name.length(),
                    r.offset(), r.offset() + name.length());
            return new Reading(StepKind.CALL, text, new Expr.Call(new Expr.Name(name, nameRange), List.of(), r), null,
                    null, null, prose);
        }
        Reading code = kind == StepKind.PROSE ? QualifiedCalls.read(text, exprs.range(prose), prose) : null;   // `fs/x.c::f`
        code = code == null && kind == StepKind.PROSE ? CodeInProse.read(text, exprs.range(prose), prose) : code;
        code = code == null && kind == StepKind.PROSE ? TrailingCallNotes.eventBraces(text, exprs.range(prose), prose) : code;
        code = code == null && kind == StepKind.PROSE ? TrailingCallNotes.angleNote(text, exprs.range(prose), prose) : code;
        code = code == null && kind == StepKind.PROSE ? TrailingCallNotes.fullStop(text, exprs.range(prose), prose) : code;   // `f.`
        code = code == null && kind == StepKind.PROSE ? StepLabels.read(text, exprs.range(prose), prose) : code;   // `[Step 2] f()`
        code = code == null && kind == StepKind.PROSE ? ImplementedByNotes.read(text, exprs.range(prose), prose) : code;   // `f<==>ops->g`
        if (code == null && kind == StepKind.PROSE) {
            kind = keywordKind(text);
        }
        return code != null ? code : new Reading(kind, text, null, null, null, null, prose);
    }

    /** For a line stopping on {@code &&} or {@code ||} and starting with a call: that call; else null. */
    private Reading guardedCall(String text, ParserRuleContext prose) {
        Reading r = CodeInProse.read(text.substring(0, text.length() - 2).strip(), exprs.range(prose), prose);
        return r == null || r.kind() != StepKind.CALL || !(r.expression() instanceof Expr.Call) ? null
                : new Reading(StepKind.CALL, text, r.expression(), null, null, null, prose);
    }

    /**
     * Whether a step's text stops on {@code &&} or {@code ||} (trailing blanks aside): the condition goes on
     * on the next line.
     */
    static boolean endsWithLogicalOperator(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end >= 2 && (text.startsWith("&&", end - 2) || text.startsWith("||", end - 2));
    }

    /** Whether words start with a loop's label, {@code loop:} (a call made over and over follows it). */
    private static boolean labelledLoop(String text) {
        Matcher label = CodeInProse.LOOP_LABEL.matcher(text);
        return label.lookingAt() && label.end() < text.length();
    }

    /**
     * The kind of the statement keyword a line of unreadable code starts with, else prose. A return said in
     * words ({@code return to user space}, {@code return from the interrupt}) is prose: C returns a value,
     * never a preposition and a word.
     */
    static StepKind keywordKind(String text) {
        Matcher m = KEYWORD_LED.matcher(text);
        if (!m.lookingAt()) {
            return StepKind.PROSE;
        }
        String keyword = m.group(1) != null ? m.group(1) : m.group(2);
        return switch (keyword) {
            case "return" -> StepKind.RETURN;
            case "else" -> StepKind.ELSE;
            case "if" -> StepKind.IF;
            case "while", "for" -> StepKind.LOOP;
            case "switch" -> StepKind.SWITCH;
            default -> StepKind.ELSE_IF;   // else if
        };
    }

    /**
     * Whether words start with {@code foreach} typed one letter wrong ({@code foeach rmapp in …},
     * {@code forech x}, {@code froeach x}): a loop in words, as authors mean it.
     */
    static boolean misspeltForeach(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == text.length() || text.charAt(end) != ' ') {
            return false;   // one word followed by more words
        }
        return oneEditApart(text.substring(0, end).toLowerCase(Locale.ROOT), "foreach");
    }

    /** Whether two words differ by one inserted, dropped or changed letter, or two neighbours swapped. */
    private static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1)) || i + 1 < a.length()
                    && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }

    Reading statement(TraceParser.StatementContext st) {
        String text = exprs.text(st);
        if (st instanceof TraceParser.IfStatementContext s) {
            return ifHead(StepKind.IF, s.ifHead(), text, st);
        }
        if (st instanceof TraceParser.ElseStatementContext s) {
            if (s.ifHead() != null) {
                return ifHead(StepKind.ELSE_IF, s.ifHead(), text, st);
            }
            return new Reading(StepKind.ELSE, text, null, inline(s.inlineBody()), null, null, st);
        }
        if (st instanceof TraceParser.SwitchStatementContext s) {
            return new Reading(StepKind.SWITCH, text, exprs.expression(s.expression()), null, null, null, st);
        }
        if (st instanceof TraceParser.CaseStatementContext s) {
            return new Reading(StepKind.CASE, text, exprs.expression(s.expression(0)), inline(s.inlineBody()),
                    null, null, st);
        }
        if (st instanceof TraceParser.DefaultStatementContext s) {
            return new Reading(StepKind.CASE, text, null, inline(s.inlineBody()), "default", null, st);
        }
        if (st instanceof TraceParser.LoopStatementContext s) {
            return loop(s.loopHead(), text, st);
        }
        if (st instanceof TraceParser.ReturnStatementContext s) {
            return new Reading(StepKind.RETURN, text, s.expression() == null ? null : exprs.expression(s.expression()),
                    null, null, null, st);
        }
        if (st instanceof TraceParser.GotoStatementContext s) {
            return new Reading(StepKind.GOTO, text, null, null, s.IDENT().getText(), null, st);
        }
        if (st instanceof TraceParser.BreakStatementContext s) {
            return new Reading(StepKind.BREAK, text, s.expression() == null ? null : exprs.expression(s.expression()),
                    null, null, null, st);
        }
        if (st instanceof TraceParser.ContinueStatementContext s) {
            return new Reading(StepKind.CONTINUE, text,
                    s.expression() == null ? null : exprs.expression(s.expression()), null, null, null, st);
        }
        if (st instanceof TraceParser.LabelStatementContext s) {
            String name = s.IDENT().getText();
            if (CASE_CONSTANT.matcher(name).matches()) {
                // `VFIO_GROUP_GET_DEVICE_FD:`: a constant is a case label written without `case`
                Expr value = new Expr.Name(name, exprs.range(s.IDENT().getSymbol()));
                return new Reading(StepKind.CASE, text, value, null, null, null, st);
            }
            return new Reading(StepKind.LABEL, text, null, null, name, null, st);
        }
        if (st instanceof TraceParser.CloseBraceStatementContext) {
            return new Reading(StepKind.BRACE, text, null, null, null, null, st);
        }
        if (st instanceof TraceParser.PrototypeStatementContext s) {
            return new Reading(StepKind.DECLARATION, text, null, null, s.declarator().IDENT().getText(),
                    s.declSpecifiers() != null ? exprs.typeText(s.declSpecifiers()) : s.IDENT().getText(), st);
        }
        if (st instanceof TraceParser.DeclarationStatementContext s) {
            return declaration(s.declaration(), text, st);
        }
        TraceParser.ExpressionStatementContext s = (TraceParser.ExpressionStatementContext) st;
        Expr e = exprs.expression(s.expression());
        if (e instanceof Expr.Binary b && b.op().equals("*") && b.left() instanceof Expr.Name type
                && b.right() instanceof Expr.Name && POINTER_DECLARATION.matcher(text).matches()) {
            // `BitProperty *fp`: a statement that is a type, a star at the name and a name declares a pointer
            return new Reading(StepKind.DECLARATION, text, b.right(), null, null, type.name() + " *", st);
        }
        StepKind kind = ExpressionKinds.of(e);
        if (kind == StepKind.CALL && e instanceof Expr.Call c && c.callee() instanceof Expr.Name n
                && LOOP_MACRO.matcher(n.name()).find()) {
            kind = StepKind.LOOP;   // `CPU_FOREACH(cpu)`, `QTAILQ_FOREACH(v, &head, next)`: a loop macro
        } else if (kind == StepKind.CALL && e instanceof Expr.Call c && c.callee() instanceof Expr.Name n && ReturnMacros.isReturnMacro(n.name())) {
            kind = StepKind.RETURN;   // `DBUG_RETURN(err)`: a macro that returns
        }
        if (kind == StepKind.EXPRESSION && e instanceof Expr.Binary b && b.op().equals("-")) {
            Reading located = QualifiedCalls.read(text, exprs.range(st), st);   // `mm/x.c - f()`: a path minus a call, to the grammar
            if (located != null) {
                return located;
            }
        }
        if (kind == StepKind.EXPRESSION && text.startsWith("+-")) {
            Reading drawn = CodeInProse.read(text, exprs.range(st), st);   // `+-  f <- g`: a branch drawn without its head
            if (drawn != null) {
                return drawn;
            }
        }
        Expr called = TrailingCallNotes.returnPathCall(e, text);   // `kmalloc <- slab_alloc`: the call, its return drawn back
        called = called == null ? TrailingCallNotes.bracketTagCall(e) : called;   // `blk_read    [co]`: a tag after the call
        if (called != null) {
            return new Reading(StepKind.CALL, text, called, null, null, null, st);
        }
        kind = kind == StepKind.CALL && FlagValues.isFlagWithValue(text) ? StepKind.PROSE : kind;   // `PRINT_TASKS (0x01)`
        return new Reading(kind, text, e, null, null, null, st);
    }

    private Reading declaration(TraceParser.DeclarationContext d, String text, ParserRuleContext st) {
        String type = d.declSpecifiers() != null ? exprs.typeText(d.declSpecifiers()) : d.IDENT().getText();
        String stars = "*".repeat(d.declarator().STAR().size());
        String declared = (type + " " + stars).strip();
        TraceParser.DeclaratorContext decl = d.declarator();
        Expr target = new Expr.Name(decl.IDENT().getText(), exprs.range(decl.IDENT().getSymbol()));
        if (d.expression() == null) {
            return new Reading(StepKind.DECLARATION, text, target, null, null, declared, st);
        }
        Expr value = exprs.expression(d.expression());
        Expr assign = new Expr.Assign("=", target, value, exprs.range(d));
        return new Reading(StepKind.ASSIGN, text, assign, null, null, declared, st);
    }

    private Reading ifHead(StepKind kind, TraceParser.IfHeadContext h, String text, ParserRuleContext st) {
        Expr condition = h.expression() == null ? null : exprs.expression(h.expression());
        return new Reading(kind, text, condition, inline(h.inlineBody()), null, null, st);
    }

    private Reading loop(TraceParser.LoopHeadContext h, String text, ParserRuleContext st) {
        Expr e = null;
        List<TraceParser.ExpressionContext> es = h.expression();
        if (h.FOREACH() != null && h.arguments() != null) {
            e = new Expr.Call(new Expr.Name(h.FOREACH().getText(), exprs.range(h.FOREACH().getSymbol())),
                    exprs.arguments(h.arguments()), exprs.range(h));
        } else if (h.FOREACH() != null) {
            e = new Expr.Name(h.FOREACH().getText(), exprs.range(h.FOREACH().getSymbol()));
        } else if (h.WHILE() != null && !es.isEmpty()) {
            e = exprs.expression(es.get(0));
        } else if (h.FOR() != null && h.SEMI().size() == 2) {
            // for (init; cond; step): the condition is the expression between the semicolons
            for (TraceParser.ExpressionContext x : es) {
                if (x.getStart().getTokenIndex() > h.SEMI(0).getSymbol().getTokenIndex()
                        && x.getStop().getTokenIndex() < h.SEMI(1).getSymbol().getTokenIndex()) {
                    e = exprs.expression(x);
                }
            }
        }
        boolean callback = h.FOREACH() != null && h.inlineBody() == null
                && (callbackIterator(h.FOREACH().getText()) || e instanceof Expr.Call c && ExpressionKinds.constantFirst(c));
        return new Reading(callback ? StepKind.CALL : StepKind.LOOP, text, e, inline(h.inlineBody()), null, null, st);
    }

    /**
     * Iterators that are functions taking a callback, not loop macros: the driver model's walks over a
     * bus, class, driver or device ({@code bus_for_each_drv(bus, NULL, &d, attach)}), {@code idr_for_each},
     * and a {@code foreach} in lower case written as one word ({@code qemu_opt_foreach},
     * {@code g_hash_table_foreach}); loop macros are {@code for_each_*}, {@code list_for_each_entry},
     * {@code QTAILQ_FOREACH}. A call of one visits the callback for each item, which is written under it.
     */
    static boolean callbackIterator(String name) {
        return CALLBACK_ITERATOR.matcher(name).matches();
    }

    private static final Pattern CALLBACK_ITERATOR =
            Pattern.compile("(?:bus|class|driver|device|idr)_for_each(?:_\\w+)?|[a-z]\\w*_foreach(?:_[a-z]\\w*)?");

    private Reading inline(TraceParser.InlineBodyContext body) {
        return body == null ? null : statement(body.statement());
    }

    /** Parameter names of a prototype ({@code int foo(struct dev *d, int)} gives {@code d, int}). */
    static List<String> prototypeParameters(ParserRuleContext ctx) {
        if (!(ctx instanceof TraceParser.PrototypeStatementContext p) || p.parameters() == null) {
            return List.of();
        }
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (TraceParser.ParameterContext param : p.parameters().parameter()) {
            if (param.declarator() != null) {
                names.add(param.declarator().IDENT().getText());
            } else {
                names.add(param.getText());
            }
        }
        if (p.parameters().ELLIPSIS() != null) {
            names.add("...");
        }
        return names;
    }
}
