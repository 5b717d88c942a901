package org.tracenotes.eclipse.debug;

import java.util.List;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IWatchExpressionDelegate;
import org.eclipse.debug.core.model.IWatchExpressionListener;
import org.eclipse.debug.core.model.IWatchExpressionResult;
import org.tracenotes.core.debug.DebugValue;
import org.tracenotes.core.run.LiveRun;

/**
 * Watch expressions (Expressions view, Watch): an expression of the note's language evaluated by core in
 * the selected frame of the stopped run, changing nothing (the page, the variables and the path are put back).
 */
public final class TraceWatchExpressionDelegate implements IWatchExpressionDelegate {

    @Override
    public void evaluateExpression(String expression, IDebugElement context, IWatchExpressionListener listener) {
        TraceStackFrame frame = context instanceof TraceStackFrame f ? f
                : context instanceof TraceThread t && t.getTopStackFrame() instanceof TraceStackFrame f ? f : null;
        if (frame == null || !frame.isSuspended()) {
            listener.watchEvaluationFinished(result(expression, null, "select a frame of a stopped Trace Note run"));
            return;
        }
        frame.target().evaluate(expression, frame.index()).whenComplete((e, failure) -> {
            if (failure != null) {
                listener.watchEvaluationFinished(result(expression, null, failure.getMessage()));
            } else if (!e.ok()) {
                listener.watchEvaluationFinished(result(expression, null, e.error()));
            } else {
                listener.watchEvaluationFinished(result(expression, value(frame.target(), expression, e), null));
            }
        });
    }

    private static IValue value(TraceDebugTarget target, String expression, LiveRun.Evaluation e) {
        DebugValue v = DebugValue.of(expression, e.value());
        return new TraceValue(target, v.value(), v.type(), List.of());
    }

    private static IWatchExpressionResult result(String expression, IValue value, String error) {
        return new IWatchExpressionResult() {
            @Override
            public IValue getValue() {
                return value;
            }

            @Override
            public boolean hasErrors() {
                return error != null;
            }

            @Override
            public String[] getErrorMessages() {
                return error == null ? new String[0] : new String[] {error};
            }

            @Override
            public String getExpressionText() {
                return expression;
            }

            @Override
            public DebugException getException() {
                return null;
            }
        };
    }
}
