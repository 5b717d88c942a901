package org.tracenotes.core.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the definitions of one function do, gathered for the checks: whom they call, their conditions,
 * their else and case arms, where each call stands. Several definitions (the arms of an
 * {@code #ifdef}) count together; a function defined only as a macro has no body to check.
 */
public final class SourceBody {

    /** An else-if, else, case or default arm, with the condition of the if or switch it belongs to. */
    public record Arm(SourceNode.BranchKind kind, SourceNode.Branch branch, String head, String headText,
                      boolean doesSomething) {

        /** The arm as C: {@code else if (ret == -EBUSY)}, {@code else} of {@code if (x)}, {@code case X:}. */
        public String describe() {
            return switch (kind) {
                case ELSE_IF -> "`else if (" + branch.condition() + ")`";
                case ELSE -> "`else` of `if (" + headText + ")`";
                case CASE -> "`case " + branch.condition() + ":`";
                case DEFAULT -> "`default:` of `switch (" + headText + ")`";
                default -> "`" + branch.condition() + "`";
            };
        }
    }

    private final List<SourceFunction> definitions;
    private final Set<String> callees = new LinkedHashSet<>();
    private final List<SourceNode.Branch> conditions = new ArrayList<>();
    private final Map<SourceNode.Branch, SourceFunction> owner = new IdentityHashMap<>();
    private final List<Arm> arms = new ArrayList<>();
    private final Set<String> inLoop = new LinkedHashSet<>();
    private boolean loopsBack;

    public SourceBody(List<SourceFunction> all) {
        this.definitions = all.stream().filter(f -> !f.marks().contains("macro")).toList();
        for (SourceFunction f : definitions) {
            Map<String, Integer> labels = new java.util.HashMap<>();
            collectLabels(f.body(), labels);
            read(f, f.body(), false, labels);
        }
    }

    private static void collectLabels(List<SourceNode> nodes, Map<String, Integer> labels) {
        for (SourceNode n : nodes) {
            if (n instanceof SourceNode.Label l) {
                labels.putIfAbsent(l.name(), l.line());
            } else if (n instanceof SourceNode.Branch b) {
                collectLabels(b.body(), labels);
            }
        }
    }

    private void read(SourceFunction f, List<SourceNode> nodes, boolean loop, Map<String, Integer> labels) {
        SourceNode.Branch head = null;
        for (SourceNode n : nodes) {
            if (n instanceof SourceNode.Call c) {
                callees.add(c.callee());
                if (loop) {
                    inLoop.add(c.callee());
                }
            } else if (n instanceof SourceNode.Goto g) {
                Integer at = labels.get(g.label());
                loopsBack |= at != null && at < g.line();
            } else if (n instanceof SourceNode.Branch b) {
                boolean isLoop = switch (b.kind()) {
                    case FOR, WHILE, DO_WHILE, FOREACH_MACRO -> true;
                    default -> false;
                };
                loopsBack |= isLoop;
                switch (b.kind()) {
                    case FOREACH_MACRO -> {
                        int paren = b.condition().indexOf('(');
                        callees.add(paren > 0 ? b.condition().substring(0, paren).strip() : b.condition());
                    }
                    case FOR -> addCondition(f, forCondition(b));
                    case IF, ELSE_IF, WHILE, DO_WHILE, SWITCH -> addCondition(f, b);
                    default -> { }
                }
                if (b.kind() == SourceNode.BranchKind.IF || b.kind() == SourceNode.BranchKind.SWITCH) {
                    head = b;
                } else if (head != null && (b.kind() == SourceNode.BranchKind.ELSE_IF || b.kind() == SourceNode.BranchKind.ELSE)) {
                    arms.add(new Arm(b.kind(), b, head.normalized(), head.condition(), doesSomething(b.body())));
                }
                if (b.kind() == SourceNode.BranchKind.SWITCH) {
                    for (SourceNode c : b.body()) {
                        if (c instanceof SourceNode.Branch k && (k.kind() == SourceNode.BranchKind.CASE
                                || k.kind() == SourceNode.BranchKind.DEFAULT)) {
                            arms.add(new Arm(k.kind(), k, b.normalized(), b.condition(), doesSomething(k.body())));
                        }
                    }
                }
                read(f, b.body(), loop || isLoop, labels);
                if (b.kind() == SourceNode.BranchKind.ELSE) {
                    head = null;
                }
            }
        }
    }

    private void addCondition(SourceFunction f, SourceNode.Branch b) {
        if (!b.normalized().isEmpty()) {
            conditions.add(b);
            owner.put(b, f);
        }
    }

    /** A for loop's condition alone: the part between its semicolons. */
    private static SourceNode.Branch forCondition(SourceNode.Branch b) {
        String[] parts = b.condition().split(";", -1);
        String c = parts.length == 3 ? parts[1].strip() : b.condition();
        return new SourceNode.Branch(b.kind(), c, ConditionText.normalize(c), b.body(), b.line());
    }

    private static boolean doesSomething(List<SourceNode> body) {
        for (SourceNode n : body) {
            if (n instanceof SourceNode.Call || n instanceof SourceNode.Return || n instanceof SourceNode.Goto) {
                return true;
            }
            if (n instanceof SourceNode.Branch b && doesSomething(b.body())) {
                return true;
            }
        }
        return false;
    }

    /** Whether there is a body to check: some definition that is not a macro. */
    public boolean checkable() {
        return !definitions.isEmpty();
    }

    public List<SourceFunction> definitions() {
        return definitions;
    }

    /** Every function the bodies call, loop macros included. */
    public Set<String> callees() {
        return callees;
    }

    public boolean calls(String name) {
        return callees.contains(name);
    }

    /** The conditions of ifs, else-ifs, loops and switches (a for loop's middle part). */
    public List<SourceNode.Branch> conditions() {
        return conditions;
    }

    public List<Arm> arms() {
        return arms;
    }

    /** Whether a loop or a goto to an earlier label can run the body's calls again, in another order. */
    public boolean loopsBack() {
        return loopsBack;
    }

    public boolean inLoop(String callee) {
        return inLoop.contains(callee);
    }

    /** The first line the first definition calls {@code callee} on, or 0. */
    public int firstLine(String callee) {
        return definitions.isEmpty() ? 0 : lines(definitions.get(0).body(), callee, true, 0);
    }

    /** The last line the first definition calls {@code callee} on, or 0. */
    public int lastLine(String callee) {
        return definitions.isEmpty() ? 0 : lines(definitions.get(0).body(), callee, false, 0);
    }

    private static int lines(List<SourceNode> nodes, String callee, boolean first, int found) {
        for (SourceNode n : nodes) {
            if (n instanceof SourceNode.Call c && c.callee().equals(callee)) {
                found = found == 0 ? c.line() : first ? Math.min(found, c.line()) : Math.max(found, c.line());
            } else if (n instanceof SourceNode.Branch b) {
                found = lines(b.body(), callee, first, found);
            }
        }
        return found;
    }

    /** {@code mm/memory-failure.c:1380}: the first definition's place, relative to {@code root}. */
    public String place(Path root) {
        if (definitions.isEmpty()) {
            return "";
        }
        SourceFunction f = definitions.get(0);
        return relative(root, f.file()) + ":" + f.startLine();
    }

    /** Where a condition of this body stands, relative to {@code root}. */
    public String where(SourceNode.Branch b, Path root) {
        SourceFunction f = owner.getOrDefault(b, definitions.isEmpty() ? null : definitions.get(0));
        return f == null ? "line " + b.line() : relative(root, f.file()) + ":" + b.line();
    }

    static String relative(Path root, Path file) {
        try {
            return root.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}
