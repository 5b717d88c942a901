package org.tracenotes.core.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts a note from code ({@code tracenotes extract}): a function of a {@link SourceIndex} written in
 * the seed dialect — the root line is its signature; {@code =>} steps are its calls (with the variable
 * a call's result is stored in), ifs with their {@code -> else if} / {@code -> else} alternatives,
 * switches and their cases, loops, returns, gotos and labels; every step ends with its {@code file:line}
 * as a {@code ##} comment; callees the tree defines are expanded inline below their call, to
 * {@code depth} levels (each function once, where it is first called). A call that stands inside a
 * condition, a return or another call's arguments is written there, not as a step of its own. Works
 * the same for every language an index reads.
 */
public final class NoteExtractor {

    /** An extracted note, or why there is none. */
    public sealed interface Result permits Extracted, Failed { }

    /** The note's text, and the functions it traces (the root first). */
    public record Extracted(String text, List<String> functions) implements Result { }

    public record Failed(String message) implements Result { }

    private static final String INDENT = "   ";

    private final SourceIndex index;
    private final int depth;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> expanded = new HashSet<>();
    private final List<String> functions = new ArrayList<>();

    private NoteExtractor(SourceIndex index, int depth) {
        this.index = index;
        this.depth = depth;
    }

    /** The note of {@code function} with callees expanded {@code depth} levels deep (0: the function alone). */
    public static Result extract(SourceIndex index, String function, int depth) {
        if (depth < 0) {
            return new Failed("--depth must be 0 or more, not " + depth);
        }
        SourceFunction f = definition(index, function);
        if (f == null) {
            List<String> near = index.similarNames(function, 3);
            return new Failed("no function `" + function + "` in " + index.origin()
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
        }
        NoteExtractor x = new NoteExtractor(index, depth);
        x.out.append("## ").append(f.name()).append("\n\n");
        x.out.append("Extracted by `tracenotes extract` from ").append(where(index, f)).append(".\n\n");
        x.out.append("```sh\n");
        x.expanded.add(f.name());
        x.expanded.add(f.qualified());   // Java: overloads share a name, not a qualified name
        x.functions.add(f.name());
        x.out.append(line(index.noteRoot(f), where(index, f))).append('\n');
        x.nodes(f, f.body(), 0, 0);
        x.out.append("```\n");
        return new Extracted(x.out.toString(), List.copyOf(x.functions));
    }

    /** The definition a note means by {@code name}: the first real one (not a macro), else none. */
    static SourceFunction definition(SourceIndex index, String name) {
        for (SourceFunction f : index.lookup(name)) {
            if (!f.marks().contains("macro")) {
                return f;
            }
        }
        return null;
    }

    private static String where(SourceIndex index, SourceFunction f) {
        return SourceBody.relative(index.root(), f.file()) + ":" + f.startLine();
    }

    private static String place(SourceIndex index, SourceFunction f, int line) {
        return SourceBody.relative(index.root(), f.file()) + ":" + line;
    }

    private static String line(String step, String where) {
        return step + "    ## " + where;
    }

    private void step(int level, String text, SourceFunction f, int line) {
        out.append(INDENT.repeat(level)).append(line(index.noteCode(text), place(index, f, line))).append('\n');
    }

    /** Writes {@code nodes} of {@code f} at {@code level}; {@code level0} is where f's own steps start. */
    private void nodes(SourceFunction f, List<SourceNode> nodes, int level, int calls) {
        for (int i = 0; i < nodes.size(); i++) {
            SourceNode n = nodes.get(i);
            if (n instanceof SourceNode.Call c) {
                if (absorbed(nodes, i, c)) {
                    continue;
                }
                String text = c.assignedTo().isEmpty() ? c.text() : c.assignedTo() + " = " + c.text();
                step(level, "=> " + text, f, c.line());
                expand(f, c, level + 1, calls);
            } else if (n instanceof SourceNode.Branch b) {
                branch(f, b, level, calls);
            } else if (n instanceof SourceNode.Assign a) {
                step(level, "=> " + a.target() + " " + a.operator() + " " + a.value(), f, a.line());
            } else if (n instanceof SourceNode.Return r) {
                step(level, "=> return" + (r.expression().isEmpty() ? "" : " " + r.expression()), f, r.line());
            } else if (n instanceof SourceNode.Goto g) {
                step(level, "=> goto " + g.label(), f, g.line());
            } else if (n instanceof SourceNode.Label l) {
                step(level, l.name() + ":", f, l.line());
            }
        }
    }

    /**
     * Whether a call is written inside a later node rather than as a step: the node that uses it (a
     * call whose text holds it, or the branch or return that follows and holds it).
     */
    private static boolean absorbed(List<SourceNode> nodes, int i, SourceNode.Call c) {
        for (int j = i + 1; j < nodes.size(); j++) {
            SourceNode n = nodes.get(j);
            // the node that uses a call starts on its line or before it (a condition or call spanning lines)
            if (n.line() > c.line()) {
                return false;
            }
            if (n instanceof SourceNode.Call other) {
                if (other.text().contains(c.text()) && other.text().length() > c.text().length()) {
                    return true;
                }
                continue;   // calls of the same statement follow one another
            }
            if (n instanceof SourceNode.Branch b) {
                return b.condition().contains(c.text());
            }
            if (n instanceof SourceNode.Return r) {
                return r.expression().contains(c.text());
            }
            if (n instanceof SourceNode.Assign a) {
                return a.value().contains(c.text()) || a.target().contains(c.text());
            }
            return false;
        }
        return false;
    }

    private void expand(SourceFunction caller, SourceNode.Call c, int level, int calls) {
        if (calls >= depth || !c.receiver().isEmpty() || expanded.contains(c.callee())) {
            return;
        }
        // the index says which definition the call reaches (Java: the caller's type's method, not any of that name)
        SourceFunction callee = index.callees(caller, c).stream().filter(d -> !d.marks().contains("macro")).findFirst().orElse(null);
        if (callee == null || callee.body().isEmpty() || expanded.contains(callee.qualified())) {
            return;
        }
        expanded.add(callee.name());
        expanded.add(callee.qualified());
        functions.add(callee.name());
        nodes(callee, callee.body(), level, calls + 1);
    }

    private void branch(SourceFunction f, SourceNode.Branch b, int level, int calls) {
        String head = switch (b.kind()) {
            case IF -> "=> if " + b.condition();
            case ELSE_IF -> "-> else if " + b.condition();
            case ELSE -> "-> else";
            case SWITCH -> "=> switch (" + b.condition() + ")";
            case CASE -> "=> case " + b.condition() + ":";
            case DEFAULT -> "=> default:";
            case FOR -> "=> for (" + b.condition() + ")";
            case WHILE, DO_WHILE -> "=> while (" + b.condition() + ")";
            case FOREACH_MACRO -> "=> " + b.condition();
            case TRY -> "=> try";
            case CATCH -> "-> catch (" + b.condition() + ")";
            case FINALLY -> "-> finally";
        };
        step(level, head, f, b.line());
        nodes(f, b.body(), level + 1, calls);
    }
}
