package org.tracenotes.core.run;

import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.tracenotes.core.lint.report.JunitLintReport;
import org.tracenotes.core.model.Note;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.tracenotes.core.lint.rules.runs.ExpectationFailed;

/**
 * The runs of one note ({@code tracenotes run --scenario all}) as a JUnit XML test suite, in the shape
 * Surefire writes ({@code <testsuite>} at the top), so CI dashboards list them beside a build's tests:
 * one test case a scenario. A run that did not return is an {@code <error>} (its outcome as the type,
 * what stopped it as the message); a run that returned with a failed {@code @expect} is a
 * {@code <failure>} naming the expectation's line; either way the body lists every failed expectation
 * as {@code source:line: @expect EXPR: detail}. The text report of the run is the case's
 * {@code <system-out>}. Written with the JDK's DOM and transformer.
 */
public final class JunitRunReport {

    private JunitRunReport() {
    }

    /**
     * The suite of {@code note}'s runs.
     *
     * @param suite   the suite's name, also every case's class name ({@code tracenotes.soft-offline})
     * @param note    the note run (its lines are the report's path)
     * @param runs    the runs, one case each
     * @param seconds how long they took together
     */
    public static String render(String suite, Note note, List<TraceRunner.Run> runs, double seconds) {
        Document doc = newDocument();
        Element s = suite(doc, suite, seconds);
        int failures = 0;
        int errors = 0;
        for (TraceRunner.Run run : runs) {
            RunResult r = run.result();
            Element tc = testCase(doc, suite, r.scenario());
            List<ExpectationResult> failed = r.expectations().stream().filter(e -> !e.passed()).toList();
            StringBuilder body = new StringBuilder();
            for (ExpectationResult e : failed) {
                body.append(r.source()).append(':').append(e.line()).append(": @expect ").append(e.expr()).append(": ")
                        .append(e.detail()).append('\n');
            }
            if (r.outcome() != RunOutcome.RETURNED) {
                errors++;
                Element error = doc.createElement("error");
                error.setAttribute("type", r.outcome().id());
                error.setAttribute("message", JunitLintReport.xml(r.outcome().id()
                        + (r.message() == null ? "" : ": " + r.message())));
                String where = r.line() > 0 ? r.source() + ":" + r.line() + ": " : r.source() + ": ";
                error.setTextContent(JunitLintReport.xml(where + r.outcome().id()
                        + (r.message() == null ? "" : ": " + r.message()) + "\n" + body));
                tc.appendChild(error);
            } else if (!failed.isEmpty()) {
                failures++;
                ExpectationResult first = failed.get(0);
                Element failure = doc.createElement("failure");
                failure.setAttribute("type", ExpectationFailed.ID);
                failure.setAttribute("message", JunitLintReport.xml("line " + first.line() + ": @expect " + first.expr()
                        + " failed (" + first.detail() + ")" + (failed.size() > 1 ? " and " + (failed.size() - 1)
                        + " more" : "")));
                failure.setTextContent(JunitLintReport.xml(body.toString()));
                tc.appendChild(failure);
            }
            Element out = doc.createElement("system-out");
            out.setTextContent(JunitLintReport.xml(TextRunReport.render(note, r, run.events())));
            tc.appendChild(out);
            s.appendChild(tc);
        }
        counts(s, runs.size(), failures, errors);
        return JunitLintReport.write(doc);
    }

    /**
     * A suite for a note that could not be run at all (a malformed {@code @scenario}, an unknown
     * {@code @model}, no traced function): one case, {@code run}, in error with {@code message}.
     */
    public static String renderInvalid(String suite, String message) {
        Document doc = newDocument();
        Element s = suite(doc, suite, 0);
        Element tc = testCase(doc, suite, "run");
        Element error = doc.createElement("error");
        error.setAttribute("type", "invalid");
        error.setAttribute("message", JunitLintReport.xml(message));
        error.setTextContent(JunitLintReport.xml(message + "\n"));
        tc.appendChild(error);
        s.appendChild(tc);
        counts(s, 1, 0, 1);
        return JunitLintReport.write(doc);
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML writer failed: " + e.getMessage(), e);
        }
    }

    private static Element suite(Document doc, String name, double seconds) {
        Element s = doc.createElement("testsuite");
        doc.appendChild(s);
        s.setAttribute("name", JunitLintReport.xml(name));
        s.setAttribute("time", String.format(Locale.ROOT, "%.3f", seconds));
        return s;
    }

    private static Element testCase(Document doc, String suite, String name) {
        Element tc = doc.createElement("testcase");
        tc.setAttribute("classname", JunitLintReport.xml(suite));
        tc.setAttribute("name", JunitLintReport.xml(name));
        return tc;
    }

    private static void counts(Element suite, int tests, int failures, int errors) {
        suite.setAttribute("tests", Integer.toString(tests));
        suite.setAttribute("failures", Integer.toString(failures));
        suite.setAttribute("errors", Integer.toString(errors));
        suite.setAttribute("skipped", "0");
    }
}
