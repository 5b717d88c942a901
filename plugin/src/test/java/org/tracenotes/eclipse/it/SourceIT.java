package org.tracenotes.eclipse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source tree in the real IDE (with JDT's core bundle, as an Eclipse for Java developers has it): Ctrl+click
 * from a note's call to its definition, Generate Trace Note, and the source checks as markers.
 */
class SourceIT {

    private static Map<String, Object> seen;

    @BeforeAll
    static void runTheIde() throws Exception {
        seen = WorkbenchRun.of("SourceScenario", "source").seen();
    }

    @Test
    void aCallInAJavaNoteLinksToTheMethodThroughTheJavaModel() {
        assertEquals(List.of("Open the source of Cart.round (Cart.java:14)"), seen.get("javaLinks"));
        assertEquals("Cart.java", seen.get("javaOpened"));
        assertEquals("round line 14", seen.get("javaSelection"), "the method's name, selected by JDT's name range");
    }

    @Test
    void aCallInACNoteOpensTheFileAtTheFunctionsLine() {
        assertEquals(List.of("Open the source of demo_get (demo.c:3)"), seen.get("cLinks"));
        assertEquals("demo.c", seen.get("cOpened"));
        assertEquals(3, seen.get("cCaretLine"));
    }

    @Test
    void generateTraceNoteOnAJavaMethodWritesItsNote() {
        assertEquals("shop.Cart.total(String)", seen.get("javaRequest"));
        assertEquals("Cart.total.md", seen.get("javaGenerated"));
        String text = (String) seen.get("javaGeneratedText");
        assertTrue(text.startsWith("## Cart.total\n"), text);
        assertTrue(text.contains("total(String region)    ## shop/Cart.java:6"), text);
        assertTrue(text.contains("=> if region.isEmpty()    ## shop/Cart.java:8"), text);
        assertTrue(text.contains("=> return round(sum)    ## shop/Cart.java:9"), text);
    }

    @Test
    void generateTraceNoteOnACFunctionNameInANote() {
        assertEquals("demo_get.md", seen.get("cGenerated"));
        String text = (String) seen.get("cGeneratedText");
        assertTrue(text.contains("demo_get(struct page *page)    ## mm/demo.c:3") || text.contains("## mm/demo.c:3"), text);
        assertTrue(text.contains("=> return page_ref_inc(page)    ## mm/demo.c:5"), text);
    }

    @Test
    void theSourceChecksAreMarkersOfTheBuilder() {
        assertEquals(List.of("8 call-not-in-body", "8 unreachable"), seen.get("javaMarkers"), "`rund(sum)`: total calls no rund");
        assertEquals(List.of(), seen.get("cMarkers"), "a C note that agrees with its source");
    }
}
