package org.tracenotes.core.lint.rules.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.tracenotes.core.source.NoteTrace;
import org.tracenotes.core.source.SourceBody;
import org.tracenotes.core.source.SourceIndex;

/**
 * What every {@code lint --source} rule reads: a note's traced bodies next to the source's bodies of the
 * same functions, and whether the source makes a call the note notes. Matching is tolerant the way notes
 * are: arguments, {@code &}/{@code *}, casts and {@code ->}/{@code .} do not count (see
 * {@link org.tracenotes.core.source.ConditionText}); a call the note makes through a wrapper the source
 * calls counts as made; a body the source has only as a macro is not checked.
 *
 * <p>The call findings of {@link CallNotInBody} and {@link NotInSource} are made here together, because they
 * share one verdict: when most of a note's calls are not where the source has them, the tree is likely
 * another version than the note's, and one finding says so instead of one per call.
 */
public final class SourceComparison {

    /** At least this many call findings, and a third of the calls checked, make a version note instead. */
    private static final int FLOOD = 6;

    private final SourceIndex index;
    private final Map<String, SourceBody> bodies = new HashMap<>();

    public SourceComparison(SourceIndex index) {
        this.index = index;
    }

    /** A traced body of the note and the source's body of its function. */
    public record Traced(NoteTrace.Body body, SourceBody source) { }

    SourceIndex index() {
        return index;
    }

    SourceBody body(String function) {
        return bodies.computeIfAbsent(function, f -> new SourceBody(index.lookup(f)));
    }

    /** The note's traced bodies with the source's, in note order. */
    public List<Traced> traced(Note note) {
        List<Traced> out = new ArrayList<>();
        for (NoteTrace.Body b : NoteTrace.bodies(note)) {
            out.add(new Traced(b, body(b.function())));
        }
        return out;
    }

    /** Whether the source's body makes the call, itself or through a function it calls. */
    boolean makes(SourceBody src, String callee) {
        return src.calls(callee) || throughWrapper(src, callee);
    }

    /** A finding about a call (or a traced function), with the name it is about. */
    private record CallFinding(String name, Diagnostic diagnostic) { }

    /** The findings of {@code call-not-in-body} and {@code not-in-source}, or the one version note. */
    public List<Diagnostic> callFindings(List<Traced> traced) {
        List<CallFinding> calls = new ArrayList<>();
        int checked = 0;
        Set<String> flagged = new HashSet<>();
        Set<String> calledBySource = new HashSet<>();
        for (Traced t : traced) {
            calledBySource.addAll(t.source().callees());
        }
        for (Traced t : traced) {
            if (!t.source().checkable()) {
                continue;
            }
            for (Step s : t.body().steps()) {
                for (NoteTrace.NamedCall c : NoteTrace.calls(s)) {
                    checked++;
                    if (makes(t.source(), c.name())) {
                        continue;
                    }
                    flagged.add(c.name() + "@" + c.range().offset());
                    calls.add(new CallFinding(c.name(), callNotInBody(t.body().function(), t.source(), c)));
                }
            }
        }
        for (Traced t : traced) {
            NoteTrace.Body b = t.body();
            if (!t.source().checkable() && index.lookup(b.function()).isEmpty()) {
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
        List<Diagnostic> out = new ArrayList<>();
        if (calls.size() >= FLOOD && calls.size() * 3 >= checked) {
            out.add(versionNote(traced, calls));
        } else {
            calls.forEach(c -> out.add(c.diagnostic()));
        }
        return out;
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
            return new Diagnostic(CallNotInBody.ID, Severity.WARNING, where + " does not call `" + c.name()
                    + "`; did you mean `" + near.get(0) + "`, which it calls?", c.range());
        }
        String renamed = renamed(c.name(), src.callees());
        if (renamed != null) {
            return new Diagnostic(CallNotInBody.ID, Severity.INFO, where + " does not call `" + c.name()
                    + "` but calls `" + renamed + "`: renamed in another version?", c.range());
        }
        return new Diagnostic(CallNotInBody.ID, Severity.WARNING, where + " does not call `" + c.name() + "`",
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
        out.add(new CallFinding(name, new Diagnostic(NotInSource.ID, near.isEmpty() ? Severity.INFO
                : Severity.WARNING, message, at)));
    }

    private static Diagnostic versionNote(List<Traced> traced, List<CallFinding> calls) {
        List<String> names = calls.stream().map(CallFinding::name).distinct().limit(5).toList();
        SourceRange at = traced.isEmpty() ? calls.get(0).diagnostic().range() : traced.get(0).body().anchor();
        return new Diagnostic(CallNotInBody.ID, Severity.INFO, calls.size() + " calls of this note are not"
                + " where the source has them (" + String.join(", ", names) + (calls.size() > names.size() ? ", ..." : "")
                + "): the source is likely another version than the note's; lint against the note's version for "
                + "findings by call", at);
    }
}
