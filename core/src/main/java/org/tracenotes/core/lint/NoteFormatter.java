package org.tracenotes.core.lint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/**
 * {@code tracenotes fmt}: applies the safe fixes — an else written with {@code =>} gets {@code ->},
 * {@code =} in a condition becomes {@code ==}, tabs in a trace line's indentation become spaces,
 * indentation that had to snap moves to the level it was read at, trailing blanks on trace lines go —
 * and nothing else. Every other byte stays: comments, CJK, blank lines, line endings, a byte-order
 * mark. A note with errors (syntax, binary, invalid UTF-8) is refused; so is a fix that would change
 * how the note nests. Files are written atomically: a temp file in the same folder, permissions
 * copied, then renamed over the note.
 */
public final class NoteFormatter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One change: {@code length} UTF-16 units at {@code offset} of the note's text become {@code replacement}. */
    public record Edit(int offset, int length, String replacement, String ruleId, int line) { }

    /** What fmt did with a file. */
    public enum Status { UNCHANGED, CHANGED, REFUSED }

    /**
     * @param path    the file
     * @param status  unchanged, changed (written, or would be with {@code --check}), or refused
     * @param edits   the fixes, in text order (for a refused file, empty)
     * @param message why a file was refused
     */
    public record Outcome(Path path, Status status, List<Edit> edits, String message) { }

    private NoteFormatter() {
    }

    /** The safe fixes for a parsed note, non-overlapping, in text order. */
    public static List<Edit> fixes(Note note, NoteParser parser) {
        return FormatFixes.of(note, parser);
    }

    /**
     * The offset of the one {@code =} between an assignment's target and value, outside comments,
     * or -1 when there is not exactly one such lone {@code =}.
     */
    public static int assignmentOperator(String text, int from, int to) {
        if (from < 0 || to > text.length() || from >= to) {
            return -1;
        }
        int found = -1;
        for (int i = from; i < to; i++) {
            if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                if (close < 0 || close >= to) {
                    return -1;
                }
                i = close + 1;
                continue;
            }
            if (text.startsWith("//", i) || text.startsWith("##", i)) {
                return -1;
            }
            char c = text.charAt(i);
            if (c == '=') {
                boolean lone = (i + 1 >= text.length() || text.charAt(i + 1) != '=')
                        && (i == 0 || "=!<>+-*/%&|^".indexOf(text.charAt(i - 1)) < 0);
                if (!lone || found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** {@code text} with {@code edits} applied (non-overlapping, in order). */
    public static String apply(String text, List<Edit> edits) {
        return FormatFixes.apply(text, edits);
    }

    /** Findings that leave a note's structure uncertain: fmt does not write such a note. */
    private static final Set<String> REFUSE = Set.of(LintRule.INVALID_UTF8.id(), LintRule.UNTERMINATED_FENCE.id(),
            LintRule.UNTERMINATED_COMMENT.id(), LintRule.LONG_LINE.id(), LintRule.CR_LINE_ENDS.id());

    /** Formats one file; with {@code check}, only says whether it would change. */
    public static Outcome format(Path file, NoteParser parser, boolean check) {
        return format(file, parser, check, e -> true, () -> { });
    }

    /**
     * As {@link #format(Path, NoteParser, boolean)}, applying only the fixes {@code keep} accepts
     * ({@code lint --fix} applies those of the findings it shows), with the same safety.
     */
    public static Outcome format(Path file, NoteParser parser, boolean check, java.util.function.Predicate<Edit> keep) {
        return format(file, parser, check, keep, () -> { });
    }

    /** {@link #format}, running {@code beforeWrite} between reading the note and replacing it (tests race it there). */
    static Outcome format(Path file, NoteParser parser, boolean check, Runnable beforeWrite) {
        return format(file, parser, check, e -> true, beforeWrite);
    }

    private static Outcome format(Path file, NoteParser parser, boolean check, java.util.function.Predicate<Edit> keep,
                                  Runnable beforeWrite) {
        return NoteRewrite.format(file, parser, check, keep, beforeWrite);
    }

    /**
     * What fmt would make of a note's bytes, written nowhere: the outcome (its path null), and for a
     * changed note its new text and bytes; for an unchanged or refused note, the bytes given.
     *
     * @param before the note's text as read
     * @param after  the text with the fixes applied (for a refused note, {@code before})
     */
    public record Plan(Outcome outcome, String before, String after, byte[] bytes) { }

    /** {@link #plan(String, byte[], NoteParser, java.util.function.Predicate)} with every fix. */
    public static Plan plan(String name, byte[] bytes, NoteParser parser) {
        return plan(name, bytes, parser, e -> true);
    }

    /**
     * Formats a note's bytes ({@code fmt -} reads them from standard input): refused when the note has
     * errors or findings that leave its structure uncertain, when its bytes do not survive a round trip,
     * or when the fixes would change how it nests.
     */
    public static Plan plan(String name, byte[] bytes, NoteParser parser, java.util.function.Predicate<Edit> keep) {
        Note note = NoteLoader.parse(parser, name, bytes);
        String refusal = refusal(note, name);
        if (refusal != null) {
            return new Plan(new Outcome(null, Status.REFUSED, List.of(), refusal), note.text(), note.text(), bytes);
        }
        boolean bom = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
        if (!Arrays.equals(encode(note.text(), bom), bytes)) {
            return new Plan(new Outcome(null, Status.REFUSED, List.of(),
                    "not written: the note's bytes do not survive a round trip"), note.text(), note.text(), bytes);
        }
        List<Edit> all = fixes(note, parser);
        List<Edit> kept = all.stream().filter(keep).toList();
        if (kept.isEmpty()) {
            return new Plan(new Outcome(null, Status.UNCHANGED, List.of(), null), note.text(), note.text(), bytes);
        }
        String text = kept.size() == all.size() ? settle(note, apply(note.text(), kept), parser) : apply(note.text(), kept);
        String unsafe = unsafe(note, text, parser, kept.size() == all.size());
        if (unsafe == null && kept.size() == all.size() && !fixes(parser.parse(note.source(), text), parser).isEmpty()) {
            unsafe = "not written: the indentation fixes do not settle (moving a snapped line leaves others at "
                    + "columns no open level has); indent the lines marked indent-snapped by hand";
        }
        if (unsafe != null) {
            return new Plan(new Outcome(null, Status.REFUSED, List.of(), unsafe), note.text(), note.text(), bytes);
        }
        return new Plan(new Outcome(null, Status.CHANGED, List.copyOf(kept), null), note.text(), text, encode(text, bom));
    }

    /** How many more passes {@link #settle} makes at most. */
    static final int MORE_PASSES = 3;

    /**
     * The text once the fixes settle: moving one snapped line can leave another at a column no open level
     * has, so the fixes of {@code fixed} (the note with its first pass applied) are applied again while
     * there are some and they keep the note's shape, at most {@link #MORE_PASSES} more times.
     */
    public static String settle(Note note, String fixed, NoteParser parser) {
        List<String> shape = shape(note);
        String text = fixed;
        for (int pass = 0; pass < MORE_PASSES; pass++) {
            Note again = parser.parse(note.source(), text);
            List<Edit> more = fixes(again, parser);
            if (more.isEmpty() || !shape.equals(shape(again))) {
                break;
            }
            String next = apply(text, more);
            if (!shape.equals(shape(parser.parse(note.source(), next)))) {
                break;
            }
            text = next;
        }
        return text;
    }

    /**
     * The fixes fmt would make to a note already parsed with {@code parser}, or none when fmt would
     * refuse it: what SARIF offers as a finding's fix and {@code lint --fix} applies.
     */
    public static List<Edit> safeFixes(Note note, NoteParser parser) {
        if (refusal(note, note.source()) != null) {
            return List.of();
        }
        List<Edit> all = fixes(note, parser);
        if (all.isEmpty() || unsafe(note, apply(note.text(), all), parser, true) != null) {
            return List.of();
        }
        return all;
    }

    /**
     * The fixes of {@code all} that fix {@code finding}: those of its rule on its lines; for
     * {@code mixed-indentation}, reported once a block, those of the whole block.
     */
    public static List<Edit> fixesOf(Note note, Diagnostic finding, List<Edit> all) {
        int from = finding.range().line();
        int to = Math.max(from, finding.range().endLine());
        if (finding.ruleId().equals(LintRule.MIXED_INDENTATION.id()) && note != null) {
            for (TraceBlock b : note.traceBlocks()) {
                if (b.range().line() <= from && from <= b.range().endLine()) {
                    from = b.range().line();
                    to = b.range().endLine();
                }
            }
        }
        int lo = from;
        int hi = to;
        return all.stream().filter(e -> e.ruleId().equals(finding.ruleId()) && e.line() >= lo && e.line() <= hi).toList();
    }

    private static String refusal(Note note, String name) {
        for (Diagnostic d : note.diagnostics()) {
            if (d.severity() == Severity.ERROR || REFUSE.contains(d.ruleId())) {
                return "not written: " + d.format(name);
            }
        }
        return null;
    }

    private static String unsafe(Note note, String text, NoteParser parser, boolean settle) {
        Note current = parser.parse(note.source(), text);
        if (!shape(note).equals(shape(current))) {
            return "not written: a fix would change how the note nests";
        }
        if (settle && !fixes(current, parser).isEmpty()) {
            return "not written: the fixes would not settle in one pass";
        }
        return null;
    }

    /** Every step's line, depth, kind and role: what a fix must not change. */
    public static List<String> shape(Note note) {
        return NoteShape.of(note);
    }

    private static byte[] encode(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

}
