package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * A step written as a Markdown link to the function's source ({@code [Pump::prime][prime_link]},
 * {@code [**native Pump#prime**](url)}, {@code [pump_prime](url)（remark）}): a call of the name the link's text
 * ends with; the link's target and a remark after it are no part of the step. A link whose text is words
 * ({@code [see the docs](url)}) stays as it was read.
 */
final class LinkedStepCalls {

    private LinkedStepCalls() {
    }

    /** The block's lines with each step that is such a link read as the call it names. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (r == null || r.kind() == StepKind.CALL || r.text().isEmpty() || r.text().charAt(0) != '[') {
                continue;   // the cheap test: most steps are no link
            }
            String name = linkedName(r.text());
            if (name == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            Expr.Name callee = new Expr.Name(name, l.range());
            out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(),
                    new StepReader.Reading(StepKind.CALL, r.text(), new Expr.Call(callee, List.of(), l.range()), null, null, null, r.context()),
                    l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    /**
     * The code name a link's text ends with ({@code [**native Pump#prime**][l]} names {@code Pump#prime}), or null
     * when the text is no link to code: a link is {@code [text]} then {@code [} or {@code (}; its text holds at
     * most three words, the last a name with a sign of code ({@code _}, {@code ::}, {@code #}, {@code .}, a capital
     * after a small letter).
     */
    static String linkedName(String text) {
        int close = text.indexOf(']');
        if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != '[' && text.charAt(close + 1) != '(') {
            return null;
        }
        String inner = text.substring(1, close).replace("*", "").strip();
        int space = inner.lastIndexOf(' ');
        if (inner.isEmpty() || inner.split(" ").length > 3) {
            return null;
        }
        String name = inner.substring(space + 1);
        int paren = name.indexOf('(');
        String bare = paren > 0 ? name.substring(0, paren) : name;
        if (bare.isEmpty() || !PlainTextCalls.isNameStart(bare.charAt(0))) {
            return null;
        }
        boolean code = false;
        for (int k = 0; k < bare.length(); k++) {
            char c = bare.charAt(k);
            if (!(PlainTextCalls.isNamePart(c) || c == ':' || c == '#' || c == '.' || c == '-' || c == '>')) {
                return null;
            }
            code |= c == '_' || c == ':' || c == '#' || c == '.' || k > 0 && Character.isUpperCase(c) && Character.isLowerCase(bare.charAt(k - 1));
        }
        return code || paren > 0 ? bare : null;
    }
}
