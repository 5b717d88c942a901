package org.tracenotes.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.dist.Tools.ROOT;
import static org.tracenotes.dist.Tools.SEED;
import static org.tracenotes.dist.Tools.VERSION;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release archives as a user gets them: unpacked somewhere, the launcher run from another folder,
 * through a symlink on PATH, under the POSIX locale; the completion scripts and man pages in them.
 */
class DistributionIT {

    static final List<String> COMMANDS = List.of("check", "outline", "graph", "run", "lint", "extract", "fmt", "explore", "lsp", "dap");

    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        home = Tools.unzip(Tools.ZIP, Tools.freshDir("zip"));
    }

    private static Set<String> files(Path dir) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString()));
        }
        return names;
    }

    @Test
    void theZipHoldsOneFolderWithTheLaunchersTheJarCompletionManPagesAndLicense() throws Exception {
        try (Stream<Path> s = Files.list(home.getParent())) {
            assertEquals(List.of("tracenotes-" + VERSION), s.map(p -> p.getFileName().toString()).toList());
        }
        Set<String> files = files(home);
        for (String f : List.of("bin/tracenotes", "bin/tracenotes.bat", "lib/tracenotes.jar", "completion/tracenotes.bash",
                "completion/tracenotes.zsh", "man/man1/tracenotes.1", "LICENSE", "NOTICE", "README.md", "samples/soft-offline.md")) {
            assertTrue(files.contains(f), f + " is in the zip: " + files);
        }
        assertTrue(Files.getPosixFilePermissions(home.resolve("bin/tracenotes")).containsAll(Set.of(
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE)),
                "bin/tracenotes is executable as unpacked");
        assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));
        String bat = Files.readString(home.resolve("bin/tracenotes.bat"), StandardCharsets.US_ASCII);
        assertTrue(bat.contains("\r\n") && !bat.replace("\r\n", "").contains("\n"), "the .bat file has CRLF line ends");
        assertTrue(bat.contains("-jar \"%TRACENOTES_JAR%\" %*") && bat.contains("lib\\tracenotes.jar"), bat);
        String sh = Files.readString(home.resolve("bin/tracenotes"), StandardCharsets.UTF_8);
        assertFalse(sh.contains("\r"), "the sh launcher has LF line ends");
    }

    @Test
    void theTarGzHoldsTheSameFilesAndModes() throws Exception {
        Path dir = Tools.freshDir("tgz");
        Tools.Result r = Tools.run(dir, Map.of(), "tar", "xzf", Tools.TGZ.toString());
        assertEquals(0, r.code(), r.all());
        Path tgzHome = dir.resolve("tracenotes-" + VERSION);
        assertEquals(files(home), files(tgzHome));
        assertTrue(Files.isExecutable(tgzHome.resolve("bin/tracenotes")));
        Tools.Result v = Tools.run(dir, Map.of(), tgzHome.resolve("bin/tracenotes").toString(), "--version");
        assertEquals(0, v.code(), v.all());
        assertEquals("tracenotes " + VERSION, v.out().strip());
    }

    @Test
    void theLauncherRunsFromAnyDirectory() throws Exception {
        Path elsewhere = Tools.freshDir("elsewhere");
        Tools.Result v = Tools.run(elsewhere, Map.of(), home.resolve("bin/tracenotes").toString(), "--version");
        assertEquals(0, v.code(), v.all());
        assertEquals("tracenotes " + VERSION, v.out().strip());
        Tools.Result c = Tools.run(elsewhere, Map.of(), home.resolve("bin/tracenotes").toString(), "check", SEED.toString());
        assertEquals(0, c.code(), c.all());
        assertTrue(c.err().contains("checked 1 note: 0 errors"), c.all());
    }

    @Test
    void theLauncherRunsThroughSymlinksOnPath() throws Exception {
        Path links = Tools.freshDir("links");
        Path bin = Files.createDirectories(links.resolve("a/bin"));
        // an absolute link, as `ln -s /opt/tracenotes-X/bin/tracenotes ~/.local/bin/` makes, and a relative one to it
        Files.createSymbolicLink(bin.resolve("tracenotes"), home.resolve("bin/tracenotes"));
        Path other = Files.createDirectories(links.resolve("b"));
        Files.createSymbolicLink(other.resolve("tn"), Path.of("../a/bin/tracenotes"));
        Path cwd = Files.createDirectories(links.resolve("cwd"));
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));

        Tools.Result v = Tools.run(cwd, env, "sh", "-c", "tracenotes --version");
        assertEquals(0, v.code(), v.all());
        assertEquals("tracenotes " + VERSION, v.out().strip());
        Tools.Result c = Tools.run(cwd, env, "sh", "-c", "tracenotes check \"$0\"", SEED.toString());
        assertEquals(0, c.code(), c.all());
        assertTrue(c.err().contains("checked 1 note: 0 errors"), c.all());
        Tools.Result chained = Tools.run(cwd, Map.of(), other.resolve("tn").toString(), "check", SEED.toString());
        assertEquals(0, chained.code(), chained.all());
        assertTrue(chained.err().contains("checked 1 note: 0 errors"), chained.all());
    }

    @Test
    void underThePosixLocaleANoteWithANonAsciiNameIsRead() throws Exception {
        Path dir = Tools.freshDir("locale");
        Files.copy(SEED, dir.resolve("笔记.md"));
        Tools.Result r = Tools.run(dir, Map.of("LC_ALL", "C", "LANG", "C", "LC_CTYPE", "C"),
                home.resolve("bin/tracenotes").toString(), "lint", "--format", "json", ".");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("笔记.md"), r.all());
    }

    @Test
    void withoutJavaTheLauncherSaysSoInOneLine() throws Exception {
        // a PATH with the few tools the launcher uses, and no java
        Path bin = Files.createDirectories(Tools.freshDir("nojava").resolve("bin"));
        for (String tool : List.of("dirname", "readlink", "sed", "ls")) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable).findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        Tools.Result r = Tools.run(bin, Map.of("PATH", bin.toString(), "JAVA_HOME", bin.resolve("none").toString()),
                "/bin/sh", home.resolve("bin/tracenotes").toString(), "--version");
        assertEquals(2, r.code(), r.all());
        assertEquals("tracenotes: no java: install Java 17 or later, or set JAVA_HOME", r.err().strip());
    }

    @Test
    void bashCompletionOffersTheCommandsAndTheirOptions() throws Exception {
        Path script = home.resolve("completion/tracenotes.bash");
        assertTrue(Files.readString(script).contains("lint"));
        String probe = "source \"$0\" 2>/dev/null\n"
                + "complete -p tracenotes\n"
                + "COMP_WORDS=(tracenotes li); COMP_CWORD=1; COMP_LINE='tracenotes li'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_tracenotes tracenotes li tracenotes 2>/dev/null; echo \"1: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(tracenotes lint --format ''); COMP_CWORD=3; COMP_LINE='tracenotes lint --format '; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_tracenotes 2>/dev/null; echo \"2: ${COMPREPLY[*]}\"\n";
        Tools.Result r = Tools.run(home, Map.of(), "bash", "-c", probe, script.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("complete ") && l.contains("-F _complete_tracenotes") && l.endsWith(" tracenotes")),
                r.all());
        assertTrue(r.out().contains("1: lint"), r.all());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2: ") && l.contains("sarif") && l.contains("github")), r.all());
    }

    @Test
    void zshLoadsTheCompletionThroughBashcompinit() throws Exception {
        Path script = home.resolve("completion/tracenotes.zsh");
        assertTrue(Files.readString(script).contains("lint"));
        Tools.require("zsh", "the zsh completion test");
        Tools.Result r = Tools.run(home, Map.of(), "zsh", "-f", "-c",
                "autoload -U compinit && compinit -u -D; source \"$0\"; print -r -- \"comps=${_comps[tracenotes]}\"; "
                        + "whence -w _complete_tracenotes", script.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("comps=_bash_complete -F _complete_tracenotes"), r.all());
        assertTrue(r.out().contains("_complete_tracenotes: function"), r.all());
    }

    @Test
    void everyCommandHasAManPage() throws Exception {
        Path man1 = home.resolve("man/man1");
        String top = Files.readString(man1.resolve("tracenotes.1"), StandardCharsets.UTF_8);
        assertTrue(top.startsWith("'\\\" t") || top.contains(".TH \"TRACENOTES\" \"1\""), top.substring(0, 200));
        assertTrue(top.contains("tracenotes " + VERSION), "the pages carry the version");
        for (String c : COMMANDS) {
            assertTrue(top.contains("\\fB" + c + "\\fP"), "tracenotes(1) lists " + c);
            Path page = man1.resolve("tracenotes-" + c + ".1");
            assertTrue(Files.isRegularFile(page), page.toString());
        }
        String lint = Files.readString(man1.resolve("tracenotes-lint.1"), StandardCharsets.UTF_8);
        assertTrue(lint.contains("lint") && lint.contains("max\\-warnings"), "tracenotes-lint(1) documents its options");
        if (Tools.onPath("man")) {
            Tools.Result r = Tools.run(home, Map.of("MANWIDTH", "80"), "man", "--warnings", "-l", man1.resolve("tracenotes-lint.1").toString());
            assertEquals(0, r.code(), r.all());
            assertTrue(r.out().contains("TRACENOTES-LINT(1)") && r.out().contains("--max-warnings=N"), r.all());
            assertEquals("", r.err(), "groff has no warnings");
        }
    }

    @Test
    void theNoticeNamesEveryLibraryInTheJar() throws Exception {
        String notice = Files.readString(home.resolve("NOTICE"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        int libraries = 0;
        try (JarFile jar = new JarFile(home.resolve("lib/tracenotes.jar").toFile())) {
            for (var e : java.util.Collections.list(jar.entries())) {
                String[] parts = e.getName().split("/");
                if (parts.length == 5 && parts[0].equals("META-INF") && parts[1].equals("maven") && parts[4].equals("pom.properties")
                        && !parts[2].equals("org.tracenotes")) {
                    libraries++;
                    if (!notice.contains(parts[2] + ":" + parts[3] + " ")) {
                        missing.add(parts[2] + ":" + parts[3]);
                    }
                }
            }
        }
        assertTrue(libraries > 20, "the shaded jar records its libraries: " + libraries);
        assertEquals(List.of(), missing, "NOTICE lists every library of lib/tracenotes.jar");
        assertEquals(Files.readString(ROOT.resolve("NOTICE")), notice);
    }
}
