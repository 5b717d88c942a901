package org.tracenotes.core.ide;

import java.util.List;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;

/**
 * The {@link Navigation} of the last document asked for, kept while neither the document (by identity:
 * an editor's new text is a new document) nor the notes known (the same notes, in the same order) change.
 */
public final class NavigationCache {

    private record Kept(Object document, List<Note> notes, Navigation navigation) { }

    private volatile Kept kept;

    /** Navigation in {@code note}, the text of {@code document}, over {@code notes} and the 6.6 reference traces. */
    public Navigation of(Object document, Note note, List<Note> notes) {
        Kept k = kept;
        if (k != null && k.document() == document && same(k.notes(), notes)) {
            return k.navigation();
        }
        Navigation nav = new Navigation(note, notes, ReferenceTraces.softOffline66());
        kept = new Kept(document, notes, nav);
        return nav;
    }

    private static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
