package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.TrailingNote;

/**
 * A step written as a C-shaped declaration with a braced initialiser, which the expression reader takes
 * for a call or words (in code-shaped traces, {@code CodeShapedTraces}): {@code gadget_args args{ .flags = 1 }}
 * or {@code part *p{ a, b }} declares a variable and gives it a value, an assignment. Only that shape:
 * a type that is one C identifier and no keyword, blanks or stars, a variable's name (an identifier led
 * by a lower-case letter or {@code _}), then braces that end the line and hold no {@code ;}. So
 * {@code new Widget{cfg}} and {@code throw Error{code}} (a temporary of a type), {@code struct foo{ int a; }}
 * (a type's definition) and words in another script stay what they were read as. Only the kind is
 * corrected; the step's expression stays the one read. (A prototype written as a step, {@code f(int a,
 * long b)}, is not this shape and stays a call.) The cheap test comes first: the text's last non-blank
 * character.
 *
 * <p>A sentence that says it calls, {@code Calls dev_probe()} or {@code invokes f(x)}, has a prototype's
 * shape too, a verb standing where the return type would: a call, not a declaration.
 */
final class DeclaredSteps {

    private DeclaredSteps() {
    }

    /** The kind of {@code line}'s step, {@code kind} as read, corrected when it is a declaration read as a call. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (kind == StepKind.DECLARATION && r != null && callVerb(r.declaredType())) {
            return StepKind.CALL;   // `Calls dev_probe()`: the verb is no return type
        }
        if (kind != StepKind.CALL && kind != StepKind.PROSE || r == null) {
            return kind;
        }
        String s = r.text();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) <= ' ') {
            end--;
        }
        return end > 0 && s.charAt(end - 1) == '}' && bracedInitialiser(s.substring(0, end).strip()) ? StepKind.ASSIGN : kind;
    }

    /** Whether a declaration's type is an English verb saying a call ({@code Calls}, {@code invokes}). */
    private static boolean callVerb(String type) {
        if (type == null || type.length() < 4 || type.length() > 7) {
            return false;
        }
        String t = type.toLowerCase(java.util.Locale.ROOT);
        return t.equals("calls") || t.equals("call") || t.equals("invokes") || t.equals("invoke");
    }

    /** {@code type name{ … }} or {@code type *name{ … }}: a type word, a variable's name, braces that close the line. */
    static boolean bracedInitialiser(String s) {
        int q = word(s, 0);
        if (q == 0 || q >= s.length() || s.charAt(q) != ' ' && s.charAt(q) != '*' || TrailingNote.isKeyword(s.substring(0, q))) {
            return false;
        }
        int p = q;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '*')) {
            p++;
        }
        int n = word(s, p);
        char c = p < s.length() ? s.charAt(p) : 'A';
        return n > p && (c >= 'a' && c <= 'z' || c == '_') && n < s.length() && s.charAt(n) == '{'
                && s.indexOf('{', n + 1) < 0 && s.indexOf(';', n) < 0;
    }

    /** The end of the ASCII C identifier at {@code p}, or {@code p} when none starts there. */
    private static int word(String s, int p) {
        if (p >= s.length() || !identStart(s.charAt(p))) {
            return p;
        }
        int q = p + 1;
        while (q < s.length() && (identStart(s.charAt(q)) || s.charAt(q) >= '0' && s.charAt(q) <= '9')) {
            q++;
        }
        return q;
    }

    private static boolean identStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}
