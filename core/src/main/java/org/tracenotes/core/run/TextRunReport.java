package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Note;

/**
 * A run as text: the note's own lines that ran, indented as in the note, each with what happened on
 * it (values assigned, branch taken or not, forced, elided, calls into the model), then the result,
 * the state that changed, the references and the expectations.
 */
public final class TextRunReport {

    private static final int NOTE_COLUMN = 64;

    private TextRunReport() {
    }

    /**
     * One line of the note that ran, with what happened on it: the values assigned, the branch
     * decision, the call's result, the return value.
     */
    public record PathRow(int line, String text, List<String> notes) {

        public PathRow {
            notes = List.copyOf(notes);
        }
    }

    /** One line of the summary after the path: {@code outcome}, {@code state}, {@code refs}, … */
    public record SummaryRow(String label, String value) { }

    public static String render(Note note, RunResult r, List<RunEvent> events) {
        int[] gap = new int[1];
        List<PathRow> rows = path(note, events, gap);
        Map<Integer, Integer> dropped = events instanceof RunRecording rec && rec.droppedSteps() > 0
                ? rec.droppedSteps(note.source()) : Map.of();
        long total = rows.size() + dropped.values().stream().mapToLong(Integer::longValue).sum();
        StringBuilder out = new StringBuilder();
        out.append(r.trace()).append(" · scenario ").append(r.scenario()).append(" · ").append(r.source()).append('\n');
        int width = Integer.toString(note.text().split("\r?\n", -1).length).length();
        if (total <= MAX_PATH_ROWS) {
            rows.forEach(row -> row(out, row, width));
        } else {
            int headShown = Math.min(PATH_HEAD_ROWS, gap[0]);
            int tailShown = Math.min(PATH_TAIL_ROWS, rows.size() - headShown);
            rows.subList(0, headShown).forEach(row -> row(out, row, width));
            out.append(" ".repeat(width)).append("  … ").append(String.format("%,d", total - headShown - tailShown))
                    .append(" more lines of the path not shown; ").append(mostRun(rows, dropped)).append('\n');
            rows.subList(rows.size() - tailShown, rows.size()).forEach(row -> row(out, row, width));
        }
        out.append('\n');
        summary(r, out);
        return out.toString();
    }

    private static void row(StringBuilder out, PathRow row, int width) {
        StringBuilder l = new StringBuilder();
        l.append(" ".repeat(width - Integer.toString(row.line()).length())).append(row.line()).append("  ").append(row.text());
        if (!row.notes().isEmpty()) {
            int pad = Math.max(2, NOTE_COLUMN - displayWidth(l));
            l.append(" ".repeat(pad)).append("# ").append(String.join("; ", row.notes()));
        }
        out.append(l).append('\n');
    }

    /** A path longer than this prints its first and last rows and says what the rest ran. */
    static final int MAX_PATH_ROWS = 1_000;
    static final int PATH_HEAD_ROWS = 800;
    static final int PATH_TAIL_ROWS = 100;
    /** Lenient readings listed before the rest are counted in one row. */
    static final int MAX_LENIENT_ROWS = 50;

    /** The lines run most often, with their counts: what a long path spent its steps on. */
    private static String mostRun(List<PathRow> rows, Map<Integer, Integer> dropped) {
        java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
        for (PathRow r : rows) {
            counts.merge(r.line(), 1L, Long::sum);
        }
        dropped.forEach((line, n) -> counts.merge(line, n.longValue(), Long::sum));
        return "the lines run most: " + counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<Integer, Long>comparingByValue().reversed()).limit(5)
                .map(e -> "line " + e.getKey() + " ×" + String.format("%,d", e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The end of {@code tracenotes run}: a summary line of the runs ({@code 15 runs: 15 returned, 0 of 31
     * expectations failed}, each run that did not return and each failed expectation named with its
     * scenario and line), then the exit status and its reason.
     */
    public static String verdict(List<RunResult> results) {
        StringBuilder out = new StringBuilder();
        long returned = results.stream().filter(r -> r.outcome() == RunOutcome.RETURNED).count();
        List<String> stopped = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int expectations = 0;
        for (RunResult r : results) {
            if (r.outcome() != RunOutcome.RETURNED) {
                stopped.add(r.scenario() + " ended " + r.outcome().id() + (r.line() > 0 ? " at line " + r.line() : ""));
            }
            for (ExpectationResult e : r.expectations()) {
                expectations++;
                if (!e.passed()) {
                    failed.add("line " + e.line() + " (" + r.scenario() + ": " + e.expr() + ")");
                }
            }
        }
        out.append(plural(results.size(), "run")).append(": ").append(returned).append(" returned");
        if (!stopped.isEmpty()) {
            out.append(" (").append(String.join("; ", stopped)).append(')');
        }
        out.append(", ").append(failed.size()).append(" of ").append(plural(expectations, "expectation")).append(" failed");
        if (!failed.isEmpty()) {
            out.append(": ").append(String.join(", ", failed));
        }
        out.append('\n');
        if (stopped.isEmpty() && failed.isEmpty()) {
            out.append("exit 0: every run returned and every expectation passed\n");
        } else {
            List<String> why = new ArrayList<>();
            if (!stopped.isEmpty()) {
                why.add(plural(stopped.size(), "run") + " did not return");
            }
            if (!failed.isEmpty()) {
                why.add(plural(failed.size(), "expectation") + " failed");
            }
            out.append("exit 1: ").append(String.join(" and ", why)).append('\n');
        }
        return out.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The note's lines in the order they ran (a line run twice appears twice), with what happened on each. */
    public static List<PathRow> path(Note note, RunResult r, List<RunEvent> events) {
        return path(note, events, new int[1]);
    }

    /**
     * {@link #path(Note, RunResult, List)}; {@code gap[0]} is set to the number of rows before the steps a
     * {@link RunRecording} did not keep (all of them when it kept every step).
     */
    private static List<PathRow> path(Note note, List<RunEvent> events, int[] gap) {
        String[] lines = note.text().split("\r?\n", -1);
        String source = note.source();
        List<Integer> order = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        Map<Integer, Integer> latest = new java.util.HashMap<>();
        int tailStart = events instanceof RunRecording rec && rec.droppedSteps() > 0 ? rec.headSize() : -1;
        gap[0] = -1;
        int index = 0;
        for (RunEvent e : events) {
            if (index++ == tailStart) {
                gap[0] = order.size();
                latest.clear();   // the steps an event of the tail belongs to are in the tail
            }
            if (!e.source().equals(source)) {
                continue;
            }
            if (e instanceof RunEvent.StepReached) {
                latest.put(e.line(), order.size());
                order.add(e.line());
                notes.add(new ArrayList<>());
                continue;
            }
            Integer at = latest.get(e.line());
            if (at == null) {
                continue;
            }
            String n = describe(e);
            if (n != null) {
                notes.get(at).add(n);
            }
        }
        if (gap[0] < 0) {
            gap[0] = order.size();
        }
        List<PathRow> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int line = order.get(i);
            String text = line - 1 < lines.length ? lines[line - 1].stripTrailing() : "";
            out.add(new PathRow(line, text, notes.get(i)));
        }
        return out;
    }

    /** The lines after the path: result, state, refs, elided, lenient, forced, expectations. */
    public static void summary(RunResult r, StringBuilder out) {
        for (SummaryRow row : summary(r)) {
            out.append(String.format("%-10s", row.label())).append(row.value()).append('\n');
        }
    }

    /** The summary of a run: outcome, state, refs, elided, forced, lenient, expect rows. */
    public static List<SummaryRow> summary(RunResult r) {
        List<SummaryRow> out = new ArrayList<>();
        StringBuilder outcome = new StringBuilder(r.outcome().id());
        if (r.result() != null) {
            outcome.append(' ').append(new Value.Int(r.result()));
        }
        if (r.message() != null) {
            outcome.append(": ").append(r.message());
        }
        out.add(new SummaryRow("outcome", outcome.toString()));
        out.add(new SummaryRow("state", stateDiff(r)));
        out.add(new SummaryRow("refs", "gets " + r.gets() + ", puts " + r.puts() + ", net "
                + (r.netRefs() > 0 ? "+" : "") + r.netRefs() + "; ledger " + r.state().refs()));
        out.add(new SummaryRow("elided", r.elided().isEmpty() ? "none" : lines(r.elided())));
        if (!r.forced().isEmpty()) {
            out.add(new SummaryRow("forced", lines(r.forced())));
        }
        if (!r.notReached().isEmpty()) {
            out.add(new SummaryRow("forced", lines(r.notReached()) + " never reached: the run took another way"));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        int listed = 0;
        int more = 0;
        for (Leniency l : r.lenient()) {
            String row = "line " + l.line() + ": " + l.what();
            if (!seen.add(row)) {
                continue;   // the same reading of the same line, again (a loop): said once
            }
            if (listed < MAX_LENIENT_ROWS) {
                out.add(new SummaryRow("lenient", row));
                listed++;
            } else {
                more++;
            }
        }
        if (more > 0) {
            out.add(new SummaryRow("lenient", String.format("… and %,d more lenient readings (the JSON report lists them all)",
                    more)));
        }
        for (ExpectationResult e : r.expectations()) {
            out.add(new SummaryRow("expect", "line " + e.line() + (e.passed() ? " passed: " : " FAILED: ") + e.expr()
                    + (e.passed() ? "" : " (" + e.detail() + ")")));
        }
        return out;
    }

    /** {@code line 63}, {@code lines 63, 67}. */
    private static String lines(List<Integer> lines) {
        List<String> ls = lines.stream().distinct().map(String::valueOf).toList();
        return (ls.size() == 1 ? "line " : "lines ") + String.join(", ", ls);
    }

    /** The given keys that changed, {@code hwpoison false → true}, or {@code unchanged}. */
    static String stateDiff(RunResult r) {
        Map<String, Object> before = r.initial().asGiven();
        Map<String, Object> after = r.state().asGiven();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            Object was = before.get(e.getKey());
            if (!Objects.equals(was, e.getValue())) {
                changed.add(e.getKey() + " " + was + " → " + e.getValue());
            }
        }
        return changed.isEmpty() ? "unchanged" : String.join(", ", changed);
    }

    private static String describe(RunEvent e) {
        if (e instanceof RunEvent.Assigned a) {
            return a.name() + " = " + a.value();
        }
        if (e instanceof RunEvent.BranchDecided b) {
            String s = b.taken() ? "taken" : "not taken";
            if (b.condition() != null) {
                s += " (" + b.condition() + ")";
            }
            return b.forced() ? s + ", forced" : s;
        }
        if (e instanceof RunEvent.Returned ret) {
            return "returns " + ret.value();
        }
        if (e instanceof RunEvent.ElisionCrossed x) {
            return x.effect().startsWith("line ") ? x.effect()
                    : "elided" + (x.effect().isEmpty() ? ", passed through" : ": " + x.effect());
        }
        if (e instanceof RunEvent.CallLeft c && (c.resolution() == RunEvent.Resolution.REFERENCE
                || c.resolution() == RunEvent.Resolution.ROOT)) {
            return c.function() + "() = " + c.value() + " ("
                    + (c.resolution() == RunEvent.Resolution.REFERENCE ? "kernel reference trace" : "traced in a note") + ")";
        }
        if (e instanceof RunEvent.ExpectationChecked x) {
            return "expect " + (x.result().passed() ? "passed" : "FAILED");
        }
        return null;
    }

    /** Columns a terminal gives the text: East Asian wide characters take two. */
    static int displayWidth(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            boolean wide = cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
            w += wide ? 2 : 1;
        }
        return w;
    }
}
