package org.tracenotes.core.run;

import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.RunEvent.Resolution;

/** A function's activation: its variables, and where its body comes from. */
final class Frame {
    final String function;
    final Frame caller;
    final Note note;
    /** The note's steps compiled. */
    final CompiledNote code;
    final boolean reference;
    /** In the order bound, so that a debugger lists parameters first. */
    final Vars vars;
    /** Frames below this one; an expectation may not write to frames older than its own calls. */
    final int level;
    /** The line of the step this frame is running, or of the call it waits on. */
    int line;
    /** Where the body came from; null for the trace the run started with. */
    Resolution resolution;

    Frame(String function, Frame caller, Note note, CompiledNote code, boolean reference) {
        this(function, caller, note, code, reference, new Vars());
    }

    /** A frame whose variables start with {@code places} places ({@link FrameSizes}). */
    Frame(String function, Frame caller, Note note, CompiledNote code, boolean reference, int places) {
        this(function, caller, note, code, reference, new Vars(places));
    }

    /** A frame over {@code vars}, shared with another frame (a view of it with another note's text). */
    Frame(String function, Frame caller, Note note, CompiledNote code, boolean reference, Vars vars) {
        this.vars = vars;
        this.function = function;
        this.caller = caller;
        this.note = note;
        this.code = code;
        this.reference = reference;
        this.level = caller == null ? 0 : caller.level + 1;
    }
}
