package org.tracenotes.eclipse.debug;

import java.util.List;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A value at a stop: its text, its type, and the values inside it (the page's flags, the reference ledger). */
public final class TraceValue extends TraceDebugElement implements IValue {

    private final String text;
    private final String type;
    private final List<TraceVariable> children;

    TraceValue(TraceDebugTarget target, String text, String type, List<TraceVariable> children) {
        super(target);
        this.text = text;
        this.type = type;
        this.children = List.copyOf(children);
    }

    @Override
    public String getReferenceTypeName() {
        return type;
    }

    @Override
    public String getValueString() {
        return text;
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public IVariable[] getVariables() {
        return children.toArray(IVariable[]::new);
    }

    @Override
    public boolean hasVariables() {
        return !children.isEmpty();
    }

    /** The values inside, typed. */
    public List<TraceVariable> children() {
        return children;
    }

    @Override
    public String toString() {
        return text;
    }
}
