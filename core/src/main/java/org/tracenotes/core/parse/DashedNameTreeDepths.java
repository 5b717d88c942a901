package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracenotes.core.model.StepKind;

/**
 * Call trees in a fence whose steps are led by two dashes, {@code -- f} or {@code --f}, the blanks before
 * the dashes drawing the depth (the layout's {@code DASHED_NAME_TREE}, {@code org.tracenotes.grammar.DashedNameTrees}):
 * <pre>
 * Main::run()
 *   -- foo_start()
 *     --Foo::run()
 *     -- bar_wait
 * </pre>
 * The lexer skipped the dashes, so it read each line where its text starts, a column later for
 * {@code -- bar_wait} than for {@code --Foo::run()}; here each dashed line stands at its dashes' column,
 * so the two are siblings under {@code foo_start()}, as the author lined them up.
 *
 * <p>Three steps are read as such trees' authors write them: a condition in C words with no {@code if}
 * ({@code -- h2 on & foo_alpn() == h2 (协商成功)}) is an if; a member set to a value written in a comment
 * ({@code -- r->handler = /** foo_handler **&#47;}) an assignment; a line in words at the first line's
 * column after the first tree ({@code -- 如果…处理完了，会调用…}) heads the next tree, as a title line
 * standing where a root would, not a condition nested in the tree above.
 */
final class DashedNameTreeDepths {

    private DashedNameTreeDepths() {
    }

    /** The block's lines with each dashed line at its dashes' column, when {@code dashedTree}. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent, boolean dashedTree) {
        if (!dashedTree) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int rootColumn = -1;
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.isBlank()) {
                continue;
            }
            String text = source.line(l.line());
            int p = SourceText.firstNonBlank(text);
            if (!text.startsWith("--", p)) {
                continue;
            }
            int indent = Math.max(0, SourceText.columnOf(text, p, tabWidth) - fenceIndent);
            boolean head = rootColumn >= 0 && indent <= rootColumn;
            rootColumn = rootColumn < 0 ? indent : rootColumn;
            out.set(i, new TraceLine(l.line(), indent, l.textIndent(), l.arrow(), kind(l.reading(), head), l.range(), l.comments()));
        }
        return out;
    }

    /** A C-ish condition without {@code if}: a comparison or a logical and/or, no call leading the line. */
    private static final Pattern CONDITION = Pattern.compile("^[A-Za-z_][\\w ]*(?:&&?|\\|\\||==|!=).*(?:==|!=)");
    /** A member or variable set to a value that is only a comment (the lexer took the comment off, or kept it). */
    private static final Pattern COMMENTED_VALUE = Pattern.compile("^[A-Za-z_]\\w*(?:(?:->|\\.)[A-Za-z_]\\w*)*\\s*=\\s*(?:/\\*.*)?$");

    /** The reading of a dashed line, {@code head} when it stands at the first line's column after it. */
    private static StepReader.Reading kind(StepReader.Reading r, boolean head) {
        if (r == null) {
            return null;
        }
        String text = r.text().strip();
        StepKind k = r.kind();
        if (head && k == StepKind.IF && !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN) {
            k = StepKind.PROSE;   // `-- 如果…，会调用…` at the root column: the next tree's title
        } else if (k == StepKind.PROSE && CONDITION.matcher(text).find()) {
            k = StepKind.IF;
        } else if (k == StepKind.PROSE && COMMENTED_VALUE.matcher(text).find()) {
            k = StepKind.ASSIGN;
        }
        return k == r.kind() ? r : new StepReader.Reading(k, r.text(), k == StepKind.PROSE ? null : r.expression(), r.inline(), r.label(),
                r.declaredType(), r.context());
    }
}
