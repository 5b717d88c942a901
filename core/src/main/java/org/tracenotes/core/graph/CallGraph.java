package org.tracenotes.core.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.tracenotes.core.model.FunctionDef;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.SourceRange;

/**
 * The functions of a set of notes and the calls between them: one graph across all notes, so a
 * function expanded in one note and traced as a root in another is one vertex. Vertices are function
 * names; every call site is its own edge (a {@link DirectedPseudograph}: parallel edges and
 * recursion allowed). Queries are JGraphT's algorithms.
 */
public final class CallGraph {

    private final Graph<String, CallSite> graph;
    private final Map<String, FunctionKind> kinds;
    private final Map<String, List<Definition>> definitions;

    /** Where a note defines a function. */
    public record Definition(String source, FunctionDef.Origin origin, SourceRange range) { }

    /** Where a source tree defines a function ({@link #withSource}): a file relative to the tree's root, a line. */
    public record SourcePlace(String file, int line) { }

    private final Map<String, List<SourcePlace>> sourcePlaces;

    /** The function {@link #around} kept what it reaches, or null for a whole graph. */
    private final String focus;

    private CallGraph(Graph<String, CallSite> graph, Map<String, FunctionKind> kinds,
                      Map<String, List<Definition>> definitions) {
        this(graph, kinds, definitions, null, Map.of());
    }

    private CallGraph(Graph<String, CallSite> graph, Map<String, FunctionKind> kinds,
                      Map<String, List<Definition>> definitions, String focus, Map<String, List<SourcePlace>> sourcePlaces) {
        this.graph = graph;
        this.kinds = kinds;
        this.definitions = definitions;
        this.focus = focus;
        this.sourcePlaces = sourcePlaces;
    }

    /** Where the source tree given to {@link #withSource} defines {@code function}; empty without one. */
    public List<SourcePlace> sourcePlaces(String function) {
        return sourcePlaces.getOrDefault(function, List.of());
    }

    /** The entry {@link #around} was given, if this is the part of a graph one function reaches. */
    public java.util.Optional<String> focus() {
        return java.util.Optional.ofNullable(focus);
    }

    /** The graph of {@code notes}, in the order given (it decides vertex order in exports). */
    public static CallGraph of(Collection<Note> notes) {
        return of(notes, name -> false);
    }

    /**
     * The graph of {@code notes}, where a function no note traces or declares but {@code modelled}
     * knows (the page model's reference traces and primitives) is of kind {@link FunctionKind#MODEL}.
     */
    public static CallGraph of(Collection<Note> notes, java.util.function.Predicate<String> modelled) {
        Graph<String, CallSite> g = new DirectedPseudograph<>(CallSite.class);
        Map<String, FunctionKind> kinds = new LinkedHashMap<>();
        Map<String, List<Definition>> defs = new LinkedHashMap<>();
        for (Note note : notes) {
            for (FunctionDef f : note.functions()) {
                defs.computeIfAbsent(f.name(), k -> new ArrayList<>())
                        .add(new Definition(note.source(), f.origin(), f.range()));
                FunctionKind kind = f.origin() == FunctionDef.Origin.DECLARED ? FunctionKind.DECLARED : FunctionKind.TRACED;
                kinds.merge(f.name(), kind, (a, b) -> a == FunctionKind.TRACED || b == FunctionKind.TRACED
                        ? FunctionKind.TRACED : a);
                g.addVertex(f.name());
            }
        }
        for (Note note : notes) {
            for (CallSite site : CallCollector.of(note)) {
                g.addVertex(site.caller());
                g.addVertex(site.callee());
                kinds.putIfAbsent(site.caller(), modelled.test(site.caller()) ? FunctionKind.MODEL : FunctionKind.UNKNOWN);
                kinds.putIfAbsent(site.callee(), modelled.test(site.callee()) ? FunctionKind.MODEL : FunctionKind.UNKNOWN);
                g.addEdge(site.caller(), site.callee(), site);
            }
        }
        return new CallGraph(g, kinds, defs);
    }

    /** The JGraphT graph itself, for algorithms not offered here. Do not modify it. */
    public Graph<String, CallSite> graph() {
        return graph;
    }

    public Set<String> functions() {
        return graph.vertexSet();
    }

    public Set<CallSite> callSites() {
        return graph.edgeSet();
    }

    public FunctionKind kind(String function) {
        return kinds.getOrDefault(function, FunctionKind.UNKNOWN);
    }

    /** Where notes define {@code function}: roots, inline expansions, declarations. */
    public List<Definition> definitions(String function) {
        return definitions.getOrDefault(function, List.of());
    }

    public boolean contains(String function) {
        return graph.containsVertex(function);
    }

    /** The functions {@code function} calls, in order of their first call site. */
    public Set<String> callees(String function) {
        Set<String> out = new LinkedHashSet<>();
        if (contains(function)) {
            sorted(graph.outgoingEdgesOf(function)).forEach(e -> out.add(e.callee()));
        }
        return out;
    }

    /** The functions that call {@code function}, sorted by name. */
    public Set<String> callers(String function) {
        Set<String> out = new TreeSet<>();
        if (contains(function)) {
            graph.incomingEdgesOf(function).forEach(e -> out.add(e.caller()));
        }
        return out;
    }

    /** The call sites in {@code function}'s body, in source order. */
    public List<CallSite> callSitesIn(String function) {
        return contains(function) ? sorted(graph.outgoingEdgesOf(function)) : List.of();
    }

    /** Every function reachable from {@code entry} (itself included), breadth first. */
    public Set<String> reachableFrom(String entry) {
        return reachableFrom(entry, Integer.MAX_VALUE);
    }

    /** Functions at most {@code depth} calls away from {@code entry}, breadth first. */
    public Set<String> reachableFrom(String entry, int depth) {
        Set<String> out = new LinkedHashSet<>();
        if (!contains(entry)) {
            return out;
        }
        BreadthFirstIterator<String, CallSite> it = new BreadthFirstIterator<>(graph, entry);
        while (it.hasNext()) {
            String v = it.next();
            if (it.getDepth(v) <= depth) {
                out.add(v);
            }
        }
        return out;
    }

    /** A shortest chain of call sites from {@code from} to {@code to}, if one exists. */
    public Optional<List<CallSite>> path(String from, String to) {
        if (!contains(from) || !contains(to)) {
            return Optional.empty();
        }
        GraphPath<String, CallSite> p = BFSShortestPath.findPathBetween(graph, from, to);
        return p == null ? Optional.empty() : Optional.of(p.getEdgeList());
    }

    /** Groups of functions that call each other in a cycle (recursion), each sorted; self-calls included. */
    public List<Set<String>> cycles() {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> scc : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            String only = scc.iterator().next();
            if (scc.size() > 1 || graph.containsEdge(only, only)) {
                out.add(new TreeSet<>(scc));
            }
        }
        out.sort(Comparator.comparing(s -> s.iterator().next()));
        return out;
    }

    /**
     * The entry points: functions traced as a root that no other function calls (a root may call
     * itself). Everything a note
     * traces is reached from these unless it sits in a cycle that nothing enters.
     */
    public Set<String> entries() {
        if (focus != null) {
            // the part one function reaches (--entry): that function is its one entry, whatever calls it elsewhere
            return new TreeSet<>(Set.of(focus));
        }
        Set<String> out = new TreeSet<>();
        definitions.forEach((name, defs) -> {
            Set<String> callers = callers(name);
            callers.remove(name);
            if (defs.stream().anyMatch(d -> d.origin() == FunctionDef.Origin.ROOT) && callers.isEmpty()) {
                out.add(name);
            }
        });
        return out;
    }

    /** Traced functions that no root of any note reaches: not called from any traced function's body. */
    public Set<String> unreached() {
        Set<String> reached = new LinkedHashSet<>();
        for (String entry : entries()) {
            reached.addAll(reachableFrom(entry));
        }
        Set<String> out = new TreeSet<>();
        for (String v : graph.vertexSet()) {
            if (kind(v) == FunctionKind.TRACED && !reached.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Functions called but neither traced nor declared in any loaded note, sorted. */
    public Set<String> unknown() {
        Set<String> out = new TreeSet<>();
        for (String v : graph.vertexSet()) {
            if (kind(v) == FunctionKind.UNKNOWN) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * This graph with what a source tree knows: a function no note traces or declares that the tree
     * defines becomes a {@link FunctionKind#SOURCE} vertex with its definition's place; with
     * {@code untraced}, every call the source's body of a traced function makes that the notes leave out
     * is added as an {@link CallSite.Kind#UNTRACED} edge placed in the source file.
     */
    public CallGraph withSource(org.tracenotes.core.source.SourceIndex index, boolean untraced) {
        Graph<String, CallSite> g = new DirectedPseudograph<>(CallSite.class);
        graph.vertexSet().forEach(g::addVertex);
        graph.edgeSet().forEach(e -> g.addEdge(e.caller(), e.callee(), e));
        Map<String, FunctionKind> k = new LinkedHashMap<>(kinds);
        Map<String, List<SourcePlace>> d = new LinkedHashMap<>(sourcePlaces);
        for (String f : List.copyOf(g.vertexSet())) {
            if (kind(f) == FunctionKind.UNKNOWN) {
                sourceVertex(index, f, k, d);
            }
        }
        if (untraced) {
            for (String f : List.copyOf(g.vertexSet())) {
                if (kind(f) != FunctionKind.TRACED) {
                    continue;
                }
                Set<String> noted = callees(f);
                for (org.tracenotes.core.source.SourceFunction def : index.lookup(f)) {
                    if (def.marks().contains("macro")) {
                        continue;
                    }
                    String file = relative(index, def.file());
                    for (org.tracenotes.core.source.SourceNode.Call c : calls(def.body())) {
                        if (!c.receiver().isEmpty() || noted.contains(c.callee()) || g.containsEdge(f, c.callee())) {
                            continue;
                        }
                        if (g.addVertex(c.callee())) {
                            k.put(c.callee(), FunctionKind.UNKNOWN);
                            sourceVertex(index, c.callee(), k, d);
                        }
                        g.addEdge(f, c.callee(), new CallSite(f, c.callee(), file, SourceRange.at(c.line(), 1, -1),
                                CallSite.Context.STEP, CallSite.Kind.UNTRACED));
                    }
                    break;   // the first definition: one #ifdef arm's calls, not every arm's
                }
            }
        }
        return new CallGraph(g, k, definitions, focus, d);
    }

    private static void sourceVertex(org.tracenotes.core.source.SourceIndex index, String f, Map<String, FunctionKind> kinds,
                                     Map<String, List<SourcePlace>> defs) {
        List<org.tracenotes.core.source.SourceFunction> found = index.lookup(f);
        if (found.isEmpty()) {
            return;
        }
        kinds.put(f, FunctionKind.SOURCE);
        List<SourcePlace> places = new ArrayList<>();
        for (org.tracenotes.core.source.SourceFunction s : found) {
            places.add(new SourcePlace(relative(index, s.file()), s.startLine()));
        }
        defs.put(f, places);
    }

    private static String relative(org.tracenotes.core.source.SourceIndex index, java.nio.file.Path file) {
        try {
            return index.root().relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private static List<org.tracenotes.core.source.SourceNode.Call> calls(List<org.tracenotes.core.source.SourceNode> nodes) {
        List<org.tracenotes.core.source.SourceNode.Call> out = new ArrayList<>();
        for (org.tracenotes.core.source.SourceNode n : nodes) {
            if (n instanceof org.tracenotes.core.source.SourceNode.Call c) {
                out.add(c);
            } else if (n instanceof org.tracenotes.core.source.SourceNode.Branch b) {
                out.addAll(calls(b.body()));
            }
        }
        return out;
    }

    /** The part of the graph within {@code depth} calls of {@code entry}. */
    public CallGraph around(String entry, int depth) {
        Set<String> keep = reachableFrom(entry, depth);
        Map<String, FunctionKind> keptKinds = new LinkedHashMap<>();
        Map<String, List<Definition>> keptDefinitions = new LinkedHashMap<>();
        for (String f : keep) {
            keptKinds.put(f, kind(f));
            if (definitions.containsKey(f)) {
                keptDefinitions.put(f, definitions.get(f));
            }
        }
        return new CallGraph(new AsSubgraph<>(graph, keep), keptKinds, keptDefinitions, entry, sourcePlaces);
    }

    /** Call sites in source order: note, line, column. */
    static List<CallSite> sorted(Collection<CallSite> sites) {
        List<CallSite> out = new ArrayList<>(sites);
        out.sort(Comparator.comparing(CallSite::source).thenComparingInt(s -> s.range().offset())
                .thenComparing(CallSite::callee));
        return out;
    }

    /**
     * The call sites grouped by caller and callee, in order of each pair's first site: what a picture
     * draws as one arrow.
     */
    public List<CallPair> callPairs() {
        Map<String, List<CallSite>> byPair = new LinkedHashMap<>();
        for (CallSite s : sortedCallSites()) {
            byPair.computeIfAbsent(s.caller() + "\u0000" + s.callee(), k -> new ArrayList<>()).add(s);
        }
        return byPair.values().stream().map(sites -> new CallPair(sites.get(0).caller(), sites.get(0).callee(), sites))
                .toList();
    }

    /** All call sites from one caller to one callee. */
    public record CallPair(String caller, String callee, List<CallSite> sites) {

        /** Whether every site is an indirect or an untraced call: drawn dashed. */
        public boolean indirect() {
            return sites.stream().allMatch(s -> s.kind() != CallSite.Kind.DIRECT);
        }

        /** Whether any site is among {@code marked}. */
        public boolean anyIn(Set<CallSite> marked) {
            return sites.stream().anyMatch(marked::contains);
        }
    }

    /** Every call site in source order. */
    public List<CallSite> sortedCallSites() {
        return sorted(graph.edgeSet());
    }
}
