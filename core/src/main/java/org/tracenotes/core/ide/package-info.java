/**
 * Language services for editors, computed from the note model and free of any UI library: what to
 * colour (and how those colours move with an edit until the next parse), what folds, the outline tree,
 * where a called function is defined and what a hover says, which lines a run covered, which branches
 * to force to reach a line, the text edits of the safe quick fixes, the calls of a function, and text
 * positions as lines and UTF-16 characters (for the Language Server Protocol). The Eclipse plugin only
 * adapts these; any other editor could.
 */
package org.tracenotes.core.ide;
