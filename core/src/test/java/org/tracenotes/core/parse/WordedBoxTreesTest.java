package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Trees drawn with box edges ({@code ├─>} / {@code └─>} or {@code ├─} / {@code └─}) under a bare code name,
 * whose arms are mostly steps in words with a few code names or calls: read as a trace, each arm a step
 * under the arm it hangs from, and no arm the wrapped rest of a long arm above it. Listings of files, trees
 * of plain words and trees under a sentence stay text. Every fragment is made up.
 */
class WordedBoxTreesTest {

    @Test
    void arrowTippedArmsInWordsUnderABareNameAreStepsNestedByTheirColumn() {
        assertEquals("""
                root tool_main
                  prose parse options & set up the Driver
                  if if -x run the worker
                  call BuildPlan
                    prose Translate args (raw → cooked)
                    prose plan stages (read → check → emit)
                    call BuildJobs
                      prose create Job list (Command objects)
                  call RunPlan
                    prose fork & exec each Job in order
                    prose collect exit codes & handle failures
                """, Parsing.shape(Parsing.parse("""
                ```
                tool_main
                 ├─> parse options & set up the Driver
                 ├─> if -x run the worker
                 ├─> BuildPlan
                 │    ├─> Translate args (raw → cooked)
                 │    ├─> plan stages (read → check → emit)
                 │    └─> BuildJobs
                 │         └─> create Job list (Command objects)
                 └─> RunPlan
                      ├─> fork & exec each Job in order
                      └─> collect exit codes & handle failures
                ```
                """)));
    }

    @Test
    void plainEdgedArmsInWordsNeedNoCallWithParentheses() {
        Note note = Parsing.parse("""
                ```
                serve_main
                 ├─ open the listening sockets
                 ├─ StartWorkers
                 │    ├─ pin each worker to its core
                 │    └─ wait until all of them report ready
                 └─ return the exit status
                ```
                """);
        assertEquals("serve_main", Parsing.onlyRoot(note).text());
        assertEquals(3, Parsing.onlyRoot(note).body().size(), () -> Parsing.shape(note));
        assertEquals(2, Parsing.onlyRoot(note).body().get(1).children().size(), () -> Parsing.shape(note));
    }

    @Test
    void aLongArmInWordsNeverSwallowsTheArmsAfterIt() {
        Note note = Parsing.parse("""
                ```
                serve_main
                 ├─ read the config file and every override given on the command line, then check them all
                 ├─ open the listening sockets
                 ├─ StartWorkers
                 │    ├─ spawn one worker per core, each with its own queue and its own timer wheel set
                 │    ├─ pin each worker to its core
                 │    └─ wait until all of them report ready
                 └─ pool.Drain(all)
                ```
                """);
        assertEquals(4, Parsing.onlyRoot(note).body().size(), () -> Parsing.shape(note));
        assertEquals(3, Parsing.onlyRoot(note).body().get(2).children().size(), () -> Parsing.shape(note));
    }

    @Test
    void aListingOfFilesUnderAProjectNameStaysText() {
        assertNoTrace("""
                ```
                my_project
                 ├── src/
                 │   ├── main.c
                 │   └── util.c
                 ├── Makefile
                 └── README.md
                ```
                """);
    }

    @Test
    void aTreeOfPlainWordsStaysText() {
        assertNoTrace("""
                ```
                animals
                 ├─ cats
                 │   ├─ big cats
                 │   └─ house cats
                 └─ dogs
                ```
                """);
        assertNoTrace("""
                ```
                animals
                 ├─> cats
                 │    ├─> big cats
                 │    └─> house cats
                 ├─> dogs
                 └─> birds
                ```
                """);
    }

    @Test
    void aHierarchyOfCamelCaseTypesIndentedPastItsRootStaysText() {
        assertNoTrace("""
                Kinds of fault:

                ```
                AppFault
                 ├─ ParseFault
                 ├─ StoreFault
                 │    ├─ DiskFullFault
                 │    └─ LockLost
                 └─ QuotaExceeded
                ```
                """);
    }

    @Test
    void subtypesWithRemarksInWordsStayText() {
        assertNoTrace("""
                ```
                ShapeBase
                 ├─ RoundShapeBase   drawn as a circle
                 │    └─ DotRoundShapeBase   a circle of one pixel
                 └─ BoxShapeBase     drawn with four sides
                ```
                """);
    }

    @Test
    void folderNamesWithoutExtensionsIndentedPastTheRootStayText() {
        assertNoTrace("""
                Folders:

                ```
                site_root
                 ├─ pages_draft
                 ├─ pages_live
                 └─ deploy_tools
                ```
                """);
        assertNoTrace("""
                ```
                web_app
                 ├── vendor_libs
                 ├── static_files
                 └── lib
                ```
                """);
    }

    @Test
    void armsUnderASentenceRatherThanANameStayText() {
        assertNoTrace("""
                ```
                What happens at start
                 ├─> load the ConfigStore
                 ├─> open_sockets
                 └─> serve forever
                ```
                """);
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }
}
