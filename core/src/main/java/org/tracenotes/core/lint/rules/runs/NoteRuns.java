package org.tracenotes.core.lint.rules.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.run.NoteAnnotations;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TraceRunner;

/**
 * The runs lint makes of a note, which the run rules read: each traced function on each of the note's
 * scenarios, or, without scenarios, on a free and an in-use page (to find its leniency); none when the
 * note names a model Tracenotes lacks.
 */
public final class NoteRuns {

    /** Starting states a note without scenarios is run on to find its leniency: a free page and an in-use one. */
    private static final List<List<String>> PROBE_STATES = List.of(List.of("buddy"),
            List.of("lru", "anon", "mapped", "refcount=1"));
    private static final int LINT_STEP_BUDGET = 20_000;

    private NoteRuns() {
    }

    /** The results, in the order of the note's roots, then of the scenarios (or probe states). */
    public static List<RunResult> of(Note note, NoteAnnotations annotations, ReferenceTraces model) {
        if (!NoteAnnotations.MODELS.contains(annotations.model())) {
            return List.of();
        }
        boolean hasScenarios = !annotations.scenarios().isEmpty();
        RunOptions options = RunOptions.defaults().withBudgets(LINT_STEP_BUDGET, 100);
        List<TraceRunner.Request> requests = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                if (!r.definesFunction() || r.body().isEmpty()) {
                    continue;
                }
                if (hasScenarios) {
                    for (NoteAnnotations.Declared d : annotations.scenarios()) {
                        if (d.scenario().state() instanceof Given.Applied) {
                            requests.add(new TraceRunner.Request(r.name(), d.scenario().name(), List.of(), Map.of(), false,
                                    options));
                        }
                    }
                } else {
                    for (List<String> given : PROBE_STATES) {
                        requests.add(new TraceRunner.Request(r.name(), null, given, Map.of(), false, options));
                    }
                }
            }
        }
        List<RunResult> results = new ArrayList<>();
        // every root's runs at once: the note is read for running once, not once a root
        for (TraceRunner.Response response : TraceRunner.runAll(note, List.of(), model, requests, annotations)) {
            if (response instanceof TraceRunner.Runs runs) {
                results.addAll(runs.results());
            }
        }
        return results;
    }
}
