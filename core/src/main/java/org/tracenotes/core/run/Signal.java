package org.tracenotes.core.run;

/** How a statement ended: on to the next, or a jump out of the list it is in. */
enum Signal { NORMAL, RETURN, GOTO, BREAK, CONTINUE }
