package org.tracenotes.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.parse.ParseOptions;
import org.tracenotes.core.source.KernelFixture;
import org.tracenotes.core.source.SourceIndex;

/** graph --source: source vertices with their definition's place, and the calls a note leaves out, dashed. */
class SourceGraphTest {

    @TempDir
    static Path dir;

    static SourceIndex index;

    static final String NOTE = "```sh\ndemo_probe(dev, mode)\n=> err = demo_alloc(dev)\n=> err = demo_setup_one(dev, i)\n"
            + "=> demo_nowhere(dev)\n```\n";

    @BeforeAll
    static void open() throws Exception {
        index = KernelFixture.open(dir);
    }

    static CallGraph graph() {
        Note n = new NoteParser(ParseOptions.defaults()).parse("probe.md", NOTE);
        return CallGraph.of(List.of(n));
    }

    @Test
    void anUntracedFunctionTheTreeDefinesIsASourceVertexWithItsPlace() {
        CallGraph g = graph().withSource(index, false);
        assertEquals(FunctionKind.SOURCE, g.kind("demo_setup_one"));
        assertEquals(List.of(new CallGraph.SourcePlace("drivers/demo/demo.c", 9)), g.sourcePlaces("demo_setup_one"));
        assertTrue(new JsonGraphExporter().export(g, List.of()).contains("\"origin\" : \"source\""));
        assertEquals(FunctionKind.UNKNOWN, g.kind("demo_nowhere"));
        assertEquals(FunctionKind.TRACED, g.kind("demo_probe"));
        assertEquals(graph().callSites().size(), g.callSites().size(), "no calls added without --untraced");
    }

    @Test
    void untracedCallsAreAddedDashedFromTheSourceFile() {
        CallGraph g = graph().withSource(index, true);
        List<CallSite> added = g.sortedCallSites().stream().filter(s -> s.kind() == CallSite.Kind.UNTRACED).toList();
        assertEquals(java.util.Set.of("demo_fast", "demo_slow", "demo_item_init", "demo_pending", "demo_poll",
                "demo_debug_dump", "demo_quiet", "demo_free"), java.util.Set.copyOf(added.stream().map(CallSite::callee).toList()));
        assertEquals(8, added.size());
        assertTrue(added.stream().allMatch(s -> s.source().equals("drivers/demo/demo.c") && s.caller().equals("demo_probe")));
        assertFalse(added.stream().anyMatch(s -> s.callee().equals("demo_alloc") || s.callee().equals("demo_setup_one")));
        String dot = new DotExporter().export(g, List.of());
        assertTrue(dot.contains("style=\"dashed\""), dot);
        assertTrue(dot.contains("kind=\"source\""), dot);
        String json = new JsonGraphExporter().export(g, List.of());
        assertTrue(json.contains("\"kind\" : \"untraced\""), json);
        assertTrue(new TextGraphExporter().export(g, List.of()).contains("demo_fast  drivers/demo/demo.c:27:1 step untraced"));
    }
}
