package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageKinds;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.kernel.Scenario;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.TraceBlock;

/**
 * What {@code tracenotes run} asks for, checked and carried out: which trace, which scenarios, which
 * given keys and forced branches. A bad request is a message naming what is valid, never an exception.
 */
public final class TraceRunner {

    /** Runs every scenario the note declares. */
    public static final String ALL_SCENARIOS = "all";
    /** The name of a run whose state only {@code --given} sets. */
    public static final String GIVEN = "given";

    /**
     * A run request.
     *
     * @param trace     the root to run; null for the note's first
     * @param scenario  a declared scenario's name, {@code all}, or null for the given keys alone
     * @param given     {@code key=value} items applied after the scenario's
     * @param forces    branch lines forced taken or not taken
     * @param reference run the model's reference trace of the root's function instead of the note
     * @param options   budgets and listener
     */
    public record Request(String trace, String scenario, List<String> given, Map<Integer, Force> forces,
                          boolean reference, RunOptions options) {

        public Request {
            given = List.copyOf(given);
            forces = Map.copyOf(forces);
        }

        public static Request of(String trace, String scenario, List<String> given) {
            return new Request(trace, scenario, given, Map.of(), false, RunOptions.defaults());
        }
    }

    /** The runs carried out, or why none could be. */
    public sealed interface Response permits Runs, Invalid { }

    /** The runs a request asks for, checked but not carried out, or why they cannot be. */
    public sealed interface Plan permits Prepared, Invalid { }

    /** One run to carry out: the scenario's name and its starting state. */
    public record Start(String scenario, PageState state) { }

    /**
     * A checked request: the program, the root to run, and each run's start, in order; {@code options}
     * carry the request's budgets, listener and forces.
     */
    public record Prepared(Program program, Root root, List<Start> starts, RunOptions options) implements Plan {

        public Prepared {
            starts = List.copyOf(starts);
        }
    }

    /** One result per scenario run, in order. */
    public record Runs(Program program, List<Run> runs) implements Response {

        public List<RunResult> results() {
            return runs.stream().map(Run::result).toList();
        }
    }

    /**
     * A run's result, its events in order (of a run longer than {@link RunRecording#HEAD_STEPS} steps, those
     * of its first and last steps: a {@link RunRecording}), and the page model it ran on (for the invariants).
     */
    public record Run(RunResult result, List<RunEvent> events, org.tracenotes.core.kernel.PageModel model) {

        public Run(RunResult result, List<RunEvent> events) {
            this(result, events, null);
        }
    }

    /** The request cannot be carried out: what is wrong and what is valid. */
    public record Invalid(String message) implements Response, Plan { }

    private TraceRunner() {
    }

    /**
     * Runs {@code note} (other loaded notes may supply roots it calls) as {@code request} asks, on a
     * thread with a deep stack, so that a deeply nested or recursive note ends {@code budget-exceeded}
     * at its budgets, not at the caller's stack.
     */
    public static Response run(Note note, List<Note> others, ReferenceTraces model, Request request) {
        org.tracenotes.core.DeepStack.Outcome<Response> o = org.tracenotes.core.DeepStack.call("tracenotes-run",
                () -> runHere(note, others, model, request));
        if (o.value() != null) {
            return o.value();
        }
        return new Invalid("could not run " + note.source() + ": " + o.failure());
    }

    /**
     * Runs every request on one note, reading the note once (its annotations, traced roots and
     * program) instead of once a request: what lint does for each root of a large note, in time linear
     * in the note. The responses are in the requests' order.
     */
    public static List<Response> runAll(Note note, List<Note> others, ReferenceTraces model, List<Request> requests) {
        return runAll(note, others, model, requests, null);
    }

    /** {@link #runAll(Note, List, ReferenceTraces, List)}, with {@code note}'s annotations already read (null: read them). */
    public static List<Response> runAll(Note note, List<Note> others, ReferenceTraces model, List<Request> requests,
                                        NoteAnnotations annotations) {
        org.tracenotes.core.DeepStack.Outcome<List<Response>> o = org.tracenotes.core.DeepStack.call("tracenotes-run",
                () -> {
                    NoteCache cache = new NoteCache(note, others, model, annotations);
                    List<Response> out = new ArrayList<>(requests.size());
                    for (Request r : requests) {
                        out.add(runHere(cache, r));
                    }
                    return out;
                });
        if (o.value() != null) {
            return o.value();
        }
        Response failed = new Invalid("could not run " + note.source() + ": " + o.failure());
        return requests.stream().map(r -> failed).toList();
    }

    /** What every request on one note shares, computed once: its annotations, traced roots by name, program. */
    private static final class NoteCache {
        final Note note;
        final ReferenceTraces model;
        final NoteAnnotations annotations;
        final List<Root> roots;
        final Map<String, Root> rootsByName = new java.util.HashMap<>();
        private final List<Note> others;
        private Program program;

        NoteCache(Note note, List<Note> others, ReferenceTraces model) {
            this(note, others, model, null);
        }

        NoteCache(Note note, List<Note> others, ReferenceTraces model, NoteAnnotations annotations) {
            this.note = note;
            this.others = others;
            this.model = model;
            this.annotations = annotations != null ? annotations : new NoteAnnotations(note);
            this.roots = tracedRoots(note);
            for (Root r : roots) {
                rootsByName.putIfAbsent(r.name(), r);
            }
        }

        Program program() {
            if (program == null) {
                program = Program.of(note, others, model, annotations);
            }
            return program;
        }
    }

    private static Response runHere(Note note, List<Note> others, ReferenceTraces model, Request request) {
        return runHere(new NoteCache(note, others, model), request);
    }

    private static Response runHere(NoteCache cache, Request request) {
        Plan plan = prepare(cache, request);
        if (plan instanceof Invalid bad) {
            return bad;
        }
        Prepared p = (Prepared) plan;
        List<Run> results = new ArrayList<>();
        for (Start s : p.starts()) {
            results.add(run(p.program(), p.root(), s.scenario(), s.state(), p.options()));
        }
        return new Runs(p.program(), results);
    }

    /**
     * Checks {@code request} against {@code note} and works out what to run, without running it: the
     * trace, its program, and the starting state of each scenario. A bad request is an {@link Invalid}
     * naming what is valid.
     */
    public static Plan prepare(Note note, List<Note> others, ReferenceTraces model, Request request) {
        return prepare(new NoteCache(note, others, model), request);
    }

    private static Plan prepare(NoteCache cache, Request request) {
        Note note = cache.note;
        ReferenceTraces model = cache.model;
        NoteAnnotations annotations = cache.annotations;
        if (!NoteAnnotations.MODELS.contains(annotations.model())) {
            return new Invalid(note.source() + ": @model " + annotations.model() + " is not a model; models: "
                    + String.join(", ", NoteAnnotations.MODELS));
        }
        List<Root> roots = cache.roots;
        String traceName = request.trace() != null ? request.trace() : roots.isEmpty() ? null : roots.get(0).name();
        if (traceName == null) {
            return new Invalid(note.source() + ": the note has no traced function to run");
        }
        Program program;
        Root root;
        if (request.reference()) {
            program = Program.ofReference(model);
            root = model.function(traceName).orElse(null);
            if (root == null) {
                return new Invalid("the " + NoteAnnotations.DEFAULT_MODEL + " model has no reference trace of `"
                        + traceName + "`" + didYouMean(traceName, model.functions()) + "; it has: "
                        + String.join(", ", model.functions()));
            }
        } else {
            program = cache.program();
            root = cache.rootsByName.get(traceName);
            if (root == null) {
                root = inline(note, program, traceName);
            }
            if (root == null) {
                List<String> names = new ArrayList<>(roots.stream().map(Root::name).distinct().toList());
                note.functions().stream().filter(f -> f.origin() == org.tracenotes.core.model.FunctionDef.Origin.INLINE)
                        .map(org.tracenotes.core.model.FunctionDef::name).filter(n -> !names.contains(n))
                        .distinct().forEach(names::add);
                return new Invalid(note.source() + ": no traced function `" + traceName + "`"
                        + didYouMean(traceName, names) + "; the note traces: " + String.join(", ", names));
            }
        }
        String forceError = checkForces(program.main(), request.forces());
        if (forceError != null) {
            return new Invalid(forceError);
        }
        List<NoteAnnotations.Declared> declared = annotations.scenarios();
        boolean named = request.scenario() != null && declared.stream()
                .anyMatch(d -> d.scenario().name().equals(request.scenario()));
        if (request.scenario() != null && !named && !annotations.malformedScenarios().isEmpty()) {
            org.tracenotes.core.model.Annotation bad = annotations.malformedScenarios().get(0);
            return new Invalid(note.source() + ":" + bad.range().line() + ":" + bad.range().column() + ": `@scenario "
                    + bad.text() + "` is not `@scenario NAME: key, key=value, !key` (a name without spaces)");
        }
        List<NoteAnnotations.Declared> chosen = new ArrayList<>();
        if (ALL_SCENARIOS.equals(request.scenario())) {
            if (declared.isEmpty()) {
                return new Invalid(note.source() + ": --scenario all, but the note declares no `## @scenario NAME: keys`");
            }
            chosen.addAll(declared);
        } else if (request.scenario() != null) {
            declared.stream().filter(d -> d.scenario().name().equals(request.scenario())).findFirst()
                    .ifPresent(chosen::add);
            if (chosen.isEmpty() && PageKinds.ALL.containsKey(request.scenario())) {
                Scenario kind = new Scenario(request.scenario(), PageKinds.ALL.get(request.scenario()));
                chosen.add(new NoteAnnotations.Declared(kind, null));
            }
            if (chosen.isEmpty()) {
                List<String> names = declared.stream().map(d -> d.scenario().name()).toList();
                List<String> all = new ArrayList<>(names);
                all.addAll(PageKinds.ALL.keySet());
                return new Invalid(note.source() + ": no scenario `" + request.scenario() + "`"
                        + didYouMean(request.scenario(), all) + "; "
                        + (names.isEmpty() ? "the note declares none" : "the note declares: " + String.join(", ", names)
                        + " (or all)") + "; the model's page kinds: " + String.join(", ", PageKinds.ALL.keySet()));
            }
        }
        List<Start> starts = new ArrayList<>();
        RunOptions options = request.options().withForces(request.forces());
        if (chosen.isEmpty()) {
            Given.Result g = Given.apply(PageState.initial(), request.given());
            if (g instanceof Given.Invalid bad) {
                return new Invalid("--given: " + bad.message());
            }
            starts.add(new Start(GIVEN, ((Given.Applied) g).state()));
            return new Prepared(program, root, starts, options);
        }
        for (NoteAnnotations.Declared d : chosen) {
            Scenario s = d.scenario();
            Given.Result g = s.state();
            if (g instanceof Given.Invalid bad) {
                return new Invalid(note.source() + ":" + d.annotation().range().line() + ":"
                        + d.annotation().range().column() + ": scenario " + s.name() + ": " + bad.message());
            }
            Given.Result withGiven = Given.apply(((Given.Applied) g).state(), request.given());
            if (withGiven instanceof Given.Invalid bad) {
                return new Invalid("--given: " + bad.message());
            }
            starts.add(new Start(s.name(), ((Given.Applied) withGiven).state()));
        }
        return new Prepared(program, root, starts, options);
    }

    private static Run run(Program program, Root root, String scenario, PageState start, RunOptions options) {
        RunRecording events = new RunRecording();
        RunListener outer = options.listener();
        org.tracenotes.core.kernel.PageModel model = new org.tracenotes.core.kernel.PageModel(start);
        RunResult r = Interpreter.run(program, root, scenario, model, options.withListener(e -> {
            events.on(e);
            outer.on(e);
        }));
        return new Run(r, events, model);
    }

    /**
     * A function the note traces inline (a call with its body indented below it, as {@code outline} and
     * {@code graph} name it), as a root to run: its body the expansion's, its parameters from
     * {@code @sig}, another root of that name or the reference trace's prototype; null if there is none.
     */
    public static Root inline(Note note, Program program, String name) {
        for (org.tracenotes.core.model.FunctionDef f : note.functions()) {
            if (f.origin() == org.tracenotes.core.model.FunctionDef.Origin.INLINE && f.name().equals(name)
                    && !f.body().isEmpty()) {
                List<String> params = program.signature(name).orElse(List.of());
                return new Root(org.tracenotes.core.model.RootKind.CALL, name, params, name + "(" + String.join(", ", params)
                        + ")", 0, f.range(), f.body(), List.of(), List.of());
            }
        }
        return null;
    }

    /** The roots of a note that can run: they name a function and trace a body, in order. */
    public static List<Root> tracedRoots(Note note) {
        List<Root> roots = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                if (r.definesFunction() && !r.body().isEmpty()) {
                    roots.add(r);
                }
            }
        }
        return roots;
    }

    /** Null if every forced line is an if / else-if / else / case line of the note run; else why not. */
    private static String checkForces(Note note, Map<Integer, Force> forces) {
        if (forces.isEmpty()) {
            return null;
        }
        TreeSet<Integer> branchLines = new TreeSet<>();
        for (Step s : note.steps()) {
            if (s.kind() == StepKind.IF || s.kind() == StepKind.ELSE_IF || s.kind() == StepKind.ELSE
                    || s.kind() == StepKind.CASE) {
                branchLines.add(s.range().line());
            }
        }
        for (Integer line : new TreeSet<>(forces.keySet())) {
            if (!branchLines.contains(line)) {
                return "--force " + line + ": line " + line + " of " + note.source()
                        + " is not an if / else-if / else / case line; those are lines " + join(branchLines);
            }
        }
        return null;
    }

    private static String join(TreeSet<Integer> lines) {
        return lines.isEmpty() ? "(none)" : String.join(", ", lines.stream().map(String::valueOf).toList());
    }

    private static String didYouMean(String name, java.util.Collection<String> names) {
        List<String> near = Suggestions.nearest(name, names, 1);
        return near.isEmpty() ? "" : " (did you mean `" + near.get(0) + "`?)";
    }
}
