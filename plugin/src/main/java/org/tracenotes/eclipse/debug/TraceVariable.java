package org.tracenotes.eclipse.debug;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.core.runtime.Status;

/**
 * A named value at a stop: a local of a frame, the page or one of its fields. Read-only (a run is changed
 * by forcing branches, not by writing values). {@code path} names it across stops ({@code 1/ret},
 * {@code 1/page/refcount}), so that the Variables view keeps what is expanded and marks what changed.
 */
public final class TraceVariable extends TraceDebugElement implements IVariable {

    private final String path;
    private final String name;
    private final TraceValue value;
    private final boolean changed;

    TraceVariable(TraceDebugTarget target, String path, String name, TraceValue value, boolean changed) {
        super(target);
        this.path = path;
        this.name = name;
        this.value = value;
        this.changed = changed;
    }

    @Override
    public IValue getValue() {
        return value;
    }

    /** The value, typed. */
    public TraceValue value() {
        return value;
    }

    /** Where it is across stops: the frame's key, then the names down to it. */
    public String path() {
        return path;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getReferenceTypeName() {
        return value.getReferenceTypeName();
    }

    @Override
    public boolean hasValueChanged() {
        return changed;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw new DebugException(Status.error("A run's values cannot be written; force a branch instead"));
    }

    @Override
    public void setValue(IValue v) throws DebugException {
        setValue(v.getValueString());
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public boolean verifyValue(String expression) {
        return false;
    }

    @Override
    public boolean verifyValue(IValue v) {
        return false;
    }

    /** The same variable at another stop (its frame's call, the names down to it): views keep it expanded. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TraceVariable v && v.getDebugTarget() == getDebugTarget() && v.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return name + " = " + value.getValueString();
    }
}
