package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Call trees drawn with forks: a caller ends with {@code - +}, its callees are led by {@code | - } or
 * {@code - } under the fork, however far right. Every fragment is made up; the expected tree is written
 * as indented {@code kind text} lines.
 */
class ForkTreesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse("``` C\n" + String.join("\n", lines) + "\n```\n"));
    }

    @Test
    void calleesUnderAForkAreItsBodyByTheirColumn() {
        assertEquals("""
                root dev_remove - +
                  call dev_detach - +
                    call port_detach - +  // each port
                      call port_flush - +
                        prose too long, stop
                    call port_free
                  call dev_free
                """, read(
                "dev_remove - +",
                "             | - dev_detach - +",
                "                              | - port_detach - +   //each port",
                "                                                | - port_flush - +",
                "                                                               | - too long, stop",
                "                              | - port_free",
                "             | - dev_free"));
    }

    @Test
    void aSumOverLinesIsNoForkTree() {
        assertEquals("", read(
                "total = a - +",
                "        b;",
                "x = y;"));
    }

    @Test
    void aForkDrawnTreeInAFenceOfAnotherLanguageStaysThatLanguage() {
        assertEquals("", Parsing.shape(Parsing.parse(String.join("\n",
                "```yaml",
                "dev_remove - +",
                "             | - dev_detach - +",
                "                              | - port_detach",
                "             | - dev_free",
                "```", ""))));
    }
}
