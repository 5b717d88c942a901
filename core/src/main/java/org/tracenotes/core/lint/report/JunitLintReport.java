package org.tracenotes.core.lint.report;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML, one test case a file: it fails when the file has an error or a warning, and the failure
 * lists every finding; infos go to the case's system-out. Written with the JDK's DOM and transformer.
 */
public final class JunitLintReport {

    private JunitLintReport() {
    }

    /**
     * Text XML 1.0 can hold: control characters other than tab and line ends become U+FFFD. Also used by
     * the run's JUnit report ({@code org.tracenotes.core.run.JunitRunReport}).
     */
    public static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF;
            sb.appendCodePoint(ok ? cp : 0xFFFD);
        }
        return sb.toString();
    }

    public static String render(LintSession.Result result) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suites = doc.createElement("testsuites");
            doc.appendChild(suites);
            Element suite = doc.createElement("testsuite");
            suites.appendChild(suite);
            suite.setAttribute("name", "tracenotes lint");
            int failures = 0;
            for (LintSession.FileResult f : result.files()) {
                Element tc = doc.createElement("testcase");
                tc.setAttribute("classname", "tracenotes.lint");
                tc.setAttribute("name", xml(f.path().toString()));
                StringBuilder failing = new StringBuilder();
                StringBuilder infos = new StringBuilder();
                for (Diagnostic d : f.findings()) {
                    (d.severity() == Severity.INFO ? infos : failing).append(xml(d.format(f.path().toString()))).append('\n');
                }
                if (failing.length() > 0) {
                    failures++;
                    Element fail = doc.createElement("failure");
                    fail.setAttribute("type", "lint");
                    fail.setAttribute("message", f.count(Severity.ERROR) + " error(s), " + f.count(Severity.WARNING)
                            + " warning(s)");
                    fail.setTextContent(failing.toString());
                    tc.appendChild(fail);
                }
                if (infos.length() > 0) {
                    Element out = doc.createElement("system-out");
                    out.setTextContent(infos.toString());
                    tc.appendChild(out);
                }
                suite.appendChild(tc);
            }
            for (Element e : new Element[] {suites, suite}) {
                e.setAttribute("tests", Integer.toString(result.files().size()));
                e.setAttribute("failures", Integer.toString(failures));
            }
            suite.setAttribute("errors", "0");
            return write(doc);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML writer failed: " + e.getMessage(), e);
        }
    }

    /** A JUnit XML document as text, indented by two: the one writer of every JUnit report (lint's, run's). */
    public static String write(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString() + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML writer failed: " + e.getMessage(), e);
        }
    }
}
