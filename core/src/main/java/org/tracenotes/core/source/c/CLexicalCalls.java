package org.tracenotes.core.source.c;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.source.SourceNode;

/**
 * The calls of a statement read from its text, for the statements tree-sitter cannot read as code: a loop
 * macro with one statement and no braces ({@code for_each_hstate(h)} then a call), which it reads as a
 * declaration or an error. A call is a name followed by its parenthesised arguments; inner calls come first,
 * as {@link CBodyReader} gives them.
 */
final class CLexicalCalls {

    private static final Pattern CALL_NAME = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\(");
    private static final Set<String> NOT_CALLS = Set.of("if", "for", "while", "switch", "return", "sizeof", "typeof",
            "__typeof__", "__attribute__", "offsetof");

    private CLexicalCalls() {
    }

    /**
     * The calls written in {@code s} (a statement's text, its first line {@code firstLine}) into {@code out}, inner
     * ones first; the call that is the whole right side of {@code assigned = …} knows its variable.
     */
    static void read(String s, int firstLine, String assigned, List<SourceNode> out) {
        record Found(int close, SourceNode.Call call) { }
        List<Found> found = new ArrayList<>();
        Matcher m = CALL_NAME.matcher(s);
        while (m.find()) {
            if (NOT_CALLS.contains(m.group(1))) {
                continue;
            }
            int close = closing(s, m.end() - 1);
            if (close < 0) {
                continue;
            }
            String call = CNodeText.oneLine(s.substring(m.start(), close + 1));
            boolean whole = s.substring(close + 1).strip().matches(";?") && !assigned.isEmpty()
                    && s.substring(0, m.start()).strip().endsWith("=");
            int line = firstLine + (int) s.substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
            found.add(new Found(close, new SourceNode.Call(m.group(1), "", whole ? assigned : "", call, line)));
        }
        found.sort(Comparator.comparingInt(Found::close));
        for (Found f : found) {
            out.add(f.call());
        }
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }
}
