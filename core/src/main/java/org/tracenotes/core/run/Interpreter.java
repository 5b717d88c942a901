package org.tracenotes.core.run;

import java.util.List;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * Runs a trace against the page model: a tree-walking interpreter over the note model (jlox's shape),
 * with C semantics for what notes write and recorded leniency where they abbreviate. A call runs its
 * inline expansion, else a root of that name in a loaded note, else the model's reference trace, else
 * a primitive; anything else ends the run {@code unknown-function}. A note reaches nothing but the
 * model: names resolve to variables, kernel constants and primitives, never to Java.
 *
 * <p>This class starts a run and puts its result together; the work is done by its parts, which share
 * one {@link RunState}: {@link Statements}, {@link Expressions}, {@link Scopes} (names),
 * {@link Calls} (call resolution), {@link Expectations}, {@link Elisions}, {@link KernelBindings} and
 * {@link RunInspection} (what a debugger sees).
 */
public final class Interpreter {

    private final RunState r;

    private Interpreter(Program program, String scenario, PageModel model, RunOptions options) {
        this.r = new RunState(program, scenario, model, options);
    }

    /**
     * Runs {@code root} (a root of the program's main note, or a reference trace when the program
     * runs the reference) from {@code start}.
     */
    public static RunResult run(Program program, Root root, String scenario, PageState start, RunOptions options) {
        return new Interpreter(program, scenario, new PageModel(start), options).run(root);
    }

    /** As {@link #run(Program, Root, String, PageState, RunOptions)}, on a model the caller keeps to inspect. */
    public static RunResult run(Program program, Root root, String scenario, PageModel model, RunOptions options) {
        return new Interpreter(program, scenario, model, options).run(root);
    }

    private RunResult run(Root root) {
        Program program = r.program;
        Note note = program.main();
        CompiledNote code = program.code(note);
        Frame frame = new Frame(root.name(), null, note, code, program.mainIsReference(), code.frameSize(root));
        frame.line = root.range().line();
        r.top = frame;
        RunOutcome outcome = RunOutcome.RETURNED;
        Long result = null;
        String message = null;
        int stopLine = 0;
        try {
            for (String p : frame.code.parameters(root)) {
                frame.vars.bindInterned(p, new Value[] {r.kernel.entryValue(p, root)});
            }
            Signal s = r.statements.execBody(code.rootBody(root), frame, root.range().line());
            if (s == Signal.RETURN && !(r.pendingReturn == Value.VOID && isVoid(root))) {
                result = Value.asLong(r.pendingReturn);
            }
        } catch (Stop stop) {
            r.failing(stop);
            outcome = stop.outcome;
            message = stop.getMessage();
            stopLine = stop.line;
        } catch (RunAborted aborted) {
            throw aborted;
        } catch (StackOverflowError e) {
            outcome = RunOutcome.BUDGET_EXCEEDED;
            message = "the run nests deeper than the Java stack allows (calls " + r.depth
                    + " deep): does a function call itself without end?";
        } catch (OutOfMemoryError e) {
            r.path.clear();
            outcome = RunOutcome.BUDGET_EXCEEDED;
            message = "the run needs more memory than Java was given after " + r.steps + " steps; lower --max-steps";
        } catch (RuntimeException e) {
            // a bug of ours must not take the user's session down; the message says whose it is
            outcome = RunOutcome.ERROR;
            message = "internal error in the interpreter (please report it): " + e;
        }
        r.nesting = 0; // a run that stopped left its count where it stopped
        r.expectationChecks.atEnd(root, note, code, outcome, result);
        program.pathRoom(r.path.size());
        List<Integer> unreached = !r.forcing ? List.of()
                : r.options.forces().keySet().stream().filter(l -> !r.forced.contains(l)).sorted().toList();
        return new RunResult(root.name(), r.scenario, note.source(), outcome, result, message, stopLine, r.path.handOver(),
                r.elided.handOver(), r.lenient.values(), r.forced.handOver(), unreached, r.model.initial(), r.model.state(),
                r.model.gets(), r.model.puts(), r.expectations.isEmpty() ? List.of() : r.expectations);
    }

    private static boolean isVoid(Root root) {
        return root.text().startsWith("void ") || root.text().startsWith("static void ");
    }
}
