package org.tracenotes.core.lint.rules;

import java.util.List;
import java.util.Map;
import org.tracenotes.core.lint.rules.runs.NoteRuns;
import org.tracenotes.core.lint.rules.source.SourceComparison;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.NoteAnnotations;
import org.tracenotes.core.run.RunResult;

/**
 * What a rule checks one note with: the note, its annotations, the names known from everything loaded
 * with it, and what several rules share and is computed once, on first use: the note's runs, and its
 * traced bodies next to a source tree's with the call findings made of them.
 */
public final class LintContext {

    private final Note note;
    private final NoteAnnotations annotations;
    private final KnownNames known;
    private final SourceComparison source;
    private List<SourceComparison.Traced> traced;
    private Map<String, List<String>> signatures;
    private List<RunResult> runs;
    private List<Diagnostic> callFindings;

    /**
     * @param source the source tree the note is checked against ({@code lint --source}), or null without one
     */
    public LintContext(Note note, KnownNames known, SourceComparison source) {
        this.note = note;
        this.annotations = new NoteAnnotations(note);
        this.known = known;
        this.source = source;
    }

    public Note note() {
        return note;
    }

    public NoteAnnotations annotations() {
        return annotations;
    }

    public KnownNames known() {
        return known;
    }

    /** The note's {@code @sig} signatures, by function. */
    public Map<String, List<String>> signatures() {
        if (signatures == null) {
            signatures = annotations.signatures();
        }
        return signatures;
    }

    /** Whether the note is checked against a source tree: the source rules stand for {@code unknown-function}. */
    public boolean checksSource() {
        return source != null;
    }

    /** The source tree's comparison, or null without one ({@link #checksSource}). */
    public SourceComparison source() {
        return source;
    }

    /** The note's traced bodies next to the source's, once; empty without a tree. */
    public List<SourceComparison.Traced> traced() {
        if (traced == null) {
            traced = source == null ? List.of() : source.traced(note);
        }
        return traced;
    }

    /** The traced bodies whose function the source has a body of to check against (not only a macro). */
    public List<SourceComparison.Traced> checkable() {
        return traced().stream().filter(t -> t.source().checkable()).toList();
    }

    /** The findings of {@code call-not-in-body} and {@code not-in-source}, made together once; empty without a tree. */
    public List<Diagnostic> callFindings() {
        if (callFindings == null) {
            callFindings = source == null ? List.of() : source.callFindings(traced());
        }
        return callFindings;
    }

    /** The results of running the note for lint ({@link NoteRuns}), once for every rule that reads them. */
    public List<RunResult> runs() {
        if (runs == null) {
            runs = NoteRuns.of(note, annotations, known.model());
        }
        return runs;
    }
}
