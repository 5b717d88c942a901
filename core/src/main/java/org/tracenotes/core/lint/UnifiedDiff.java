package org.tracenotes.core.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, 3 lines of context) of what {@code fmt} changes in a note. fmt's
 * fixes change lines but never add or remove one, so the lines are compared one for one; should the
 * counts ever differ, the whole note is one hunk.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after}, headed {@code --- a/NAME} / {@code +++ b/NAME}; empty when equal. */
    public static String of(String name, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        StringBuilder out = new StringBuilder();
        String path = name.startsWith("/") ? name.substring(1) : name;
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        if (a.size() != b.size()) {
            out.append("@@ -1,").append(a.size()).append(" +1,").append(b.size()).append(" @@\n");
            a.forEach(l -> line(out, '-', l));
            b.forEach(l -> line(out, '+', l));
            return out.toString();
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i);
            }
        }
        int k = 0;
        while (k < changed.size()) {
            int start = Math.max(0, changed.get(k) - CONTEXT);
            int end = Math.min(a.size(), changed.get(k) + CONTEXT + 1);
            int next = k + 1;
            while (next < changed.size() && changed.get(next) - CONTEXT <= end) {
                end = Math.min(a.size(), changed.get(next) + CONTEXT + 1);
                next++;
            }
            out.append("@@ -").append(start + 1).append(',').append(end - start).append(" +").append(start + 1).append(',')
                    .append(end - start).append(" @@\n");
            for (int i = start; i < end; i++) {
                if (a.get(i).equals(b.get(i))) {
                    line(out, ' ', a.get(i));
                    continue;
                }
                int run = i;
                while (run < end && !a.get(run).equals(b.get(run))) {
                    line(out, '-', a.get(run++));
                }
                for (int j = i; j < run; j++) {
                    line(out, '+', b.get(j));
                }
                i = run - 1;
            }
            k = next;
        }
        return out.toString();
    }

    /** Lines with their ends ({@code \n} or {@code \r\n}); the last one may have none. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(at, end));
            at = end;
        }
        return out;
    }

    private static void line(StringBuilder out, char mark, String l) {
        out.append(mark);
        if (l.endsWith("\n")) {
            out.append(l);
        } else {
            out.append(l).append("\n\\ No newline at end of file\n");
        }
    }
}
