package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 18: one consistent command line (flags, standard input, config, baselines, fixes, help, summaries). */
class ConsistentCliTest {

    static final Path ROOT = CliTest.ROOT;
    static final String SEED = CliTest.SEED;
    static final String ANNOTATED = ROOT.resolve("samples/soft-offline.annotated.md").toString();
    static final String NOTE = "```\nf()\n=> foo_bar_baz(p)\n=> if a = b:\n   => g()  \n```\n";

    record Run(int code, String out, String err, byte[] raw) { }

    static Run run(String... args) {
        return stdin(new byte[0], args);
    }

    static Run stdin(byte[] in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int code = TracenotesCommand.execute(args, new ByteArrayInputStream(in), raw, new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString(), raw.toByteArray());
    }

    // C1

    @Test
    void runOfAllScenariosEndsWithASummaryAndTheExitReason() {
        Run r = run("run", ANNOTATED, "--scenario", "all");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(lines.size() - 2).matches("\\d+ runs: \\d+ returned, 0 of \\d+ expectations failed"), r.err());
        assertEquals("exit 0: every run returned and every expectation passed", lines.get(lines.size() - 1));
        Run forced = run("run", ANNOTATED, "--scenario", "in-use-lru", "--force", "123");
        assertEquals(1, forced.code());
        List<String> f = forced.err().lines().toList();
        assertTrue(f.get(0).startsWith("1 run: 1 returned, ") && f.get(0).contains("expectations failed: line "), forced.err());
        assertTrue(f.get(1).startsWith("exit 1: ") && f.get(1).endsWith("failed"), forced.err());
        assertEquals("", run("run", "-q", ANNOTATED, "--scenario", "all").err());
    }

    // C2

    @Test
    void checkLintFmtAndGraphReadTheSameFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), NOTE);
        Files.writeString(dir.resolve("notes"), NOTE.replace("f()", "h()"));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), NOTE.replace("f()", "k()"));
        assertTrue(run("check", dir.toString()).err().startsWith("checked 3 notes"));
        assertTrue(run("lint", dir.toString()).err().contains("linted 3 notes"));
        assertTrue(run("fmt", "--check", dir.toString()).err().startsWith("checked 3 notes"));
        String graph = run("graph", "-f", "text", dir.toString()).out();
        assertTrue(graph.contains("entries: f, h, k"), graph);
    }

    // C3

    @Test
    void lintCheckAndFmtReadStandardInput(@TempDir Path dir) throws Exception {
        byte[] note = NOTE.getBytes(StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".tracenotes.yaml"), "rules:\n  assignment-in-condition: error\n");
        Path name = dir.resolve("notes/x.md");
        Run lint = stdin(note, "lint", "-", "--stdin-filename", name.toString());
        assertEquals(1, lint.code(), "the config above --stdin-filename makes it an error: " + lint.err());
        assertTrue(lint.out().contains(name + ":4:1: error: `if a = b` assigns"), lint.out());
        Run plain = stdin(note, "lint", "-");
        assertEquals(0, plain.code());
        assertTrue(plain.out().startsWith("<stdin>:"), plain.out());
        Run check = stdin(note, "check", "-", "--format", "json");
        assertEquals(0, check.code(), check.err());
        assertEquals("tracenotes.lint/1", new ObjectMapper().readTree(check.out()).get("schema").asText());
        Run fmt = stdin(note, "fmt", "-");
        assertEquals(0, fmt.code(), fmt.err());
        assertEquals(NOTE.replace("a = b", "a == b").replace("g()  ", "g()"), new String(fmt.raw(), StandardCharsets.UTF_8));
        byte[] binary = {'a', 0, (byte) 0xfe, '\n'};
        Run refused = stdin(binary, "fmt", "-");
        assertEquals(1, refused.code());
        assertArrayEquals(binary, refused.raw(), "a refused note comes back byte for byte");
        assertTrue(refused.err().contains("<stdin>: not written"), refused.err());
        assertEquals(2, run("lint", "-", SEED).code(), "- is the only path when given");
    }

    // C4

    @Test
    void theSameFlagsOnEveryCommandThatReadsNotes(@TempDir Path dir) throws Exception {
        for (String[] cmd : List.of(new String[] {"check", SEED}, new String[] {"lint", SEED},
                new String[] {"outline", SEED}, new String[] {"graph", SEED}, new String[] {"run", SEED},
                new String[] {"explore", SEED})) {
            Path out = dir.resolve(cmd[0] + ".out");
            Run r = run(cmd[0], "-q", "-o", out.toString(), cmd[1]);
            assertTrue(r.code() <= 1, cmd[0] + ": " + r.err());
            assertEquals("", r.out(), cmd[0]);
            assertTrue(Files.exists(out), cmd[0] + " -o");
            assertFalse(r.err().contains("checked") || r.err().contains("linted") || r.err().contains("exit "), r.err());
        }
        for (String cmd : List.of("check", "lint")) {
            assertEquals("", run(cmd, "--min-severity", "error", "--color", "never", SEED).out(), cmd);
            assertEquals(2, run(cmd, "--color", "purple", SEED).code(), cmd);
        }
        Run stats = run("lint", "--statistics", SEED);
        assertEquals(0, stats.code());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches(" +1  warning  assignment-in-condition +\\(1 fixable\\)")),
                stats.out());
        assertEquals(2, run("lint", "--statistics", "-f", "json", SEED).code());
    }

    @Test
    void lintWithNoPathLintsTheCurrentFolder() {
        Run none = run("lint", "-q", "--format", "json");
        Run dot = run("lint", "-q", "--format", "json", ".");
        assertEquals(dot.code(), none.code());
        assertEquals(dot.out(), none.out());
    }

    // C5

    @Test
    void configWarningsAreTheSameInCheckAndLintAndDoNotStopThem(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path config = dir.resolve(".tracenotes.yaml");
        Files.writeString(config, "rules:\n  trailing-spce: off\nexclude: [\"drafts/**\"]\n");
        Files.writeString(dir.resolve("a.md"), NOTE);
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/b.md"), "```\nf()\n=> if x = y:\n```\n");
        String warning = config + ":2:3: warning: unknown rule `trailing-spce`; did you mean `trailing-space`? "
                + "(tracenotes lint --list-rules); ignored";
        Run check = run("check", dir.toString());
        Run lint = run("lint", dir.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals(0, lint.code(), lint.err());
        assertTrue(check.err().startsWith(warning + "\n"), check.err());
        assertTrue(lint.err().startsWith(warning + "\n"), lint.err());
        assertTrue(check.err().contains("checked 1 note") && lint.err().contains("linted 1 note"), "drafts excluded");
        Files.writeString(config, "tab-width: 99\n");
        assertEquals(2, run("lint", dir.toString()).code());
        assertEquals(2, run("check", dir.toString()).code());
    }

    @Test
    void aBaselineLetsAnOldRepositoryAdoptLint(@TempDir Path dir) throws Exception {
        Path note = dir.resolve("old.md");
        Files.writeString(note, "```\nf()\n=> if a = b:\n   => x = frobnicate_it(1)\n```\n");
        Files.writeString(dir.resolve(".tracenotes.yaml"), "rules:\n  assignment-in-condition: error\n");
        Path baseline = dir.resolve("tracenotes-baseline.json");
        assertEquals(1, run("lint", dir.toString()).code());
        Run wrote = run("lint", "--write-baseline", baseline.toString(), dir.toString());
        assertEquals(0, wrote.code(), wrote.err());
        assertTrue(wrote.err().contains("wrote a baseline of "), wrote.err());
        Run known = run("lint", "--baseline", baseline.toString(), dir.toString());
        assertEquals(0, known.code(), known.err());
        assertEquals("", known.out());
        Files.writeString(note, "# moved\n\n```\nf()\n=> if a = b:\n   => x = frobnicate_it(1)\n=> if c = d:\n```\n");
        Run fresh = run("lint", "--baseline", baseline.toString(), dir.toString());
        assertEquals(1, fresh.code());
        assertEquals(List.of(note + ":7:1: error"), fresh.out().lines().map(l -> l.substring(0, l.indexOf(": error") + 7))
                .toList());
        assertEquals(2, run("lint", "--baseline", dir.resolve("nope.json").toString(), dir.toString()).code());
    }

    // C6

    @Test
    void lintFixAppliesTheFixesOfTheFindingsShown(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.writeString(f, NOTE);
        Run onlyWarnings = run("lint", "--fix", "--min-severity", "warning", f.toString());
        assertEquals(0, onlyWarnings.code(), onlyWarnings.err());
        assertEquals(NOTE.replace("a = b", "a == b"), Files.readString(f), "the info's trailing blanks were not shown");
        assertTrue(onlyWarnings.err().contains(f + ":4: fixed [assignment-in-condition]"), onlyWarnings.err());
        Run all = run("lint", "--fix", f.toString());
        assertEquals(NOTE.replace("a = b", "a == b").replace("g()  ", "g()"), Files.readString(f));
        assertFalse(all.out().contains("trailing"), "the findings left are printed: " + all.out());
        Path bin = dir.resolve("b.md");
        Files.write(bin, new byte[] {'a', 0});
        run("lint", "--fix", bin.toString());
        assertArrayEquals(new byte[] {'a', 0}, Files.readAllBytes(bin));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp file left");
        }
    }

    @Test
    void fmtDiffPrintsAUnifiedDiffAndWritesNothing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.md");
        Files.writeString(f, NOTE);
        Run d = run("fmt", "--diff", "--color", "never", f.toString());
        assertEquals(1, d.code());
        assertEquals(NOTE, Files.readString(f));
        String p = f.toString().startsWith("/") ? f.toString().substring(1) : f.toString();
        assertEquals(String.join("\n", "--- a/" + p, "+++ b/" + p, "@@ -1,6 +1,6 @@", " ```", " f()", " => foo_bar_baz(p)",
                "-=> if a = b:", "-   => g()  ", "+=> if a == b:", "+   => g()", " ```", ""), d.out());
        run("fmt", f.toString());
        Run none = run("fmt", "--diff", f.toString());
        assertEquals(0, none.code());
        assertEquals("", none.out());
    }

    // C7

    @Test
    void helpWrapsAtWordsAndSummariesAreWholeSentences() {
        CommandLine cl = new CommandLine(new TracenotesCommand());
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue;
            }
            String[] description = sub.getCommandSpec().usageMessage().description();
            String summary = description[0];
            assertTrue(summary.endsWith(".") && !summary.substring(0, summary.length() - 1).contains(". "),
                    sub.getCommandName() + ": one whole sentence: " + summary);
            String help = run(sub.getCommandName(), "--help").out();
            List<String> lines = help.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertTrue(line.length() <= 80, sub.getCommandName() + ": " + line);
                // a line ends at a word's end: never inside `.tracenotes.yaml`, `.md` or `README.md`
                String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
                String last = line.isBlank() ? "" : line.substring(line.stripTrailing().lastIndexOf(' ') + 1);
                boolean cut = last.endsWith(".") && !next.isEmpty()
                        && (Character.isLowerCase(next.charAt(0)) || Character.isDigit(next.charAt(0)));
                assertFalse(cut, sub.getCommandName() + " --help breaks a word: `" + line + "` / `" + next + "`");
            }
        }
        String top = run("--help").out();
        for (String line : top.lines().toList()) {
            assertTrue(line.length() <= 80, line);
        }
        // every summary in the command list ends its sentence: wrapped lines continue it, never cut it
        String commands = top.substring(top.indexOf("Commands:"), top.indexOf("Exit codes:"));
        String joined = commands.replaceAll("\n {13}", " ");
        for (String line : joined.lines().skip(1).toList()) {
            if (!line.isBlank() && !line.trim().startsWith("help")) {
                assertTrue(line.endsWith("."), "cut summary: " + line);
            }
        }
    }

    // C8

    @Test
    void graphEntryTextAndRunTraceOfAnInlineFunction(@TempDir Path dir) throws Exception {
        Run text = run("graph", "-f", "text", "--entry", "get_any_page", SEED);
        assertTrue(text.out().contains("entries: get_any_page\n"), text.out());
        assertTrue(text.out().contains("traced but not reached from an entry: none\n"), text.out());
        Run inline = run("run", SEED, "--trace", "get_any_page", "--given", "lru,anon,mapped,refcount=1");
        assertEquals(0, inline.code(), inline.err());
        assertTrue(inline.out().startsWith("get_any_page · scenario given"), inline.out());
        Run explored = run("explore", SEED, "--trace", "get_any_page");
        assertTrue(explored.out().startsWith("explore get_any_page · "), explored.out() + explored.err());
        Path svg = dir.resolve("g.svg");
        run("graph", "-f", "svg", "--path", "soft_offline_page:flio_try_get", "-o", svg.toString(), SEED);
        String s = Files.readString(svg);
        for (String item : List.of("traced", "declared", "model", "unknown", "highlighted path")) {
            assertTrue(s.contains(">" + item + "</text>"), item);
        }
    }

    @Test
    void sarifFromTheCliCarriesTheExitStatus() throws Exception {
        Run r = run("lint", "-f", "sarif", "--max-warnings", "0", SEED);
        assertEquals(1, r.code());
        JsonNode inv = new ObjectMapper().readTree(r.out()).get("runs").get(0).get("invocations").get(0);
        assertEquals(1, inv.get("exitCode").asInt());
        assertTrue(inv.get("executionSuccessful").asBoolean());
    }
}
