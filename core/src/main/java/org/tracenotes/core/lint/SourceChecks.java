package org.tracenotes.core.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.source.ConditionText;
import org.tracenotes.core.source.NoteTrace;
import org.tracenotes.core.source.SourceBody;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceNode;

/**
 * The checks of a note against real source ({@code lint --source}): {@code not-in-source},
 * {@code call-not-in-body}, {@code condition-differs}, {@code call-order} and {@code untraced-branch}.
 * Matching is tolerant the way notes are: arguments, {@code &}/{@code *}, casts and {@code ->}/{@code .}
 * do not count (see {@link ConditionText}); a call the note makes through a wrapper the source calls
 * counts as made; a body the source has only as a macro is not checked. When most of a note's calls
 * are not where the source has them, the tree is likely another version than the note's: one finding
 * says so instead of one per call.
 */
final class SourceChecks {

    /** At least this many call findings, and a third of the calls checked, make a version note instead. */
    private static final int FLOOD = 6;
    /** What a note's {@code default:} traces, among the conditions it traces. */
    private static final String DEFAULT = "\u0000default";

    private final SourceIndex index;
    private final Map<String, SourceBody> bodies = new HashMap<>();

    SourceChecks(SourceIndex index) {
        this.index = index;
    }

    private SourceBody body(String function) {
        return bodies.computeIfAbsent(function, f -> new SourceBody(index.lookup(f)));
    }

    /** A finding about a call (or a traced function), with the name it is about. */
    private record CallFinding(String name, Diagnostic diagnostic) { }

    void check(Note note, List<Diagnostic> out) {
        List<CallFinding> calls = new ArrayList<>();
        int checked = 0;
        Set<String> flagged = new HashSet<>();
        Set<String> calledBySource = new HashSet<>();
        List<NoteTrace.Body> traced = NoteTrace.bodies(note);
        for (NoteTrace.Body b : traced) {
            SourceBody src = body(b.function());
            calledBySource.addAll(src.callees());
        }
        for (NoteTrace.Body b : traced) {
            SourceBody src = body(b.function());
            if (!src.checkable()) {
                continue;
            }
            List<String> noted = new ArrayList<>();
            List<NoteTrace.NamedCall> notedAt = new ArrayList<>();
            for (Step s : b.steps()) {
                for (NoteTrace.NamedCall c : NoteTrace.calls(s)) {
                    checked++;
                    if (src.calls(c.name()) || throughWrapper(src, c.name())) {
                        noted.add(c.name());
                        notedAt.add(c);
                        continue;
                    }
                    flagged.add(c.name() + "@" + c.range().offset());
                    calls.add(new CallFinding(c.name(), callNotInBody(b.function(), src, c)));
                }
                condition(note, b.function(), src, s, out);
            }
            callOrder(b.function(), src, notedAt, out);
            if (!b.skipped()) {
                untracedBranches(note, b, src, out);
            }
        }
        for (NoteTrace.Body b : traced) {
            if (!body(b.function()).checkable() && index.lookup(b.function()).isEmpty()) {
                notInSource(b.function(), b.anchor(), calledBySource, flagged, calls);
            }
            for (Step s : b.steps()) {
                for (NoteTrace.NamedCall c : NoteTrace.calls(s)) {
                    checked++;
                    if (!flagged.contains(c.name() + "@" + c.range().offset())) {
                        notInSource(c.name(), c.range(), calledBySource, flagged, calls);
                    }
                }
            }
        }
        if (calls.size() >= FLOOD && calls.size() * 3 >= checked) {
            out.add(versionNote(traced, calls));
        } else {
            calls.forEach(c -> out.add(c.diagnostic()));
        }
    }

    /** A call the note makes through a function the source's body calls (a wrapper, a static inline, a macro). */
    private boolean throughWrapper(SourceBody src, String callee) {
        for (String h : src.callees()) {
            if (!h.equals(callee) && NoteTrace.isLoopMacro(h)) {
                continue;
            }
            if (index.knownNames().contains(h) && body(h).callees().contains(callee)) {
                return true;
            }
        }
        return false;
    }

    private Diagnostic callNotInBody(String function, SourceBody src, NoteTrace.NamedCall c) {
        String where = "`" + function + "` in the source (" + src.place(index.root()) + ")";
        List<String> near = Suggestions.nearest(c.name(), src.callees(), 1, Math.max(2, c.name().length() / 4));
        if (!near.isEmpty()) {
            return new Diagnostic(LintRule.CALL_NOT_IN_BODY.id(), Severity.WARNING, where + " does not call `" + c.name()
                    + "`; did you mean `" + near.get(0) + "`, which it calls?", c.range());
        }
        String renamed = renamed(c.name(), src.callees());
        if (renamed != null) {
            return new Diagnostic(LintRule.CALL_NOT_IN_BODY.id(), Severity.INFO, where + " does not call `" + c.name()
                    + "` but calls `" + renamed + "`: renamed in another version?", c.range());
        }
        return new Diagnostic(LintRule.CALL_NOT_IN_BODY.id(), Severity.WARNING, where + " does not call `" + c.name() + "`",
                c.range());
    }

    /** A callee sharing most of the name's words ({@code isolate_page}, {@code mf_isolate_folio}): a rename. */
    static String renamed(String name, Set<String> callees) {
        Set<String> words = words(name);
        String best = null;
        double bestScore = 0.5;
        for (String c : callees) {
            Set<String> other = words(c);
            Set<String> both = new HashSet<>(words);
            both.retainAll(other);
            Set<String> any = new HashSet<>(words);
            any.addAll(other);
            double score = any.isEmpty() ? 0 : (double) both.size() / any.size();
            if (score >= bestScore && !both.isEmpty()) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("_+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private void notInSource(String name, SourceRange at, Set<String> calledBySource, Set<String> flagged,
                             List<CallFinding> out) {
        if (!flagged.add(name) || calledBySource.contains(name) || !index.lookup(name).isEmpty()) {
            return;
        }
        List<String> near = index.similarNames(name, 1);
        if (near.isEmpty()) {
            near = Suggestions.nearest(name, calledBySource, 1, Math.max(2, name.length() / 4));
        }
        String message = "`" + name + "` is not defined under " + index.root() + ", and no traced function there calls it"
                + (near.isEmpty() ? "" : "; did you mean `" + near.get(0) + "`?");
        out.add(new CallFinding(name, new Diagnostic(LintRule.NOT_IN_SOURCE.id(), near.isEmpty() ? Severity.INFO
                : Severity.WARNING, message, at)));
    }

    private static Diagnostic versionNote(List<NoteTrace.Body> traced, List<CallFinding> calls) {
        List<String> names = calls.stream().map(CallFinding::name).distinct().limit(5).toList();
        SourceRange at = traced.isEmpty() ? calls.get(0).diagnostic().range() : traced.get(0).anchor();
        return new Diagnostic(LintRule.CALL_NOT_IN_BODY.id(), Severity.INFO, calls.size() + " calls of this note are not"
                + " where the source has them (" + String.join(", ", names) + (calls.size() > names.size() ? ", ..." : "")
                + "): the source is likely another version than the note's; lint against the note's version for "
                + "findings by call", at);
    }

    // ---------------------------------------------------------------- conditions

    private void condition(Note note, String function, SourceBody src, Step s, List<Diagnostic> out) {
        String written = NoteTrace.condition(note, s);
        if (written == null || src.conditions().isEmpty()) {
            return;
        }
        String norm = ConditionText.normalize(written);
        SourceNode.Branch closest = null;
        int best = Integer.MAX_VALUE;
        for (SourceNode.Branch b : src.conditions()) {
            if (ConditionText.matches(norm, b.normalized())) {
                return;
            }
            int d = Suggestions.distance(norm, b.normalized());
            if (d < best) {
                best = d;
                closest = b;
            }
        }
        boolean near = best <= Math.max(2, norm.length() / 4);
        String head = s.kind() == StepKind.LOOP ? "" : s.kind() == StepKind.SWITCH ? "switch " : "if ";
        out.add(new Diagnostic(LintRule.CONDITION_DIFFERS.id(), near ? Severity.WARNING : Severity.INFO, "`" + head
                + written + "` matches no condition of `" + function + "` in the source; closest: `"
                + asC(closest) + "` (" + src.where(closest, index.root()) + ")", s.range()));
    }

    /** A source condition as C: {@code if (folio == page_folio(page))}. */
    static String asC(SourceNode.Branch b) {
        String head = switch (b.kind()) {
            case WHILE, DO_WHILE -> "while";
            case FOR -> "for";
            case SWITCH -> "switch";
            case CASE -> "case";
            default -> "if";
        };
        return b.kind() == SourceNode.BranchKind.CASE ? "case " + b.condition() + ":" : head + " (" + b.condition() + ")";
    }

    // ---------------------------------------------------------------- order

    private static void callOrder(String function, SourceBody src, List<NoteTrace.NamedCall> noted, List<Diagnostic> out) {
        if (src.loopsBack()) {
            return;   // a loop or a goto back can run the calls in any order
        }
        for (int i = 1; i < noted.size(); i++) {
            String before = noted.get(i - 1).name();
            String after = noted.get(i).name();
            if (before.equals(after) || src.inLoop(before) || src.inLoop(after)) {
                continue;
            }
            int firstBefore = src.firstLine(before);
            int lastAfter = src.lastLine(after);
            if (firstBefore > 0 && lastAfter > 0 && lastAfter < firstBefore) {
                out.add(new Diagnostic(LintRule.CALL_ORDER.id(), Severity.INFO, "the note has `" + function + "` call `"
                        + before + "` before `" + after + "`; the source calls `" + after + "` first (line " + lastAfter
                        + ", `" + before + "` on line " + firstBefore + ")", noted.get(i).range()));
            }
        }
    }

    // ---------------------------------------------------------------- arms left out

    private static void untracedBranches(Note note, NoteTrace.Body b, SourceBody src, List<Diagnostic> out) {
        Set<String> conditions = new HashSet<>();
        Set<String> elseOf = new HashSet<>();
        for (Step s : b.steps()) {
            String c = NoteTrace.condition(note, s);
            if (c != null) {
                conditions.add(ConditionText.normalize(c));
            }
            if (s.kind() == StepKind.IF && c != null && s.alternatives().stream().anyMatch(a -> a.kind() == StepKind.ELSE)) {
                elseOf.add(ConditionText.normalize(c));
            }
            if (s.kind() == StepKind.CASE) {
                // `=> case X:` traces the case X, `=> default:` the default
                conditions.add("default".equals(s.label()) || s.expression() == null ? DEFAULT
                        : ConditionText.normalize(note.text().substring(s.expression().range().offset(),
                        s.expression().range().endOffset())));
            }
        }
        if (conditions.isEmpty()) {
            return;   // a note that traces no condition of the body does not claim its branches
        }
        Map<String, Integer> left = new LinkedHashMap<>();
        for (SourceBody.Arm arm : src.arms()) {
            boolean traced = switch (arm.kind()) {
                case ELSE -> elseOf.stream().anyMatch(c -> ConditionText.matches(c, arm.head()));
                case DEFAULT -> conditions.contains(DEFAULT);
                default -> conditions.stream().anyMatch(c -> ConditionText.matches(c, arm.branch().normalized()));
            };
            boolean headTraced = conditions.stream().anyMatch(c -> ConditionText.matches(c, arm.head()));
            if (!traced && headTraced && arm.doesSomething()) {
                left.putIfAbsent(arm.describe(), arm.branch().line());
            }
        }
        if (left.isEmpty()) {
            return;
        }
        List<String> listed = new ArrayList<>();
        left.forEach((text, line) -> listed.add(text + " (line " + line + ")"));
        out.add(new Diagnostic(LintRule.UNTRACED_BRANCH.id(), Severity.INFO, "`" + b.function() + "` in the source has "
                + (left.size() == 1 ? "an arm" : left.size() + " arms") + " the note leaves out without saying so: "
                + String.join(", ", listed) + "; trace it or mark it skipped (## 先略, ## skip)", b.anchor()));
    }
}
