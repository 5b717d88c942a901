package org.tracenotes.core.debug;

/** Where a session's run is after a request: stopped at an event, or ended. */
public sealed interface Halt permits DebugStop, RunEnded { }
