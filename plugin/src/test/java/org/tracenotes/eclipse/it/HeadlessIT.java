package org.tracenotes.eclipse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The built plugin jar in a real, headless Equinox with the Eclipse 4.34 bundles and a real workspace. */
class HeadlessIT {

    private static BundleContext context;
    private static Bundle plugin;

    @BeforeAll
    static void start() throws Exception {
        context = Equinox.startHeadless(Files.createTempDirectory(Path.of("target"), "equinox-headless"));
        plugin = Equinox.bundle(context, "org.tracenotes.eclipse");
    }

    @AfterAll
    static void stop() throws Exception {
        EclipseStarter.shutdown();
    }

    @Test
    void thePluginJarResolvesAgainstTheEclipseBundles() {
        List<String> unresolved = Equinox.unresolved(context);
        assertNotEquals(Bundle.INSTALLED, plugin.getState(), "the plugin did not resolve: " + unresolved);
        assertEquals(List.of(), unresolved);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuilderReLintsOnlyWhatChangedReportsProgressAndStopsWhenCancelled() throws Exception {
        Map<String, Object> r = InPlugin.scenario(plugin, "BuilderScenario").call();
        r.forEach((k, v) -> System.out.println("[builder] " + k + " = " + v));
        assertEquals(List.of("unknown-function", "unknown-function"), r.get("aRulesAtFirst"), "soak_helper, soak_other traced nowhere yet");
        assertEquals(true, r.get("bHasTheTypo"));
        assertTrue(((List<String>) r.get("fullProgress")).stream().anyMatch(t -> t.startsWith("Linting 2 notes of incremental")),
                r.toString());
        assertTrue((Integer) r.get("fullWork") > 0, "the full build reports work done");
        assertTrue(((List<String>) r.get("bodyEditProgress")).stream().anyMatch(t -> t.startsWith("Linting 1 changed notes")),
                r.toString());
        assertEquals(true, r.get("aMarkersKeptTheirIds"), "a did not change and traces the same: not linted again");
        assertEquals(true, r.get("bMarkersReplaced"));
        assertEquals(true, r.get("bTypoGone"));
        assertEquals(List.of("unknown function `soak_other`:"), r.get("aMessagesOnceBTracesTheHelper"),
                "b traces soak_helper now: a was linted again");
        assertTrue(r.get("cancelled").toString().startsWith("yes, after") && r.get("cancelled").toString().contains("Linting 1 changed"),
                "the builder itself stopped, once it began: " + r.get("cancelled"));
        assertEquals(List.of("unknown function `soak_other`:"), r.get("aMessagesAfterCancel"), "the cancelled build wrote nothing");
        assertEquals(List.of("unknown function `soak_other`:", "unknown function `soak_third`:"), r.get("aMessagesAfterNextBuild"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuilderMarksTheSeedsFindingsAndQuickFixesClearItsWarnings() throws Exception {
        Map<String, Object> r = InPlugin.scenario(plugin, "HeadlessScenario").call();
        r.forEach((k, v) -> System.out.println("[headless] " + k + " = " + v));
        assertEquals(List.of("org.tracenotes.eclipse.builder"), r.get("builders"));
        assertEquals(goldenFindings(), r.get("markers"), "markers = tracenotes lint of the seed");
        assertEquals(List.of(), r.get("plainMarkers"), "a Markdown file with no trace has no findings");
        assertEquals("org.tracenotes.eclipse.markdownNote", r.get("seedContentType"));
        assertNotEquals("org.tracenotes.eclipse.markdownNote", r.get("plainContentType"));
        assertEquals("org.tracenotes.eclipse.trace", r.get("traceContentType"));
        assertEquals(List.of("34: Change to `folio_try_get`", "41: Change `=` to `==` (compare)",
                "67: Change `=>` to `->` (an alternative of the if above)"), r.get("fixes"));
        assertEquals(List.of("=> ret = folio_try_get(folio)", "=> if folio == page_folio(page)", "-> else if ret == -EBUSY"),
                r.get("fixedLines"));
        assertEquals(true, r.get("bytesOtherwiseUnchanged"));
        assertEquals(true, r.get("bomReported"), "the describer reports a UTF-8 byte-order mark");
        assertEquals("=> if folio = page_folio(page)", r.get("bomMarkedText"), "markers of a note with a BOM line up");
        assertEquals(List.of("f(x)"), r.get("traceOutline"), "a .trace file is one trace block");
        List<String> after = (List<String>) r.get("markersAfterFix");
        assertTrue(after.stream().noneMatch(m -> m.contains(" warning ")), "warnings cleared: " + after);
        assertEquals(List.of(), r.get("buildersAfterDisable"), "removing the nature removes the builder");
        assertEquals(0, r.get("markersAfterDisable"), "and its markers");
    }

    @Test
    void everyEclipseBundleTheBuildResolvedIsPinnedByTheBom() throws Exception {
        String bom = Files.readString(Path.of(System.getProperty("samples.dir"), "..", "eclipse-bom", "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId><version>([^<]+)</version>").matcher(bom);
        java.util.Set<String> pinned = new java.util.HashSet<>();
        while (m.find()) {
            pinned.add(m.group(1) + "-" + m.group(2) + ".jar");
        }
        List<String> eclipse;
        try (var jars = Files.list(Path.of(System.getProperty("bundles.dir")))) {
            eclipse = jars.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("org.eclipse.")).sorted().toList();
        }
        assertTrue(eclipse.size() >= 80, "Eclipse bundles: " + eclipse.size());
        assertEquals(List.of(), eclipse.stream().filter(n -> !pinned.contains(n)).toList(), "resolved but not pinned");
    }

    /** {@code line severity rule} of each finding in core's lint golden of the seed. */
    private static List<String> goldenFindings() throws Exception {
        Path golden = Path.of(System.getProperty("samples.dir"), "..", "core", "src", "test", "resources", "golden",
                "soft-offline.lint.txt");
        Pattern p = Pattern.compile("^[^:]+:(\\d+):\\d+: (\\w+): .*\\[([a-z-]+)]$");
        return Files.readAllLines(golden, StandardCharsets.UTF_8).stream().map(p::matcher).filter(Matcher::matches)
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3))
                .sorted(java.util.Comparator.comparingInt((String s) -> Integer.parseInt(s.substring(0, s.indexOf(' '))))
                        .thenComparing(s -> s))
                .toList();
    }
}
