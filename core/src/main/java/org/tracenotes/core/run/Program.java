package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.parse.NoteParser;

/**
 * Everything a run can call: the note being run, other loaded notes, the model's reference traces and
 * (through the interpreter) its primitives, with the signatures and annotations that bind them.
 * Built once and run many times, from several threads at once if need be: nothing in it changes
 * after construction except a concurrent cache of parsed annotation expressions.
 */
public final class Program {

    private final Note main;
    private final boolean mainIsReference;
    private final ReferenceTraces reference;
    private final Map<String, Root> roots = new LinkedHashMap<>();
    private final Map<String, Note> rootNotes = new HashMap<>();
    private final Map<String, List<String>> signatures = new HashMap<>();
    private final Map<String, Map<String, Expr>> initialisers = new HashMap<>();
    private final Map<Note, NoteAnnotations> annotations = new java.util.IdentityHashMap<>();
    /**
     * The length of the last run's path, the room a run's path starts with: a run as long as the last
     * grows no array and hands its path over without a copy (a guess, shared by threads without a lock).
     */
    private int pathRoom;
    private final Map<String, Optional<Expr>> expressions = new java.util.concurrent.ConcurrentHashMap<>();
    private final NoteParser parser = new NoteParser();
    /** The compiled form of the program's notes: compiled at the first run, shared by all runs. */
    private final ExprCompiler compiler = new ExprCompiler(this);
    private final Map<Note, CompiledNote> compiled = new java.util.IdentityHashMap<>();
    /** Notes a run reaches that the program was not built with (none that it knows of), compiled once too. */
    private final Map<Note, CompiledNote> otherCode = new java.util.IdentityHashMap<>();

    private Program(Note main, boolean mainIsReference, List<Note> others, ReferenceTraces reference) {
        this(main, mainIsReference, others, reference, null);
    }

    private Program(Note main, boolean mainIsReference, List<Note> others, ReferenceTraces reference,
                    NoteAnnotations mainAnnotations) {
        this.main = main;
        this.mainIsReference = mainIsReference;
        this.reference = reference;
        List<Note> notes = new ArrayList<>();
        notes.add(main);
        notes.addAll(others);
        for (Note n : notes) {
            NoteAnnotations a = n == main && mainAnnotations != null ? mainAnnotations : new NoteAnnotations(n);
            annotations.put(n, a);
            a.signatures().forEach(signatures::putIfAbsent);
            for (TraceBlock b : n.traceBlocks()) {
                for (Root r : b.roots()) {
                    if (r.definesFunction() && !r.body().isEmpty() && !roots.containsKey(r.name())) {
                        roots.put(r.name(), r);
                        rootNotes.put(r.name(), n);
                    }
                }
            }
        }
        if (reference != null) {
            annotations.put(reference.note(), new NoteAnnotations(reference.note()));
            for (String f : reference.functions()) {
                Root r = reference.function(f).orElseThrow();
                Map<String, Expr> locals = new HashMap<>();
                declarations(r.body(), locals);
                initialisers.put(f, locals);
            }
        }
        annotations.forEach((n, a) -> compiled.put(n, new CompiledNote(n, a, compiler)));
    }

    /** A program running {@code note}, calling into {@code others} and the model's reference traces. */
    public static Program of(Note note, List<Note> others, ReferenceTraces reference) {
        return new Program(note, false, others, reference);
    }

    /** {@link #of(Note, List, ReferenceTraces)}, with {@code note}'s annotations already read (null: read them). */
    public static Program of(Note note, List<Note> others, ReferenceTraces reference, NoteAnnotations annotations) {
        return new Program(note, false, others, reference, annotations);
    }

    /** A program running the model's reference traces themselves. */
    public static Program ofReference(ReferenceTraces reference) {
        return new Program(reference.note(), true, List.of(), reference);
    }

    private static void declarations(List<Step> steps, Map<String, Expr> out) {
        for (Step s : steps) {
            if (s.declaredType() != null && s.expression() instanceof Expr.Assign a && a.target() instanceof Expr.Name n) {
                out.putIfAbsent(n.name(), a.value());
            }
            declarations(s.children(), out);
            declarations(s.alternatives(), out);
        }
    }

    /** The note whose lines a run reports. */
    public Note main() {
        return main;
    }

    /** Whether the main note is the model's reference traces. */
    public boolean mainIsReference() {
        return mainIsReference;
    }

    public ReferenceTraces reference() {
        return reference;
    }

    /** The root of that name in a loaded note (the reference traces' own roots when running them). */
    public Optional<Root> root(String name) {
        if (mainIsReference) {
            return Optional.empty();
        }
        return Optional.ofNullable(roots.get(name));
    }

    /** The note a root of {@link #root} comes from. */
    public Note noteOf(String rootName) {
        return rootNotes.get(rootName);
    }

    /** The reference trace of that function, if the model has one. */
    public Optional<Root> referenceTrace(String name) {
        return reference == null ? Optional.empty() : reference.function(name);
    }

    /**
     * Parameter names for a function: {@code @sig}, else the parameters of a root of that name in a
     * loaded note, else the reference trace's signature.
     */
    public Optional<List<String>> signature(String function) {
        List<String> sig = signatures.get(function);
        if (sig != null) {
            return Optional.of(sig);
        }
        Root r = roots.get(function);
        if (r != null && !r.parameters().isEmpty()) {
            return Optional.of(r.parameters());
        }
        return referenceTrace(function).map(Root::parameters);
    }

    /** The names of the scenarios {@code note} declares. */
    public java.util.Set<String> scenarioNames(Note note) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        annotations(note).scenarios().forEach(d -> out.add(d.scenario().name()));
        return out;
    }

    /** The reference trace's initialiser of a local of {@code function}, e.g. {@code pass = 0}. */
    public Optional<Expr> initialiser(String function, String local) {
        Map<String, Expr> locals = initialisers.get(function);
        return locals == null ? Optional.empty() : Optional.ofNullable(locals.get(local));
    }

    /** The run annotations of a loaded note (or of the reference traces). */
    public NoteAnnotations annotations(Note note) {
        NoteAnnotations a = annotations.get(note);
        return a != null ? a : new NoteAnnotations(note);
    }

    /** Where a leniency is recorded and the names its words depend on. */
    record LeniencySite(int line, String kind, int variant, Object a, Object b, Object c) {

        // written out, the same as a record's own: the generated ones are bootstrapped through method handles
        // at their first call, about 30 classes spun at the start of every lint (bench/README.md, "Start-up")
        @Override
        public boolean equals(Object o) {
            return o instanceof LeniencySite s && line == s.line && variant == s.variant
                    && java.util.Objects.equals(kind, s.kind) && java.util.Objects.equals(a, s.a)
                    && java.util.Objects.equals(b, s.b) && java.util.Objects.equals(c, s.c);
        }

        @Override
        public int hashCode() {
            int h = Integer.hashCode(line);
            h = 31 * h + java.util.Objects.hashCode(kind);
            h = 31 * h + Integer.hashCode(variant);
            h = 31 * h + java.util.Objects.hashCode(a);
            h = 31 * h + java.util.Objects.hashCode(b);
            return 31 * h + java.util.Objects.hashCode(c);
        }
    }

    /** A leniency's record and its key among a run's leniencies. */
    record NotedLeniency(String key, Leniency leniency) { }

    private final Map<LeniencySite, NotedLeniency> leniencies = new java.util.concurrent.ConcurrentHashMap<>();

    /** The leniency recorded at {@code site}, its words made once. */
    NotedLeniency leniency(LeniencySite site, java.util.function.Supplier<String> what) {
        NotedLeniency n = leniencies.get(site);
        if (n == null) {
            String w = what.get();
            String key = site.line() + "\u0000" + site.kind() + "\u0000" + w;
            key.hashCode();
            n = new NotedLeniency(key, new Leniency(site.line(), site.kind(), w));
            leniencies.putIfAbsent(site, n);
        }
        return n;
    }

    /** The steps of {@code note} compiled for this program. */
    CompiledNote code(Note note) {
        CompiledNote c = compiled.get(note);
        if (c != null) {
            return c;
        }
        synchronized (otherCode) {
            return otherCode.computeIfAbsent(note, n -> new CompiledNote(n, annotations(n), compiler));
        }
    }

    /** Compiles this program's expressions. */
    ExprCompiler compiler() {
        return compiler;
    }

    /** An annotation's expression, parsed once. */
    public Optional<Expr> expression(String text) {
        return expressions.computeIfAbsent(text, parser::expression);
    }

    int pathRoom() {
        return pathRoom;
    }

    void pathRoom(int n) {
        pathRoom = Math.min(n, 1024); // a runaway run's path is no guess for the next
    }
}
