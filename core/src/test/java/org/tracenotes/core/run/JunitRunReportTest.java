package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The runs of a note as a Surefire-shaped JUnit XML suite: one case a scenario, failures and errors named. */
class JunitRunReportTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String render(Note note) {
        TraceRunner.Runs runs = Runs.runs(note, TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()));
        return JunitRunReport.render("tracenotes.test", note, runs.runs(), 0.25);
    }

    @Test
    void everyScenarioOfTheAnnotatedSampleIsAPassingCase() throws Exception {
        Document doc = parse(render(Runs.sample("soft-offline.annotated.md")));
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("15", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0.250", suite.getAttribute("time"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(15, cases.getLength());
        Element first = (Element) cases.item(0);
        assertEquals("tracenotes.test", first.getAttribute("classname"));
        assertEquals("invalid-pfn", first.getAttribute("name"));
        assertTrue(first.getElementsByTagName("system-out").item(0).getTextContent().contains("outcome   returned -6"),
                first.getElementsByTagName("system-out").item(0).getTextContent());
    }

    @Test
    void aFailedExpectationIsAFailureWithItsLine() throws Exception {
        Note n = Runs.note("```\n## @scenario busy: lru, refcount=1\n## @scenario idle: buddy\nf(page)\n"
                + "=> ret = page_count(page)  ## @expect busy: ret == 2\n=> return ret\n```\n");
        Document doc = parse(render(n));
        assertEquals("2", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        Element busy = (Element) doc.getElementsByTagName("testcase").item(0);
        assertEquals("busy", busy.getAttribute("name"));
        Element failure = (Element) busy.getElementsByTagName("failure").item(0);
        assertEquals("expectation-failed", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("line 5: @expect ret == 2 failed ("), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().startsWith("test.md:5: @expect ret == 2: "), failure.getTextContent());
        Element idle = (Element) doc.getElementsByTagName("testcase").item(1);
        assertEquals(0, idle.getElementsByTagName("failure").getLength());
    }

    @Test
    void aRunThatDoesNotReturnIsAnErrorWithItsOutcome() throws Exception {
        Note n = Runs.note("```\n## @scenario one: lru\nf(page)\n=> x = flio_try_get(page)\n=> return x\n```\n");
        Document doc = parse(render(n));
        assertEquals("1", doc.getDocumentElement().getAttribute("errors"));
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertEquals("unknown-function", error.getAttribute("type"));
        assertTrue(error.getTextContent().startsWith("test.md:4: unknown-function"), error.getTextContent());
    }

    @Test
    void aNoteThatCannotRunIsOneCaseInError() throws Exception {
        Document doc = parse(JunitRunReport.renderInvalid("tracenotes.bad", "bad.md:2:1: `@scenario four lru` is not …\u0001"));
        assertEquals("1", doc.getDocumentElement().getAttribute("errors"));
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertEquals("invalid", error.getAttribute("type"));
        assertTrue(error.getAttribute("message").endsWith("\ufffd"), "a control character is replaced");
    }
}
