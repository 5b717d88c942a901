package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A chain drawn one tab deeper at every line, after a line indented by two spaces. Every fragment is made up. */
class TabStaircaseTest {

    @Test
    void theFirstTabbedLineUnderATwoSpaceLineContinuesTheStaircase() {
        String trace = String.join("\n",
                "```c",
                "ring_open()\t\t- entry point",
                "  -> ring_alloc(struct ring *r)",
                "\t-> ring_setup(r, attrs)",
                "\t\t-> ring_setup_locked(r, attrs)",
                "\t\t\t-> ring_map()",
                "\t\t\t\t-> ring_page_get()",
                "```");
        assertEquals("""
                root ring_open()\t\t- entry point
                  call ring_alloc(struct ring *r)
                    call ring_setup(r, attrs)
                      call ring_setup_locked(r, attrs)
                        call ring_map()
                          call ring_page_get()
                """, Parsing.shape(Parsing.parse(trace + "\n")));
    }

    @Test
    void aTabbedLineLevelWithTheSpacesAboveStaysASiblingWhenTheBlockComesBackUp() {
        String trace = String.join("\n",
                "```c",
                "ring_open()",
                "  -> ring_alloc()",
                "\t-> ring_setup()",
                "\t\t-> ring_map()",
                "\t-> ring_start()",
                "\t\t-> ring_kick()",
                "```");
        assertEquals("""
                root ring_open()
                  call ring_alloc()
                  call ring_setup()
                    call ring_map()
                  call ring_start()
                    call ring_kick()
                """, Parsing.shape(Parsing.parse(trace + "\n")));
    }
}
