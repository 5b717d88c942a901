package org.tracenotes.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-written bundle files agree with what the build carries and with the code. */
class BundleManifestTest {

    private static Manifest manifest() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("manifest")))) {
            return new Manifest(in);
        }
    }

    @Test
    void theBundleClassPathListsExactlyTheLibrariesTheBuildCarries() throws Exception {
        List<String> listed = Arrays.stream(manifest().getMainAttributes().getValue("Bundle-ClassPath").split(","))
                .map(String::strip).filter(s -> !s.equals(".")).sorted().toList();
        List<String> carried;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("bundle.lib")))) {
            carried = s.map(p -> "lib/" + p.getFileName()).sorted().toList();
        }
        assertEquals(carried, listed, "Bundle-ClassPath in META-INF/MANIFEST.MF vs target/classes/lib");
        assertTrue(carried.contains("lib/tracenotes-core.jar"));
    }

    @Test
    void theBundleIsASingletonThatStartsLazily() throws Exception {
        var attributes = manifest().getMainAttributes();
        assertEquals("org.tracenotes.eclipse;singleton:=true", attributes.getValue("Bundle-SymbolicName"));
        assertEquals("lazy", attributes.getValue("Bundle-ActivationPolicy"));
        assertEquals("JavaSE-17", attributes.getValue("Bundle-RequiredExecutionEnvironment"));
    }

    @Test
    void everyClassPluginXmlNamesExists() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("plugin.xml").toFile());
        NodeList all = doc.getElementsByTagName("*");
        int named = 0;
        for (int i = 0; i < all.getLength(); i++) {
            for (String attribute : List.of("class", "delegate", "delegateClass")) {
                String cls = ((Element) all.item(i)).getAttribute(attribute);
                if (cls.startsWith("org.tracenotes.")) {
                    Class.forName(cls, false, getClass().getClassLoader());
                    named++;
                }
            }
        }
        assertEquals(22, named, "classes plugin.xml names");
    }

    @Test
    void theIdsInCodeAreThoseOfPluginXml() throws Exception {
        String xml = Files.readString(Path.of("plugin.xml"));
        for (String id : List.of(TracenotesIds.EDITOR, TracenotesIds.PROBLEM_MARKER.substring(TracenotesIds.PLUGIN.length() + 1),
                TracenotesIds.TRACE_RUN_VIEW, TracenotesIds.RUN_SCENARIO, TracenotesIds.EXECUTE_BRANCH, TracenotesIds.CLEAR_RUN,
                TracenotesIds.SCENARIO_PARAMETER, TracenotesIds.GIVEN_PARAMETER, TracenotesIds.LINE_PARAMETER,
                TracenotesIds.FROM_PARAMETER, TracenotesIds.RUN_ANNOTATION_PREFIX + "forced", TracenotesIds.LAUNCH_TYPE,
                TracenotesIds.LAUNCH_SHORTCUT, TracenotesIds.DEBUG_MODEL, TracenotesIds.GENERATE_NOTE, TracenotesIds.STEP_BACK, TracenotesIds.REVERSE_RESUME,
                TracenotesIds.LINE_BREAKPOINT_MARKER.substring(TracenotesIds.PLUGIN.length() + 1))) {
            assertTrue(xml.contains("\"" + id + "\""), id);
        }
    }
}
