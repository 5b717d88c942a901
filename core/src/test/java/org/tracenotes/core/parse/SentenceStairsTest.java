package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A fence opening with a sentence that ends in {@code =>} over a deeper line: the sentence is a step, the root implied (made-up fragments). */
class SentenceStairsTest {

    @Test
    void aSentenceEndingInAnArrowFirstIsAStepNotARoot() {
        Parsing.assertShape("""
                root\s
                  prose copy the image into memory
                    prose parse the image layout
                      prose free the scratch pages
                """,
                "copy the image into memory =>",
                "    parse the image layout =>",
                "        free the scratch pages");
    }

    @Test
    void aFunctionNameEndingInAnArrowFirstStaysTheRoot() {
        Parsing.assertShape("""
                root sys_load_x
                  call read_image_x
                    call check_x
                """,
                "sys_load_x =>",
                "    read_image_x =>",
                "        check_x");
    }

    @Test
    void aSentenceWithoutAnArrowFirstStaysTheRoot() {
        assertEquals("root", Parsing.shape(Parsing.fenced(
                "how the image is loaded",
                "    => read_image_x()",
                "    => check_x()")).split(" ")[0]);
    }
}
