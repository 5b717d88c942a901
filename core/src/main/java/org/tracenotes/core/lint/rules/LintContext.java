package org.tracenotes.core.lint.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tracenotes.core.lint.rules.runs.NoteRuns;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.NoteAnnotations;
import org.tracenotes.core.run.RunResult;

/**
 * What a rule checks one note with: the note, its annotations, the names known from everything loaded
 * with it, and what several rules share and is computed once, on first use: the note's runs and the
 * findings of the check against a source tree.
 */
public final class LintContext {

    private final Note note;
    private final NoteAnnotations annotations;
    private final KnownNames known;
    private final Supplier<List<Diagnostic>> againstSource;
    private Map<String, List<String>> signatures;
    private List<RunResult> runs;
    private List<Diagnostic> sourceFindings;

    /**
     * @param againstSource the findings of checking the note against a source tree ({@code lint --source}),
     *                      or null without one
     */
    public LintContext(Note note, KnownNames known, Supplier<List<Diagnostic>> againstSource) {
        this.note = note;
        this.annotations = new NoteAnnotations(note);
        this.known = known;
        this.againstSource = againstSource;
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
        return againstSource != null;
    }

    /** The findings of the check against the source tree (every source rule's), once; empty without a tree. */
    public List<Diagnostic> sourceFindings() {
        if (sourceFindings == null) {
            sourceFindings = againstSource == null ? List.of() : againstSource.get();
        }
        return sourceFindings;
    }

    /** The results of running the note for lint ({@link NoteRuns}), once for every rule that reads them. */
    public List<RunResult> runs() {
        if (runs == null) {
            runs = NoteRuns.of(note, annotations, known.model());
        }
        return runs;
    }
}
