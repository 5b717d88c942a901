package org.tracenotes.core.debug;

import java.util.List;

/**
 * One frame of a stopped run, innermost first: the trace itself, an inline expansion, a root of a
 * loaded note or a reference trace of the model.
 *
 * @param function  the function's name ({@code (end of run)} while end-of-run expectations are checked)
 * @param source    the note its lines come from: a note's path as loaded, or the reference traces' resource
 * @param line      the line it stands at (1-based)
 * @param reference whether {@code source} is the model's reference traces, not a note on disk
 * @param locals    its variables, parameters first
 */
public record DebugFrame(String function, String source, int line, boolean reference, List<DebugValue> locals) {

    public DebugFrame {
        locals = List.copyOf(locals);
    }
}
