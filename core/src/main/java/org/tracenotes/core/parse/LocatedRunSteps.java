package org.tracenotes.core.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * The kinds of the steps of a run of arrows whose length draws the depth ({@link ArrowLengthDepth}), each
 * step written as the file it is in, a colon and the call:
 * <pre>
 * --> main.c: start_threads();
 * ----> lib/&lt;linux/bsd/...&gt;/opt.c: get_opt(argc, argv);     # a call of get_opt
 * ----> fs_a.c --> fs_b.c: scan_all(ctx, 1);             # the files it passes through: one call of scan_all
 * ------> (TODO) io.c: poll_one(ctx);                    # a note on the call: still a call of poll_one
 * ------> TODO                                           # a body not written yet: words, no call
 * </pre>
 * A step the reader took for words is read as a call when its text is one or two file names ({@code x.c},
 * {@code y.h}, a path with any characters but blanks and colons, two joined by an arrow), maybe after a
 * {@code (TODO)} mark, then a colon and {@code name(…)}, an optional {@code ;} and an optional
 * {@code (remark)}. A bare {@code TODO} (or {@code TODO: words}) the reader took for a call is words.
 * Lines that do not look so keep their reading.
 */
final class LocatedRunSteps {

    /** One or two files (joined by an arrow), a colon, a call; group 1 the called name. */
    private static final Pattern LOCATED_CALL = Pattern.compile(
            "^(?:\\(TODO\\)\\s*)?[^\\s:]+\\.(?:c|h|cc|cpp|hpp)(?:\\s*-+>\\s*[^\\s:]+\\.(?:c|h|cc|cpp|hpp))?\\s*:\\s*"
                    + "([A-Za-z_]\\w*)\\s*\\(.*\\)\\s*;?\\s*(?:\\(\\w+\\))?$");

    /** A placeholder for a body not written yet. */
    private static final Pattern TODO = Pattern.compile("^TODO(?:\\s*[:：].*)?$");

    private LocatedRunSteps() {
    }

    /** The line read with its kind as a length-drawn run step says, or the line itself. */
    static TraceLine read(TraceLine l) {
        StepReader.Reading r = l.reading();
        if (r == null) {
            return l;
        }
        String text = r.text().strip();
        if (r.kind() != StepKind.PROSE && TODO.matcher(text).matches()) {
            return l.withReading(new StepReader.Reading(StepKind.PROSE, r.text(), null, null, null, null, r.context()));
        }
        if (r.kind() != StepKind.PROSE || text.indexOf(':') < 0) {
            return l;
        }
        Matcher m = LOCATED_CALL.matcher(text);
        if (!m.matches()) {
            return l;
        }
        Expr.Name callee = new Expr.Name(m.group(1), l.range());
        return l.withReading(new StepReader.Reading(StepKind.CALL, r.text(), new Expr.Call(callee, List.of(), l.range()),
                null, null, null, r.context()));
    }

}
