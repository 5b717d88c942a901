package org.tracenotes.core.ide;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/** The navigation of a document is kept while the document and the notes known stay the same. */
class NavigationCacheTest {

    private static final Note NOTE = new NoteParser().parse("made-up.md", """
            ## do_thing

            ```sh
            do_thing(x)
            => helper(x)
            ```
            """);

    @Test
    void theSameDocumentOverTheSameNotesGetsTheSameNavigation() {
        NavigationCache cache = new NavigationCache();
        Object doc = new Object();
        List<Note> notes = List.of(NOTE);
        Navigation first = cache.of(doc, NOTE, notes);
        assertSame(first, cache.of(doc, NOTE, new ArrayList<>(notes)));
    }

    @Test
    void aNewDocumentOrOtherNotesGetANewNavigation() {
        NavigationCache cache = new NavigationCache();
        Object doc = new Object();
        Navigation first = cache.of(doc, NOTE, List.of(NOTE));
        assertNotSame(first, cache.of(new Object(), NOTE, List.of(NOTE)));
        Navigation second = cache.of(doc, NOTE, List.of(NOTE));
        assertNotSame(second, cache.of(doc, NOTE, List.of()));
    }
}
