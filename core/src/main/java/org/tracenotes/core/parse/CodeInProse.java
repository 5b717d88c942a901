package org.tracenotes.core.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.MarkdownEscapes;

/**
 * The code a line begins with when the grammar could read the whole line only as words. Authors
 * write a step's call and then a note without a comment marker ({@code attach_driver 注意：…},
 * {@code ops->save_iter   ram_save_iter}, {@code hva_to_pfn ④ (先尝试…)}), decorate it
 * ({@code OR: other_path()}, {@code !!skip!! OR f()}, {@code (foreach h) node->poll},
 * {@code [scan_reg x N]}), write C the grammar does not read ({@code DEBUG ((X, "…"));},
 * {@code f(a, b))}, {@code f(a, \"…\",} continued below, {@code slots->arr[].bitmap},
 * {@code struct s v = {.a = 1}}, {@code u64 a, b;}, {@code switch s->state ... note}) or an
 * assembly call or jump ({@code callq target}, {@code jmp asm_common_interrupt}). Each of these is read as the step it starts with; the rest
 * stays in the step's text. A line of plain words is left as words: the leading name must look like
 * code (an underscore, a member, an argument list), an alternative's mark or
 * a code span.
 */
final class CodeInProse {

    private CodeInProse() {
    }

    /**
     * Decorations before the code: an alternative's {@code OR:}, {@code !!emphasis!!} or {@code !!! f}, bold, a
     * code span, a parenthesised note, a loop's label in words ({@code loop: f}: f called over and over) and
     * a run of middle dots eliding the levels before an arrow ({@code ···-> f}), a tree branch drawn without
     * its head ({@code +-  f}) and one carrying a label ({@code +-when encrypted-> f}).
     */
    /** A loop's label in words before a step: {@code loop: f}, {@code Loop：f}, {@code LOOP :  f}. */
    static final Pattern LOOP_LABEL = Pattern.compile("(?:loop|LOOP|Loop)\\s*[:：]\\s*");
    private static final Pattern DECORATION = Pattern.compile(
            "^(?:(?:OR|or|或者|或)\\s*[:：]?\\s+|(?:OR|or)[:：]|!{3,}\\s+|!![^!]*!!\\s*|\\*\\*|`|\\[(?=[A-Za-z_]\\w*_)"
            + "|\\([^()]*\\)\\s*(?=[A-Za-z_])|(?<label>" + LOOP_LABEL.pattern() + ")|·+\\s*(?:-+>|=>)\\s*"
            + "|\\+-+\\s+(?=[A-Za-z_])|\\+-(?=[^>\\s-])[^>]{1,40}?-+>\\s*)");
    /**
     * A name, then members, indexes (empty ones included) or a {@code file.c::fn} scope; an {@code _} in a
     * name may be written {@code \\_}, as Markdown outside code escapes it ({@code start\\_kernel}, read by
     * {@link MarkdownEscapes}); the name's repetitions are possessive, so the alternation never backtracks.
     */
    private static final Pattern CHAIN = Pattern.compile(
            "[A-Za-z_](?:\\w++|\\\\_)*+(?:(?:->|\\.|::)[A-Za-z_](?:\\w++|\\\\_)*+|\\[[^\\]\\n]*\\])*");
    private static final Pattern SEGMENT = Pattern.compile("(->|\\.|::)?([A-Za-z_](?:\\w|\\\\_)*)|\\[[^\\]\\n]*\\]");
    /** An assembly call or jump instruction and its target (a jump into a function is where the trace goes on). */
    private static final Pattern ASM_CALL = Pattern.compile("^(?:call[lqw]?|jmp[lqw]?|bl|jal)\\s+([A-Za-z_][\\w.]*)\\s*$");
    /** A call said in words, ending with the callee: {@code call all listeners log_start()}, {@code 调用 ops->f()}. */
    private static final Pattern CALL_IN_WORDS = Pattern.compile(
            "^(?:[Cc]alls?|调用)\\s+(?:[^()]*\\s)?(?:[A-Za-z_]\\w*(?:->|\\.))*([A-Za-z_]\\w*)\\s*\\([^()]*\\)\\s*$");
    /** An inline assembly statement ({@code asm volatile("lgdt %0" :: "m"(d))}): a call of {@code asm}. */
    private static final Pattern INLINE_ASM = Pattern.compile("^(__asm__|asm)(?:\\s+(?:volatile|__volatile__|goto|inline))*\\s*\\(.*");
    private static final String TYPE_WORDS = "(?:(?:static|const|volatile|extern|struct|union|enum|unsigned|signed|long|short)\\s+)*";
    /** A typed definition whose initialiser the grammar cannot read: {@code struct s v = {.a = 1}}, {@code T x = {}. */
    private static final Pattern DEFINITION = Pattern.compile(
            "^(" + TYPE_WORDS + "[A-Za-z_]\\w*)(\\s+\\**|\\s*\\*+\\s*)([A-Za-z_]\\w*)(?:\\[[^\\]]*\\])*\\s*=\\s*(\\S.*)$");
    /** A table of function pointers: {@code static int (*handlers[])(struct v *v) = {}. */
    private static final Pattern POINTER_TABLE = Pattern.compile(
            "^(" + TYPE_WORDS + "[A-Za-z_]\\w*)(\\s*\\(\\s*\\*)\\s*([A-Za-z_]\\w*)(?:\\[[^\\]]*\\])*\\s*\\)\\s*\\([^()]*\\)\\s*=\\s*(\\S.*)$");
    private static final String PLAIN_TYPE =
            "(" + TYPE_WORDS + "(?:[usUS](?:8|16|32|64)|int|char|bool|void|[A-Za-z_]\\w*_t|(?<=struct |union |enum )[A-Za-z_]\\w*))";
    /** Several declarators of a plain type: {@code u64 a, b;}. */
    private static final Pattern DECLARATORS = Pattern.compile(
            "^" + PLAIN_TYPE + "\\s+\\**([A-Za-z_]\\w*)(?:\\s*,\\s*\\**[A-Za-z_]\\w*)+\\s*;?$");
    /** A variable bound to a register ({@code register void *tos asm("r11");}): a declaration. */
    private static final Pattern REGISTER_VARIABLE = Pattern.compile(
            "^(?:register\\s+)?" + PLAIN_TYPE + "(?:\\s+\\**|\\s*\\*+)\\s*([A-Za-z_]\\w*)\\s+(?:asm|__asm__)\\s*\\(\\s*\"[^\"]*\"\\s*\\)\\s*;?$");
    /** Several declarators of a plain type, the last one initialised: {@code u64 a, b = f(x);}. */
    private static final Pattern DECLARATORS_INITIALISED = Pattern.compile(
            "^" + PLAIN_TYPE + "\\s+\\**([A-Za-z_]\\w*)(?:\\s*,\\s*\\**[A-Za-z_]\\w*)+\\s*=(?!=)\\s*(\\S.*)$");
    /**
     * An assignment the grammar cannot read: to a designated field ({@code .r11 = f(x)}), to a name
     * with its type after a colon ({@code ti:TypeImpl = new_type(i)}), or several on one line
     * ({@code R.A = R.B = 0; EN = 1;}).
     */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^(\\.?)([A-Za-z_]\\w*(?:(?:->|\\.)[A-Za-z_]\\w*|\\[[^\\]\\n]*\\])*)(?:\\s*:\\s*([A-Za-z_]\\w*(?:\\s*\\*+)?))?\\s*=(?!=)\\s*(\\S.*)$");
    /** An ops listing's entry: a designated field and the function it holds ({@code .region_add: ring_add}). */
    private static final Pattern FIELD_BINDING = Pattern.compile("^\\.([A-Za-z_]\\w*)\\s*[:=]\\s*([A-Za-z_]\\w*)\\s*,?$");
    private static final Pattern FILE_NAME = Pattern.compile("\\.(?:c|h|S|rs|py|md)$");
    /** {@code MemoryListener: vfio_listener}: an object named by its type, as a label writes it (a declaration). */
    private static final Pattern TYPED_OBJECT =
            Pattern.compile("^([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)\\s*[:：]\\s*([A-Za-z_]\\w*)$");
    /** {@code ioctl:MAP_DMA}: a call and the constant it is made with, glued by a colon. */
    private static final Pattern CALL_WITH_CONSTANT = Pattern.compile("^([a-z_]\\w*):[A-Z][A-Z0-9]*_[A-Z0-9_]+$");

    /** Whether a line of words is an object named by its type, as a label writes it ({@code MemoryListener: l}). */
    static boolean isTypedObject(String text) {
        return typedObject(text) != null;
    }

    /** The match of {@link #TYPED_OBJECT} on a line of words (type, then name), or null. */
    private static Matcher typedObject(String text) {
        if (text.indexOf(':') <= 0 || !Character.isUpperCase(text.charAt(0))) {
            return null;
        }
        Matcher m = TYPED_OBJECT.matcher(text);
        return m.matches() ? m : null;
    }

    /** The step a line of words starts with, or null when it is words. */
    static StepReader.Reading read(String text, SourceRange range, ParserRuleContext context) {
        if (text.isEmpty() || !mayStartCode(text.charAt(0))) {
            return null;   // the cheap test: every shape below starts with one of these (most notes' words do not)
        }
        Where w = new Where(text, range);
        Matcher m = DEFINITION.matcher(text);
        if (!m.matches() || m.group(1).equals("return")) {
            m = POINTER_TABLE.matcher(text);
        }
        if (m.matches() && !m.group(1).equals("return")) {
            Expr target = name(m.group(3), w, m.start(3));
            SourceRange valueRange = at(w, m.start(4), text.length());
            Expr value = m.group(4).startsWith("{") ? new Expr.InitList(List.of(), valueRange) : new Expr.Omitted(valueRange);
            String type = (m.group(1) + " " + m.group(2).replace("(", "").strip()).strip();
            return new StepReader.Reading(StepKind.ASSIGN, text, new Expr.Assign("=", target, value, range), null, null,
                    type, context);
        }
        m = ASSIGNMENT.matcher(text);
        if (m.matches()) {
            Expr target = chainExpr(m.group(2), w, m.start(2));
            Expr value = new Expr.Omitted(at(w, m.start(4), text.length()));
            String type = m.group(3) == null ? null : m.group(3).strip();
            return new StepReader.Reading(StepKind.ASSIGN, text, new Expr.Assign("=", target, value, range), null, null,
                    type, context);
        }
        m = FIELD_BINDING.matcher(text);
        if (m.matches()) {   // the field is called, landing in the function it holds
            return new StepReader.Reading(StepKind.CALL, text, name(m.group(2), w, m.start(2)), null, null, null, context);
        }
        boolean colon = text.indexOf(':') > 0;
        if ((m = typedObject(text)) != null) {
            return new StepReader.Reading(StepKind.DECLARATION, text, name(m.group(2), w, m.start(2)), null, null,
                    m.group(1), context);
        }
        if (colon && !Character.isUpperCase(text.charAt(0)) && (m = CALL_WITH_CONSTANT.matcher(text)).matches()) {
            return new StepReader.Reading(StepKind.CALL, text,
                    new Expr.Call(name(m.group(1), w, m.start(1)), List.of(), range), null, null, null, context);
        }
        m = DECLARATORS_INITIALISED.matcher(text);
        if (m.matches()) {
            Expr value = new Expr.Omitted(at(w, m.start(3), text.length()));
            return new StepReader.Reading(StepKind.ASSIGN, text,
                    new Expr.Assign("=", name(m.group(2), w, m.start(2)), value, range), null, null, m.group(1), context);
        }
        m = DECLARATORS.matcher(text);
        if (m.matches()) {
            return new StepReader.Reading(StepKind.DECLARATION, text, name(m.group(2), w, m.start(2)), null, null,
                    m.group(1), context);
        }
        if (text.indexOf('"') > 0 && (m = REGISTER_VARIABLE.matcher(text)).matches()) {
            return new StepReader.Reading(StepKind.DECLARATION, text, name(m.group(2), w, m.start(2)), null, null,
                    m.group(1), context);
        }
        m = ASM_CALL.matcher(text);
        if (m.matches()) {
            return new StepReader.Reading(StepKind.CALL, text,
                    new Expr.Call(name(m.group(1), w, m.start(1)), List.of(), range), null, null, null, context);
        }
        m = CALL_IN_WORDS.matcher(text);
        if (m.matches()) {
            return new StepReader.Reading(StepKind.CALL, text,
                    new Expr.Call(name(m.group(1), w, m.start(1)), List.of(), range), null, null, null, context);
        }
        m = INLINE_ASM.matcher(text);
        if (m.matches()) {
            return new StepReader.Reading(StepKind.CALL, text,
                    new Expr.Call(name(m.group(1), w, 0), List.of(), range), null, null, null, context);
        }
        StepKind kind = StepKind.CALL;
        int at = 0;
        boolean marked = false;   // an alternative's OR, emphasis or a code span says code follows
        if (text.startsWith("switch ") || text.startsWith("switch(")) {
            kind = StepKind.SWITCH;
            at = skipSpaces(text, "switch".length());
        } else {
            for (Matcher d = DECORATION.matcher(text); at < text.length(); d = DECORATION.matcher(text.substring(at))) {
                if (!d.lookingAt() || d.end() == 0) {
                    break;
                }
                marked |= d.group("label") != null || "Oo或!`·+".indexOf(text.charAt(at)) >= 0;
                at += d.end();
            }
        }
        Matcher chain = CHAIN.matcher(text).region(at, text.length());
        if (!chain.lookingAt() || FILE_NAME.matcher(chain.group()).find()) {
            return null;
        }
        int end = chain.end();
        int open = skipSpaces(text, end);
        int close = open < text.length() && text.charAt(open) == '(' ? closingParen(text, open) : -1;
        boolean arguments = close >= 0;
        int tail = arguments ? close : end;
        if (tail < text.length() && !endsCode(text.charAt(tail)) || operatorAfter(text, tail) && !innerArrow(text, tail)) {
            return null;
        }
        String callee = chain.group();
        boolean code = kind == StepKind.SWITCH || arguments || marked || innerArrow(text, tail) || bracketNoteAfter(text, tail)
                || !callee.chars().allMatch(Character::isLetterOrDigit);   // an underscore, a member, an index
        if (!code) {
            return null;
        }
        Expr e = chainExpr(callee, w, chain.start());
        if (arguments) {
            e = new Expr.Call(e, List.of(), at(w, chain.start(), Math.min(close, text.length())));
        }
        return new StepReader.Reading(kind, text, e, null, null, null, context);
    }

    /**
     * Whether {@code c} can start a line {@link #read} reads as code: an ASCII letter or {@code _} (a name,
     * a type, a keyword), {@code .} (a designated field), or the first character of a decoration
     * ({@code OR}/{@code 或}, {@code !}, {@code **}, a code span, {@code [}, {@code (}, {@code ·}, {@code +-}),
     * or of a call in words ({@code 调用}).
     */
    private static boolean mayStartCode(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || "_.!*`[(+\u00b7\u6216\u8c03".indexOf(c) >= 0;
    }

    /**
     * The index just past the parenthesis closing the one at {@code open}; the end of the text when it
     * is not closed on the line (arguments spilling onto the next lines).
     */
    private static int closingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** What may follow the code a line starts with: a space before a note, punctuation, an inner arrow, CJK. */
    private static boolean endsCode(char c) {
        return Character.isWhitespace(c) || ":;?,)]}-{*`".indexOf(c) >= 0 || c > 0x7f;
    }

    /**
     * Whether the line ends with a note in brackets after a blank that no index could be: words or CJK
     * ({@code vmlaunch [指令]}, {@code schedule [may sleep]}); {@code a [i]} is an index.
     */
    private static boolean bracketNoteAfter(String text, int tail) {
        int i = skipSpaces(text, tail);
        if (i == tail || i >= text.length() || text.charAt(i) != '[' || text.charAt(text.length() - 1) != ']') {
            return false;
        }
        for (int k = i + 1; k < text.length() - 1; k++) {
            char c = text.charAt(k);
            if (c == '[' || c == ']') {
                return false;
            }
            if (c > 0x7f || c == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether an operator follows ({@code f() && x)}): an expression the grammar could not read, no call with a note. */
    private static boolean operatorAfter(String text, int tail) {
        int i = skipSpaces(text, tail);
        return i < text.length() && "&|=!<>+/%^".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether an inner arrow follows: {@code decode --> decode_umc}, {@code fd_add +-> __fd_add} chain two names,
     * {@code f <- g} draws the way back to the caller, a long arrow of equals signs points at a remark
     * ({@code f ====> words}, {@code f ==> note}; {@code a == b} and {@code a >= b} are no arrows).
     */
    private static boolean innerArrow(String text, int tail) {
        int i = skipSpaces(text, tail);
        return text.startsWith("--", i) || text.startsWith("->", i) || text.startsWith("=>", i)
                || text.startsWith("<-", i) || text.startsWith("+-", i) && arrowEnd(text, i + 1, '-')
                || text.startsWith("==", i) && arrowEnd(text, i, '=');
    }

    /**
     * Whether a run of {@code shaft} from {@code i} ends in {@code >}: the rest of a tree arrow {@code +->},
     * {@code +--->}, or a long arrow {@code ====>}.
     */
    private static boolean arrowEnd(String text, int i, char shaft) {
        while (i < text.length() && text.charAt(i) == shaft) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '>';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@code a->b.c}: a name, then members; {@code file.c::fn} is {@code fn}; an index keeps its target. */
    private static Expr chainExpr(String chain, Where w, int start) {
        Expr e = null;
        Matcher s = SEGMENT.matcher(chain);
        while (s.find()) {
            SourceRange r = at(w, start, start + s.end());
            if (s.group(2) == null) {
                e = new Expr.Index(e, new Expr.Omitted(r), r);
            } else if (e == null || "::".equals(s.group(1))) {
                e = name(s.group(2), w, start + s.start(2));
            } else {
                e = new Expr.Member(e, MarkdownEscapes.plain(s.group(2)), "->".equals(s.group(1)), r);
            }
        }
        return e;
    }

    /** The name at {@code start}, its Markdown escapes ({@code \\_}) read as the characters they stand for. */
    private static Expr.Name name(String name, Where w, int start) {
        return new Expr.Name(MarkdownEscapes.plain(name), at(w, start, start + name.length()));
    }

    /** A line's text and the range it stands at: columns count code points, indexes into the text UTF-16 units. */
    private record Where(String text, SourceRange range) { }

    /** The range of characters {@code from}..{@code to} of a text starting at {@code w.range}, on its first line. */
    private static SourceRange at(Where w, int from, int to) {
        SourceRange range = w.range();
        int column = range.column() + w.text().codePointCount(0, from);
        return new SourceRange(range.line(), column, range.line(), column + w.text().codePointCount(from, to),
                range.offset() + from, range.offset() + to);
    }
}
