package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.ListNumbers;

/**
 * What a list item in words does, when a walk-through is written as a list (bullets, quoted bullets, numbers):
 * an item is one step, so an author who writes a condition as an item writes its consequence on the same
 * line, and an item that says it calls names the callee in its words. Only items read as words are asked;
 * lines that are not list items (a sentence in a fenced tree) keep {@link ConditionWords}' reading.
 * <pre>
 * - 若缓存为空，则调用refill补充          an if: a condition opens it, its consequence after the comma
 * - count == 0，则直接返回               an if: a first clause, then 则 (then)
 * - 判断请求是否合法，否则丢弃            an if: a test in words (判断 … 是否, whether)
 * - If the ring is full, drop the frame  an if;  비어 있으면, refill 호출: an if (the clause ends in 면)
 * - 调用refill补充本地缓存                a call: 调用 (calls) and the callee's name, in a clause of its own
 * - refill补充本地缓存                    a call, in a list whose items so write a name and what it does
 * - cache.head 初始化                     words: a field and what is done to it, no function
 * </pre>
 */
final class ItemSentences {

    private ItemSentences() {
    }

    /** Items that name a function and then say what it does, in a block, before that is its author's way. */
    private static final int NAME_LED_ITEMS = 2;
    /** CJK characters that may stand between 调用 and the callee's name ({@code 调用系统调用clone}). */
    private static final int WORDS_BEFORE_CALLEE = 4;

    /** {@code lines} with each list item in words read by what it does; {@code lines} itself when none changes. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        List<TraceLine> out = null;
        int nameLed = -1;   // counted once, when a first item in words asks
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (r == null || r.inline() != null || !(r.kind() == StepKind.PROSE && r.expression() == null || r.kind() == StepKind.CALL)
                    || r.text().isEmpty() || !RootlessForests.opensItem(RootlessForests.lead(source, l.line(), fenced))) {
                continue;   // the cheap tests first: most lines are code, or no item
            }
            String s = afterNumber(r.text());
            StepKind kind;
            if (r.kind() == StepKind.CALL) {
                kind = fieldInWords(s, l) ? StepKind.PROSE : StepKind.CALL;
            } else if (SentenceOpenings.of(SentenceKinds.of(WordedAssignments.of(StepKind.PROSE, l), l), l) != StepKind.PROSE) {
                continue;   // `调用 `f``, `当 … 时`, `返回 …`: the sentence rules' reading stands
            } else {
                kind = conditionKind(s);
                if (kind == StepKind.PROSE && callsInWords(s)) {
                    kind = StepKind.CALL;
                }
                if (kind == StepKind.PROSE && nameThenWords(s) > 0) {
                    nameLed = nameLed < 0 ? nameLedItems(lines, source, fenced) : nameLed;
                    kind = nameLed >= NAME_LED_ITEMS ? StepKind.CALL : kind;
                }
            }
            if (kind != r.kind()) {
                out = out == null ? new ArrayList<>(lines) : out;
                out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(),
                        new StepReader.Reading(kind, r.text(), kind == StepKind.PROSE ? null : r.expression(), null, r.label(),
                                r.declaredType(), r.context()), l.range(), l.comments()));
            }
        }
        return out == null ? lines : out;
    }

    /** How many items in words of {@code lines} open with a name and go on in words ({@link #nameThenWords}). */
    private static int nameLedItems(List<TraceLine> lines, SourceText source, boolean fenced) {
        int n = 0;
        for (TraceLine l : lines) {
            StepReader.Reading r = l.reading();
            if (r != null && r.kind() == StepKind.PROSE && r.expression() == null && nameThenWords(afterNumber(r.text())) > 0
                    && RootlessForests.opensItem(RootlessForests.lead(source, l.line(), fenced))) {
                n++;
            }
        }
        return n;
    }

    /** The text after an item's number when the reading kept it ({@code 3. 调用 …}, {@code (2) …}). */
    private static String afterNumber(String text) {
        char c = text.charAt(0);
        if (!(c >= '0' && c <= '9' || c == '(' || c == '\uFF08' || c >= '\u2460' && c <= '\u2487')) {
            return text;
        }
        int end = ListNumbers.plainEnd(text, ListNumbers.Separators.STEPS);
        if (end < 0) {
            end = ListNumbers.end(text);
        }
        return end > 0 && end < text.length() ? text.substring(end).strip() : text;
    }

    /**
     * The kind of an item by its condition words: {@link ConditionWords}' reading, and an {@code if} also for a
     * condition stating its consequence after a comma, a first clause followed by 则, a comparison in the first
     * clause of a sentence that goes on with 则, a test in words ({@code 判断 … 是否}), {@code If …} in English, a
     * first clause ending in 면 (Korean) or 場合 / なら (Japanese); an {@code else} for {@code Otherwise, …}.
     */
    static StepKind conditionKind(String s) {
        StepKind kind = ConditionWords.kindOf(s);
        if (kind != StepKind.PROSE) {
            return kind;
        }
        if (ConditionWords.opensCondition(s) || s.startsWith("If ") || s.startsWith("if ")) {
            return StepKind.IF;
        }
        if (s.startsWith("Otherwise") || s.startsWith("otherwise") || s.startsWith("Else,")) {
            return StepKind.ELSE;
        }
        int comma = firstClauseEnd(s);
        if (comma > 0) {
            String first = s.substring(0, comma).stripTrailing();
            int p = comma + 1;
            while (p < s.length() && s.charAt(p) == ' ') {
                p++;
            }
            if (p < s.length() && s.charAt(p) == '\u5219' || first.endsWith("\uBA74") || first.endsWith("\uACBD\uC6B0")
                    || first.endsWith("\u5834\u5408") || first.endsWith("\u306A\u3089")) {
                return StepKind.IF;   // …，则 … (then); …면, … ; …경우, … ; …場合、… ; …なら、…
            }
        }
        if (s.indexOf('\u5219') > 0 && comparesInFirstClause(s, comma > 0 ? comma : s.length())) {
            return StepKind.IF;   // `p==nil.` and what is tried, then 则 …
        }
        return s.startsWith("\u5224\u65AD") && s.indexOf("\u662F\u5426") > 0 ? StepKind.IF : StepKind.PROSE;   // 判断 … 是否
    }

    /** Where the first clause of {@code s} ends: its first comma (wide or narrow, or 、) outside code spans, or -1. */
    private static int firstClauseEnd(String s) {
        boolean code = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && (c == '\uFF0C' || c == ',' || c == '\u3001')) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code s} before {@code end} compares: {@code ==}, {@code !=}, {@code <=}, {@code >=}. */
    private static boolean comparesInFirstClause(String s, int end) {
        for (int i = 1; i < end; i++) {
            if (s.charAt(i) == '=' && "=!<>".indexOf(s.charAt(i - 1)) >= 0 && (i < 2 || s.charAt(i - 2) != '=')
                    && (i + 1 >= s.length() || s.charAt(i + 1) != '=' && s.charAt(i + 1) != '>')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an item says it calls: 调用 (calls) opening it or a clause of it (after a comma, a colon or a
     * semicolon, past one adverb such as 并 or 然后), then the callee's name, in a code span or plain, at most
     * {@value #WORDS_BEFORE_CALLEE} characters of words ({@code 系统调用}, the system call) between. 调用 after
     * a condition's 则 is that condition's consequence, no call of the item's own.
     */
    static boolean callsInWords(String s) {
        for (int k = s.indexOf("\u8C03\u7528"); k >= 0; k = s.indexOf("\u8C03\u7528", k + 2)) {
            if (PlainTextCalls.opensClause(s, k) && calleeAfter(s, k + 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean calleeAfter(String s, int q) {
        int words = 0;
        while (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '\uFF1A' || s.charAt(q) == ':'
                || s.charAt(q) >= '\u4E00' && s.charAt(q) <= '\u9FFF' && words++ < WORDS_BEFORE_CALLEE)) {
            q++;
        }
        if (q < s.length() && s.charAt(q) == '`') {
            q++;
        }
        int e = q;
        while (e < s.length() && PlainTextCalls.isNamePart(s.charAt(e))) {
            e++;
        }
        return e - q >= 2 && PlainTextCalls.isNameStart(s.charAt(q)) && (e == s.length() || s.charAt(e) != '.' || e + 1 < s.length()
                && PlainTextCalls.isNameStart(s.charAt(e + 1)));
    }

    /**
     * Where the words start in an item that opens with a function's name, its arguments perhaps, and goes on in
     * words, a colon or a comma between or none ({@code refill补充}, {@code drain：归还}, {@code put(x) 和 …});
     * 0 for any other item. A name followed by a member ({@code cache.head 初始化}) is a field, no function.
     */
    static int nameThenWords(String s) {
        if (s.isEmpty() || !PlainTextCalls.isNameStart(s.charAt(0))) {
            return 0;
        }
        int e = 1;
        while (e < s.length() && PlainTextCalls.isNamePart(s.charAt(e))) {
            e++;
        }
        if (e < 3) {
            return 0;
        }
        if (e < s.length() && s.charAt(e) == '(') {
            int close = s.indexOf(')', e);
            if (close < 0) {
                return 0;
            }
            e = close + 1;
        }
        int p = e;
        while (p < s.length() && (s.charAt(p) == ' ' || "\uFF1A:\uFF0C,".indexOf(s.charAt(p)) >= 0)) {
            p++;
        }
        return p < s.length() && s.charAt(p) >= '\u4E00' && s.charAt(p) <= '\u9FFF' ? p : 0;
    }

    /**
     * Whether an item read as a call is a member path and words ({@code cache.head 初始化}, the words its trailing
     * note): a field and what is done to it, no function.
     */
    static boolean fieldInWords(String s, TraceLine l) {
        if (s.isEmpty() || !PlainTextCalls.isNameStart(s.charAt(0)) || s.indexOf('.') < 0 || l.comments().isEmpty()) {
            return false;
        }
        for (int e = 0; e < s.length(); e++) {
            if (!PlainTextCalls.isNamePart(s.charAt(e)) && s.charAt(e) != '.') {
                return false;   // a call's arguments, an arrow: code
            }
        }
        String note = l.comments().get(0).text().strip();
        return l.comments().get(0).marker().isEmpty() && !note.isEmpty() && note.charAt(0) >= '\u4E00' && note.charAt(0) <= '\u9FFF';
    }
}
