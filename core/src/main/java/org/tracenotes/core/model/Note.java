package org.tracenotes.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed note: its sections in order, what its front matter says, and what the parser found.
 *
 * @param source      the name the note was read from (a path, as given)
 * @param text        the note's text as read
 * @param frontMatter the YAML front matter's top-level keys, empty if none
 * @param sections    the sections, the untitled preamble first
 * @param diagnostics what the parser found, in source order
 */
public record Note(
        String source,
        String text,
        Map<String, Object> frontMatter,
        List<Section> sections,
        List<Diagnostic> diagnostics) {

    public Note {
        frontMatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter));
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every trace block, in source order. */
    public List<TraceBlock> traceBlocks() {
        return sections.stream().flatMap(s -> s.traceBlocks().stream()).toList();
    }

    /** Every step of every trace block, depth first in source order (alternatives after their if). */
    public List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (TraceBlock b : traceBlocks()) {
            for (Root r : b.roots()) {
                collect(r.body(), out);
            }
        }
        return out;
    }

    /** {@code steps} and everything below them, depth first, from a stack on the heap (a note may nest thousands deep). */
    private static void collect(List<Step> steps, List<Step> out) {
        java.util.ArrayDeque<Step> todo = new java.util.ArrayDeque<>();
        pushReversed(steps, todo);
        while (!todo.isEmpty()) {
            Step s = todo.pop();
            out.add(s);
            pushReversed(s.alternatives(), todo);
            pushReversed(s.children(), todo);
        }
    }

    private static void pushReversed(List<Step> steps, java.util.ArrayDeque<Step> todo) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            todo.push(steps.get(i));
        }
    }

    /**
     * The functions this note defines: every root, every call with an inline expansion below it,
     * and every heading over an empty placeholder block, in source order.
     */
    public List<FunctionDef> functions() {
        List<FunctionDef> out = new ArrayList<>();
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                if (block instanceof TraceBlock t) {
                    for (Root r : t.roots()) {
                        if (r.definesFunction()) {
                            out.add(new FunctionDef(r.name(), r.parameters(), FunctionDef.Origin.ROOT, r.range(), r.body()));
                        }
                        inline(r.body(), out);
                    }
                } else if (block instanceof CodeBlock c && c.isPlaceholder() && isIdentifier(section.title())) {
                    out.add(new FunctionDef(section.title(), List.of(), FunctionDef.Origin.DECLARED, section.heading(), List.of()));
                }
            }
        }
        return out;
    }

    private static void inline(List<Step> steps, List<FunctionDef> out) {
        List<Step> all = new ArrayList<>();
        collect(steps, all);
        for (Step s : all) {
            s.expandedFunction().ifPresent(name -> out.add(new FunctionDef(name, List.of(),
                    FunctionDef.Origin.INLINE, s.range(), s.children())));
        }
    }

    /** Whether {@code s} is a C identifier. */
    public static boolean isIdentifier(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_]*");
    }
}
