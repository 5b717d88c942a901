package org.tracenotes.core.source.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.source.NoteExtractor;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceNode;
import org.tracenotes.core.source.SourceNode.Branch;
import org.tracenotes.core.source.SourceNode.Call;
import org.tracenotes.core.source.SourceProgress;
import org.tracenotes.core.source.SourceTrees;

/**
 * The index on the real JDK sources: the running JDK's {@code lib/src.zip} (Debian: package
 * {@code openjdk-17-source}, which .ci/run installs), its {@code java.base} module unzipped to a temporary folder.
 * Fails, never skips, when the zip is missing: the issue's "Done when" is checked on every build.
 */
class JdkSourceTest {

    @TempDir
    static Path unzipped;

    static Path javaBase;

    static JavaSourceIndex index;

    @BeforeAll
    static void unzipJavaBase() throws IOException {
        Path zip = srcZip();
        javaBase = unzipped.resolve("java.base");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory() && e.getName().startsWith("java.base/") && e.getName().endsWith(".java")) {
                    Path to = unzipped.resolve(e.getName()).normalize();
                    if (to.startsWith(javaBase)) {
                        Files.createDirectories(to.getParent());
                        copy(in, to);
                    }
                }
            }
        }
        index = (JavaSourceIndex) assertInstanceOf(SourceTrees.Loaded.class, JavaSourceIndex.open(javaBase, List.of(), SourceProgress.NONE)).index();
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Files.write(to, in.readNBytes(Integer.MAX_VALUE));
    }

    /** {@code -Djdk.src.zip=...}, else the running JDK's {@code lib/src.zip}, else any JDK's under /usr/lib/jvm. */
    static Path srcZip() throws IOException {
        List<Path> tried = new ArrayList<>();
        String property = System.getProperty("jdk.src.zip");
        if (property != null) {
            tried.add(Path.of(property));
        }
        Path home = Path.of(System.getProperty("java.home"));
        tried.add(home.resolve("lib/src.zip"));
        tried.add(Path.of("/usr/lib/jvm/openjdk-17/src.zip")); // where Debian's openjdk-17-source puts it
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.sorted(Comparator.reverseOrder()).forEach(d -> tried.add(d.resolve("lib/src.zip")));
            }
        }
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return fail("The JDK's sources (lib/src.zip) are needed by this test and were not found; tried " + tried
                + ". On Debian: apt-get install openjdk-17-source (.ci/run installs it); elsewhere pass -Djdk.src.zip=PATH.");
    }

    @Test
    void hashMapPutValIsFoundByItsQualifiedName() {
        List<SourceFunction> putVal = index.lookup("java.util.HashMap.putVal");
        assertEquals(1, putVal.size(), putVal.toString());
        assertEquals("java.util.HashMap.putVal(int,Object,Object,boolean,boolean)", putVal.get(0).qualified());
        assertEquals(javaBase.resolve("java/util/HashMap.java"), putVal.get(0).file());
        assertEquals(putVal, index.lookup("HashMap.putVal(int,Object,Object,boolean,boolean)"));
    }

    @Test
    void hashMapPutValsBodyHasExactlyTheMethodsCalls() throws IOException {
        SourceFunction putVal = index.lookup("java.util.HashMap.putVal").get(0);
        List<String> fromIndex = new ArrayList<>();
        flatten(putVal.body(), fromIndex);
        List<String> fromText = callsInText(javaBase.resolve("java/util/HashMap.java"), putVal.startLine(), putVal.endLine());
        assertEquals(fromText, fromIndex);
        List<String> callees = fromIndex.stream().map(c -> c.substring(c.indexOf(':') + 1)).toList();
        assertTrue(callees.containsAll(List.of("resize", "newNode", "putTreeVal", "treeifyBin", "afterNodeAccess", "afterNodeInsertion")),
                callees.toString());
    }

    @Test
    void extractOfPutValGivesANoteWhoseCallsAreExactlyTheMethodsCalls() {
        String text = ((NoteExtractor.Extracted) NoteExtractor.extract(index, "java.util.HashMap.putVal", 0)).text();
        Note note = new NoteParser().parse("putVal.md", text);
        assertEquals(List.of(), note.diagnostics(), text);
        List<String> inNote = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        note.traceBlocks().forEach(b -> b.roots().forEach(r -> {
            roots.add(r.kind() + " " + r.name());
            steps(r.body(), inNote);
        }));
        assertEquals(List.of("PROTOTYPE putVal"), roots);
        List<String> inSource = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        collect(index.lookup("java.util.HashMap.putVal").get(0).body(), calls);
        calls.stream().sorted(Comparator.comparingInt(Call::line)).forEach(c -> inSource.add(c.callee()));
        assertEquals(inSource, inNote, text);
    }

    @Test
    void extractFollowsCallsIntoHashMapsOwnMethods() {
        NoteExtractor.Extracted x = (NoteExtractor.Extracted) NoteExtractor.extract(index, "java.util.HashMap.putVal", 1);
        // resize first runs inside an assignment (not expanded there); afterNodeAccess/afterNodeInsertion have empty bodies
        assertEquals(List.of("HashMap.putVal", "HashMap.newNode", "HashMap.treeifyBin", "HashMap.resize"), x.functions());
    }

    private static void steps(List<Step> steps, List<String> out) {
        for (Step s : steps) {
            callNames(s.expression(), out);
            if (s.inline() != null) {
                steps(List.of(s.inline()), out);
            }
            steps(s.children(), out);
            steps(s.alternatives(), out);
        }
    }

    /** The callee names of every call in a note's expression, left to right, inner before outer as the index has them. */
    private static void callNames(Expr e, List<String> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Call c) {
            if (c.callee() instanceof Expr.Member m) {
                callNames(m.target(), out);
            }
            c.arguments().forEach(a -> callNames(a, out));
            out.add(c.callee() instanceof Expr.Member m ? m.name() : c.callee() instanceof Expr.Name n ? n.name() : "?");
        } else if (e instanceof Expr.Member m) {
            callNames(m.target(), out);
        } else if (e instanceof Expr.Index i) {
            callNames(i.target(), out);
            callNames(i.index(), out);
        } else if (e instanceof Expr.Unary u) {
            callNames(u.operand(), out);
        } else if (e instanceof Expr.Postfix p) {
            callNames(p.operand(), out);
        } else if (e instanceof Expr.Binary b) {
            callNames(b.left(), out);
            callNames(b.right(), out);
        } else if (e instanceof Expr.Assign a) {
            callNames(a.target(), out);
            callNames(a.value(), out);
        } else if (e instanceof Expr.Conditional c) {
            callNames(c.condition(), out);
            callNames(c.then(), out);
            callNames(c.otherwise(), out);
        } else if (e instanceof Expr.Cast c) {
            callNames(c.operand(), out);
        }
    }

    /** Every call of a body in source order (line, then the order the index gives within a line). */
    private static void flatten(List<SourceNode> nodes, List<String> out) {
        List<Call> calls = new ArrayList<>();
        collect(nodes, calls);
        calls.stream().sorted(Comparator.comparingInt(Call::line)).forEach(c -> out.add(c.line() + ":" + c.callee()));
    }

    private static void collect(List<SourceNode> nodes, List<Call> out) {
        for (SourceNode n : nodes) {
            if (n instanceof Call c) {
                out.add(c);
            } else if (n instanceof Branch b) {
                collect(b.body(), out);
            }
        }
    }

    private static final Pattern CALL = Pattern.compile("(?<![\\w$])([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Set<String> NOT_CALLS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "return");

    /**
     * The oracle, independent of JDT: every {@code name(} of the method's body lines (comments dropped), its
     * declaration line excluded, as {@code line:name}, left to right on each line.
     */
    private static List<String> callsInText(Path file, int first, int last) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (int line = first + 1; line <= last; line++) {
            String text = lines.get(line - 1).replaceAll("//.*", "");
            List<String> onLine = new ArrayList<>();
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                if (!NOT_CALLS.contains(m.group(1))) {
                    onLine.add(line + ":" + m.group(1));
                }
            }
            out.addAll(onLine);
        }
        return out;
    }
}
