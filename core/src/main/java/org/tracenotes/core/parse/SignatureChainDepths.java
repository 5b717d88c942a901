package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.StepKind;

/**
 * The depths of a fence walking a call path through C++ signatures at the margin, each over its body
 * (the layout's {@code SIGNATURE_CHAIN}, {@code org.tracenotes.grammar.SignatureChains}):
 * <pre>
 * void Panel::focus(const Params&amp; params)
 *     host()-&gt;client().showMenu();
 *
 * void ClientImpl::showMenu()
 *     if (view_-&gt;client())
 *         view_-&gt;client()-&gt;showMenu();
 * </pre>
 * A signature is the function a line of the signature's body above it calls, so it and its body move under
 * that line ({@code ClientImpl::showMenu()} under {@code host()->client().showMenu();}); a signature no line
 * of the body above names goes under that body's signature when it follows it closely (no body, or one blank
 * line between), the next function of the path, and else starts a root of its own, as does one whose caller
 * a later line of that body closes (a pasted body's closing brace), since no tree can hang it there. A lone brace or a
 * {@code //} remark at the margin below a signature belongs to it, at its body's column; {@code call: g()} is a call.
 */
final class SignatureChainDepths {

    private static final Pattern CALL_LABEL = Pattern.compile("(?i)call:\\s*[A-Za-z_].*");

    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

    private SignatureChainDepths() {
    }

    /** The block's lines with each signature's segment moved under its caller, when {@code chain}. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean chain) {
        if (!chain) {
            return lines;
        }
        int margin = Integer.MAX_VALUE;
        for (TraceLine l : lines) {
            if (!l.isBlank()) {
                margin = Math.min(margin, l.indent());
            }
        }
        int n = lines.size();
        int[] indent = new int[n];
        String[] text = new String[n];
        boolean[] header = new boolean[n];
        for (int i = 0; i < n; i++) {
            TraceLine l = lines.get(i);
            indent[i] = l.indent();
            text[i] = l.isBlank() ? "" : source.line(l.line()).strip();
            header[i] = !l.isBlank() && l.indent() == margin && !text[i].startsWith("//")
                    && !text[i].equals("{") && !text[i].equals("}") && NAME.matcher(text[i]).find();
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int prevHeader = -1;
        int prevEnd = -1;
        for (int h = 0; h < n; h++) {
            if (!header[h]) {
                continue;
            }
            int end = h + 1;
            while (end < n && !header[end]) {
                end++;
            }
            int shift = 0;
            if (prevHeader >= 0) {
                int caller = caller(text, lines, prevHeader + 1, prevEnd, name(text[h]));
                boolean bodyless = true;
                for (int k = prevHeader + 1; k < h; k++) {
                    bodyless &= lines.get(k).isBlank();
                }
                int blanks = 0;
                for (int k = h - 1; k > prevHeader && lines.get(k).isBlank(); k--) {
                    blanks++;
                }
                if (caller >= 0 && !closedAfter(indent, lines, caller, prevEnd)) {
                    shift = indent[caller] + 1 - margin;
                } else if (caller >= 0) {
                    shift = 0;   // `}` closed the caller's block below it: the callee stands as a root of its own
                } else if (bodyless || blanks <= 1) {
                    shift = indent[prevHeader] + 1 - margin;
                }
            }
            int body = -1;
            for (int k = h + 1; k < end && body < 0; k++) {
                body = !lines.get(k).isBlank() && indent[k] > margin && !text[k].startsWith("//") ? indent[k] : -1;
            }
            body = body < 0 ? margin + 1 : body;
            for (int k = h; k < end; k++) {
                TraceLine l = lines.get(k);
                if (l.isBlank()) {
                    continue;
                }
                indent[k] = (k != h && indent[k] == margin ? body : indent[k]) + shift;
                StepReader.Reading r = l.reading();
                if (r != null && r.kind() == StepKind.PROSE && k != h && CALL_LABEL.matcher(text[k]).matches()) {
                    r = new StepReader.Reading(StepKind.CALL, r.text(), null, null, null, null, r.context());   // `call: g();`
                }
                if (indent[k] != l.indent() || r != l.reading()) {
                    int d = indent[k] - l.indent();
                    out.set(k, new TraceLine(l.line(), indent[k], l.textIndent() + d, l.arrow(), r, l.range(), l.comments()));
                }
            }
            prevHeader = h;
            prevEnd = end;
        }
        return out;
    }

    /** The name of the function signature {@code s} declares: the identifier before its first {@code (}. */
    private static String name(String s) {
        Matcher m = NAME.matcher(s);
        return m.find() ? m.group(1) : "";
    }

    /** Whether a line after {@code caller} up to {@code to} stands at its column or left of it, a `}` closing it. */
    private static boolean closedAfter(int[] indent, List<TraceLine> lines, int caller, int to) {
        for (int k = caller + 1; k < to; k++) {
            if (!lines.get(k).isBlank() && !lines.get(k).isCommentOnly() && indent[k] <= indent[caller]) {
                return true;
            }
        }
        return false;
    }

    /** The last body line in [from, to) naming {@code name} as a whole word, or -1. */
    private static int caller(String[] text, List<TraceLine> lines, int from, int to, String name) {
        if (name.isEmpty()) {
            return -1;
        }
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
        for (int k = to - 1; k >= from; k--) {
            if (!lines.get(k).isBlank() && !text[k].startsWith("//") && word.matcher(text[k]).find()) {
                return k;
            }
        }
        return -1;
    }
}
