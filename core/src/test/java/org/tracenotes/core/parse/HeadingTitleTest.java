package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A heading's closing marks are taken off as the regular expression {@code [ \t]+#+$} replaced by nothing did. */
class HeadingTitleTest {

    private static String byPattern(String s) {
        return s.replaceAll("[ \\t]+#+$", "");
    }

    @Test
    void closingMarksAfterBlanksAreTakenOff() {
        assertEquals(" Title", HeadingTitle.withoutClosingMarks(" Title ##"));
        assertEquals(" a # b", HeadingTitle.withoutClosingMarks(" a # b\t #"));
        assertEquals(" C#", HeadingTitle.withoutClosingMarks(" C#"));
        assertEquals("##", HeadingTitle.withoutClosingMarks("##"));
        assertEquals(" Title\u0085", HeadingTitle.withoutClosingMarks(" Title ##\u0085"));
    }

    @Test
    void everyGeneratedTitleReadsAsThePatternReadIt() {
        char[] alphabet = {' ', '\t', '#', 'a', '页', '\u0085', '\n', '\u3000'};
        Random random = new Random(17);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString().strip();
            assertEquals(byPattern(s), HeadingTitle.withoutClosingMarks(s), () -> "for `" + s + "`");
        }
    }
}
