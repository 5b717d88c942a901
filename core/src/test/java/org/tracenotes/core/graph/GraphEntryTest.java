package org.tracenotes.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/** {@code graph --entry F}: F is the part's entry, never "unreached"; the SVG legend lists what the picture has. */
class GraphEntryTest {

    private static CallGraph seed() {
        Note n = ((NoteLoader.Loaded) new NoteLoader(new NoteParser())
                .load(Golden.repositoryRoot().resolve("samples/soft-offline.md"))).note();
        return CallGraph.of(List.of(n), ReferenceTraces::modelled);
    }

    @Test
    void anEntryTracedInlineIsTheEntryNotUnreached() {
        CallGraph part = seed().around("get_any_page", Integer.MAX_VALUE);
        String text = new TextGraphExporter().export(part, List.of());
        assertTrue(text.contains("\nentries: get_any_page\n"), text);
        assertTrue(text.contains("\ntraced but not reached from an entry: none\n"), text);
        assertEquals(java.util.Set.of("soft_offline_page"), seed().entries());
    }

    @Test
    void theSvgLegendShowsEveryKindPresentAndTheHighlight() {
        CallGraph g = seed();
        List<CallSite> path = g.path("soft_offline_page", "flio_try_get").orElseThrow();
        String svg = new SvgExporter().export(g, path);
        String legend = svg.substring(svg.indexOf("<rect width=\"100%\""), svg.indexOf("<g transform"));
        for (String kind : List.of("traced", "declared", "model", "unknown", "highlighted path")) {
            assertTrue(legend.contains(">" + kind + "</text>"), kind + " in " + legend);
        }
        assertFalse(legend.contains(">indirect</text>"), "the seed has no indirect call");
        String plain = new SvgExporter().export(g.around("get_any_page", 1), List.of());
        String plainLegend = plain.substring(plain.indexOf("<rect width=\"100%\""), plain.indexOf("<g transform"));
        assertFalse(plainLegend.contains("highlighted path"), plainLegend);
    }
}
