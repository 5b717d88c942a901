package org.tracenotes.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/** Every export format of the seed's graph, the SVG as a picture, and the corpus as one graph. */
class GraphExportTest {

    static CallGraph seed;
    static List<CallSite> path;

    @BeforeAll
    static void build() {
        Note note = ((NoteLoader.Loaded) new NoteLoader(new NoteParser())
                .load(Golden.repositoryRoot().resolve("samples/soft-offline.md"))).note();
        seed = CallGraph.of(List.of(new Note("samples/soft-offline.md", note.text(), note.frontMatter(),
                note.sections(), note.diagnostics())), ReferenceTraces::modelled);
        path = seed.path("soft_offline_page", "flio_try_get").orElseThrow();
    }

    @Test
    void dotMatchesGolden() throws Exception {
        Golden.assertMatches("soft-offline.graph.dot", new DotExporter().export(seed, path));
    }

    @Test
    void mermaidMatchesGolden() throws Exception {
        Golden.assertMatches("soft-offline.graph.mmd", new MermaidExporter().export(seed, path));
    }

    @Test
    void jsonMatchesGolden() throws Exception {
        Golden.assertMatches("soft-offline.graph.json", new JsonGraphExporter().export(seed, path));
    }

    @Test
    void textReportMatchesGolden() throws Exception {
        Golden.assertMatches("soft-offline.graph.txt", new TextGraphExporter().export(seed, path));
    }

    @Test
    void svgHasEveryFunctionOnceAndTheHighlightedPath() {
        String svg = new SvgExporter().export(seed, path);
        for (String f : seed.functions()) {
            assertEquals(1, count(svg, "<title>" + f + " ("), f);
        }
        assertEquals(5, count(svg, "class=\"call highlighted\""));
        assertEquals(6, count(svg, " highlighted\"><title>"));
        assertTrue(svg.contains("class=\"function declared\"><title>soft_offline_in_use_page"));
    }

    @Test
    void svgBoxesDoNotOverlap() {
        String svg = new SvgExporter().export(seed, List.of());
        Matcher m = Pattern.compile("<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\" height=\"([\\d.]+)\" rx=\"6\"")
                .matcher(svg);
        List<double[]> boxes = new ArrayList<>();
        while (m.find()) {
            boxes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
        }
        assertEquals(seed.functions().size(), boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
                assertTrue(apart, "boxes " + i + " and " + j + " overlap");
            }
        }
    }

    /** Renders the seed's SVG in headless Chromium and keeps the PNG in target/graph for a person to look at. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void seedSvgRendersToPngInHeadlessChromium() throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (System.getenv("CI") == null) {
            assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        }
        assertTrue(chromium != null, "chromium must be installed in CI");
        Path dir = Path.of("target/graph").toAbsolutePath();
        Files.createDirectories(dir);
        String svg = new SvgExporter().export(seed, path);
        Path svgFile = dir.resolve("soft-offline.svg");
        Files.writeString(svgFile, svg);
        Matcher size = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"").matcher(svg);
        assertTrue(size.find());
        Path png = dir.resolve("soft-offline.png");
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("chromium"),
                "--window-size=" + size.group(1) + "," + size.group(2), "--screenshot=" + png, svgFile.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(100, TimeUnit.SECONDS), "chromium did not finish");
        assertTrue(Files.exists(png) && Files.size(png) > 10_000, "no screenshot: see " + dir.resolve("chromium.log"));
        byte[] head = Files.readAllBytes(png);
        int width = ((head[16] & 0xff) << 24) | ((head[17] & 0xff) << 16) | ((head[18] & 0xff) << 8) | (head[19] & 0xff);
        assertEquals(Integer.parseInt(size.group(1)), width, "PNG width is the SVG's");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theWholeCorpusBuildsOneGraphAndExportsEveryFormat() throws Exception {
        Path corpus = Golden.shared().resolve("corpus");
        assumeTrue(Files.isDirectory(corpus), "shared/corpus is not beside the repository");
        List<Note> notes = new ArrayList<>();
        NoteLoader loader = new NoteLoader(new NoteParser());
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(p -> !p.endsWith("MANIFEST.tsv")).sorted().toList()) {
                notes.add(((NoteLoader.Loaded) loader.load(f)).note());
            }
        }
        CallGraph g = CallGraph.of(notes);
        long traced = g.functions().stream().filter(f -> g.kind(f) == FunctionKind.TRACED).count();
        System.out.printf("corpus graph: %d functions (%d traced, %d unknown), %d call sites, %d cycles%n",
                g.functions().size(), traced, g.unknown().size(), g.callSites().size(), g.cycles().size());
        assertTrue(g.callSites().size() > 2000);
        for (GraphExporter e : List.of(new DotExporter(), new MermaidExporter(), new JsonGraphExporter())) {
            assertTrue(e.export(g, List.of()).length() > 10_000, e.format());
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
