package org.tracenotes.core.ide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracenotes.core.graph.CallGraph;
import org.tracenotes.core.graph.FunctionKind;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.kernel.Primitives;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.FunctionDef;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * Go-to-definition and hovers over function names. A name is a called function (the callee of a call
 * expression) or a traced function on its root line. Its definitions are, in order: roots in the same
 * note, roots in the other loaded notes, inline expansions (other than the one under the cursor), and
 * the model's reference trace.
 */
public final class Navigation {

    /** A function name in a note. */
    public record Symbol(String name, SourceRange range) { }

    /** Where a definition is. */
    public enum Where { ROOT, INLINE, DECLARED, REFERENCE }

    /**
     * One definition of a function.
     *
     * @param source the note it is in: a loaded note's source, or {@link ReferenceTraces#SOFT_OFFLINE_6_6}
     * @param range  its root line, or the call it is expanded under
     * @param where  what kind of definition it is
     */
    public record Target(String source, SourceRange range, Where where) { }

    private final Note note;
    private final List<Note> notes;
    private final ReferenceTraces model;
    private final CallGraph graph;

    /** Navigation in {@code note}, with {@code others} (the project's other notes) and the model. */
    public Navigation(Note note, List<Note> others, ReferenceTraces model) {
        this.note = note;
        this.notes = new ArrayList<>();
        this.notes.add(note);
        others.stream().filter(n -> !n.source().equals(note.source())).forEach(notes::add);
        this.model = model;
        this.graph = CallGraph.of(notes, ReferenceTraces::modelled);
    }

    /** The function name at {@code offset} (a UTF-16 index into the note's text), if there is one. */
    public Optional<Symbol> symbolAt(int offset) {
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                int at = r.nameOffset(note.text());
                if (at >= 0 && at <= offset && offset <= at + r.name().length()) {
                    return Optional.of(new Symbol(r.name(), new SourceRange(r.range().line(), 0, r.range().line(), 0,
                            at, at + r.name().length())));
                }
            }
        }
        for (Step s : note.steps()) {
            if (s.range().offset() <= offset && offset <= s.range().endOffset()) {
                Optional<Symbol> found = callee(s.expression(), offset);
                if (found.isEmpty() && s.inline() != null) {
                    found = callee(s.inline().expression(), offset);
                }
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Symbol> callee(Expr e, int offset) {
        if (e == null) {
            return Optional.empty();
        }
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name n
                && n.range().offset() <= offset && offset <= n.range().endOffset()) {
            return Optional.of(new Symbol(n.name(), n.range()));
        }
        for (Expr child : Expr.children(e)) {
            Optional<Symbol> found = callee(child, offset);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The definitions of {@code symbol}, best first; empty when nothing defines it. */
    public List<Target> definitions(Symbol symbol) {
        List<Target> roots = new ArrayList<>();
        List<Target> elsewhere = new ArrayList<>();
        List<Target> inline = new ArrayList<>();
        List<Target> declared = new ArrayList<>();
        for (CallGraph.Definition d : graph.definitions(symbol.name())) {
            boolean here = d.source().equals(note.source());
            if (d.origin() == FunctionDef.Origin.ROOT) {
                if (!(here && d.range().line() == symbol.range().line())) {
                    (here ? roots : elsewhere).add(new Target(d.source(), d.range(), Where.ROOT));
                }
            } else if (d.origin() == FunctionDef.Origin.INLINE) {
                if (!(here && d.range().line() == symbol.range().line())) {
                    inline.add(new Target(d.source(), d.range(), Where.INLINE));
                }
            } else {
                declared.add(new Target(d.source(), d.range(), Where.DECLARED));
            }
        }
        List<Target> out = new ArrayList<>(roots);
        out.addAll(elsewhere);
        out.addAll(inline);
        model.function(symbol.name()).ifPresent(r ->
                out.add(new Target(ReferenceTraces.SOFT_OFFLINE_6_6, r.range(), Where.REFERENCE)));
        out.addAll(declared);
        return out;
    }

    /** A call of a function: the callee's name where it is called, in a loaded note. */
    public record Reference(String source, SourceRange range) { }

    /**
     * The calls of {@code symbol}'s function in the loaded notes, each as the range of the called name:
     * this note's first, then the other notes', each in text order. Definitions are not among them.
     */
    public List<Reference> references(Symbol symbol) {
        List<Reference> here = new ArrayList<>();
        List<Reference> elsewhere = new ArrayList<>();
        if (!graph.contains(symbol.name())) {
            return here;
        }
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        notes.forEach(n -> texts.putIfAbsent(n.source(), n.text()));
        for (org.tracenotes.core.graph.CallSite site : graph.sortedCallSites()) {
            String text = texts.get(site.source());
            SourceRange r = site.range();
            if (!site.callee().equals(symbol.name()) || text == null || !text.startsWith(site.callee(), r.offset())) {
                continue;
            }
            int length = site.callee().length();
            SourceRange name = new SourceRange(r.line(), r.column(), r.line(),
                    r.column() + site.callee().codePointCount(0, length), r.offset(), r.offset() + length);
            (site.source().equals(note.source()) ? here : elsewhere).add(new Reference(site.source(), name));
        }
        java.util.Comparator<Reference> order = java.util.Comparator.comparing(Reference::source)
                .thenComparingInt(x -> x.range().offset());
        here.sort(order);
        elsewhere.sort(order);
        here.addAll(elsewhere);
        return here.stream().distinct().toList();
    }

    /** What a hover over {@code symbol} says: its kind and signature, in plain text, one fact a line. */
    public String hover(Symbol symbol) {
        String name = symbol.name();
        FunctionKind kind = graph.contains(name) ? graph.kind(name) : FunctionKind.UNKNOWN;
        List<String> lines = new ArrayList<>();
        for (Note n : notes) {
            for (TraceBlock b : n.traceBlocks()) {
                for (Root r : b.roots()) {
                    if (r.name().equals(name) && r.definesFunction()) {
                        lines.add("traced: " + r.signature() + " (" + n.source() + ":" + r.range().line() + ")");
                    }
                }
            }
        }
        long inline = graph.contains(name) ? graph.definitions(name).stream()
                .filter(d -> d.origin() == FunctionDef.Origin.INLINE).count() : 0;
        if (inline > 0) {
            lines.add("expanded inline " + inline + (inline == 1 ? " time" : " times"));
        }
        model.function(name).ifPresent(r -> lines.add("Linux 6.6 reference trace: " + r.text()));
        if (model.function(name).isEmpty() && Primitives.find(name).isPresent()) {
            lines.add("page-model primitive (Linux 6.6)");
        }
        if (kind == FunctionKind.UNKNOWN) {
            List<String> known = new ArrayList<>(model.functions());
            known.addAll(Primitives.names());
            List<String> near = Suggestions.nearest(name, known, 2);
            lines.add("unknown: not traced in a loaded note, not in the Linux 6.6 model"
                    + (near.isEmpty() ? "" : "; did you mean `" + near.get(0) + "`?"));
        }
        return name + " — " + kind.id() + "\n" + String.join("\n", lines);
    }
}
