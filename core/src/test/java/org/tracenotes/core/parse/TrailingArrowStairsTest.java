package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A fence of steps in words, each ending in {@code =>} and going one level deeper: a staircase of steps (made-up fragments). */
class TrailingArrowStairsTest {

    private static String fence(String info, String... lines) {
        return "# Notes\n\n```" + info + "\n" + String.join("\n", lines) + "\n```\n";
    }

    @Test
    void englishSentencesEndingInArrowsDownAStaircaseAreATrace() {
        assertEquals(1, Parsing.parse(fence("txt",
                "copy the image into memory =>",
                "    parse the image layout =>",
                "        check it against this kernel =>",
                "            free the scratch pages")).traceBlocks().size());
    }

    @Test
    void eachStepOfTheStaircaseIsTheBodyOfTheStepAbove() {
        String shape = Parsing.shape(Parsing.parse(fence("txt",
                "\u8bfb\u53d6\u6587\u4ef6 =>",
                "    \u89e3\u6790\u5934\u90e8 =>",
                "        \u6821\u9a8c\u7b7e\u540d =>",
                "            \u6e05\u7406")));
        String[] all = shape.split("\n");
        String[] lines = java.util.Arrays.copyOfRange(all, all.length - 4, all.length);   // the root is implied (SentenceStairs)
        for (int k = 1; k < lines.length; k++) {
            int above = lines[k - 1].length() - lines[k - 1].stripLeading().length();
            int here = lines[k].length() - lines[k].stripLeading().length();
            assertEquals(above + 2, here, shape);
        }
    }

    @Test
    void anArrowThatLeadsToNoDeeperLineIsNoStaircase() {
        assertEquals(0, Parsing.parse(fence("",
                "first we copy =>",
                "then we parse =>",
                "and then we check")).traceBlocks().size());
    }

    @Test
    void aFenceWithFewArrowsAtLineEndsStaysAListing() {
        assertEquals(0, Parsing.parse(fence("",
                "the plan is simple",
                "  we read the file",
                "    and look at it =>",
                "      then we stop",
                "  and we go home")).traceBlocks().size());
    }

    @Test
    void aFenceOfAListingLanguageStaysAListing() {
        assertEquals(0, Parsing.parse(fence("scala",
                "read it =>",
                "  parse it =>",
                "    check it")).traceBlocks().size());
    }
}
