package org.tracenotes.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.ide.Highlights;
import org.tracenotes.core.parse.NoteParser;

/** The scanner hands the presentation reconciler core's highlights clipped to the range it repairs. */
class HighlightScannerTest {

    private static final String NOTE = "```\nf(x)\n=> if g(x)  ## 先略\n   => return 0\n```\n";

    private static List<String> tokens(int offset, int length) {
        Document doc = new Document(NOTE);
        List<Highlights.Highlight> highlights = Highlights.of(new NoteParser().parse("t.md", NOTE));
        HighlightScanner scanner = new HighlightScanner(d -> highlights);
        scanner.setRange(doc, offset, length);
        List<String> out = new ArrayList<>();
        for (IToken t = scanner.nextToken(); !t.isEOF(); t = scanner.nextToken()) {
            String text = NOTE.substring(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
            Object data = t.getData();
            String kind = data == null ? "plain" : HighlightScanner.STYLES.entrySet().stream()
                    .filter(e -> e.getValue() == (TextAttribute) data).map(e -> e.getKey().name()).findFirst().orElse("?");
            out.add(kind + ":" + text);
        }
        return out;
    }

    @Test
    void aWholeLineIsCutIntoItsHighlightsAndThePlainTextBetween() {
        int line = NOTE.indexOf("=> if");
        int end = NOTE.indexOf('\n', line);
        assertEquals(List.of("ARROW:=>", "plain: ", "KEYWORD:if", "plain: ", "FUNCTION:g", "plain:(x)  ", "SKIPPED:## 先略"),
                tokens(line, end - line));
    }

    @Test
    void aRangeStartingInsideAHighlightGetsItsTail() {
        int at = NOTE.indexOf("return") + 2;
        assertEquals(List.of("KEYWORD:turn", "plain: 0"), tokens(at, NOTE.indexOf('\n', at) - at));
    }

    @Test
    void textOutsideTraceBlocksIsPlain() {
        assertEquals(List.of("plain:```"), tokens(0, 3));
    }
}
