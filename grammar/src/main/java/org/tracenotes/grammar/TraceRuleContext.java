package org.tracenotes.grammar;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base of {@link TraceParser}'s contexts (the grammar's {@code contextSuperClass}): a context's
 * child list starts with room for four children instead of ANTLR's ten, made at the first child. Most
 * contexts of a note's tree (an expression, a primary, a payload, a step line) hold one to four
 * children; ANTLR's list, made empty, grew to ten at its first child, a copy and a larger array for
 * every context. Nothing else differs.
 */
public class TraceRuleContext extends ParserRuleContext {

    /** Room in a new child list. */
    private static final int FIRST_CAPACITY = 4;

    public TraceRuleContext() {
    }

    public TraceRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(FIRST_CAPACITY);
        }
        children.add(t);
        return t;
    }
}
