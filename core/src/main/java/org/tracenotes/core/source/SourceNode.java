package org.tracenotes.core.source;

import java.util.List;

/**
 * What a function body does, as a trace note talks about it: calls, branches with their conditions,
 * loops, returns, gotos and labels, and assignments — each with its line. Everything else in the body
 * (declarations without a value, plain arithmetic) is left out. A branch or loop holds the nodes of its body; an if's else-if and
 * else arms are {@link Branch} nodes that follow it in order, with {@code kind} ELSE_IF / ELSE.
 */
public sealed interface SourceNode {

    /** 1-based line in the source file. */
    int line();

    /**
     * A call. {@code receiver} is the text before the callee for {@code ops->fn(x)}, {@code obj.m()},
     * {@code Type.m()} (empty for a plain call); {@code assignedTo} the variable a call's result is
     * stored in ({@code ret = f(x)}), empty otherwise; {@code text} the call as written, on one line.
     * A call inside an argument list or condition comes before the node that uses it.
     */
    record Call(String callee, String receiver, String assignedTo, String text, int line) implements SourceNode { }

    /** Kinds of branch and loop. */
    enum BranchKind { IF, ELSE_IF, ELSE, SWITCH, CASE, DEFAULT, FOR, WHILE, DO_WHILE, FOREACH_MACRO, TRY, CATCH, FINALLY }

    /**
     * A branch or loop. {@code condition} is the condition as written, on one line without the outer
     * parentheses ({@code folio == page_folio(page)}), empty for else, default and endless loops;
     * {@code normalized} the form conditions are compared in (see {@link ConditionText}).
     */
    record Branch(BranchKind kind, String condition, String normalized, List<SourceNode> body, int line) implements SourceNode {
        public Branch {
            body = List.copyOf(body);
        }
    }

    /**
     * An assignment whose value is not a call alone ({@code ret = -EBUSY}, {@code flags &= ~MF_X}, a local
     * declared with a value): what a run of the note needs to follow the code. {@code operator} is
     * {@code =} or a compound one; a call inside {@code value} comes before it as a {@link Call}. An
     * assignment of a call's result is that {@link Call} with its {@code assignedTo}.
     */
    record Assign(String target, String operator, String value, int line) implements SourceNode { }

    /** A return, with its expression as written (empty for a bare return). */
    record Return(String expression, int line) implements SourceNode { }

    /** {@code goto label}. */
    record Goto(String label, int line) implements SourceNode { }

    /** A label ({@code out:}); the nodes after it in the same list follow it. */
    record Label(String name, int line) implements SourceNode { }
}
