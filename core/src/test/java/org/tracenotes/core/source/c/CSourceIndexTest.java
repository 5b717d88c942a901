package org.tracenotes.core.source.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.source.KernelFixture;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceNode;
import org.tracenotes.core.source.SourceNode.BranchKind;
import org.tracenotes.core.source.SourceProgress;
import org.tracenotes.core.source.SourceTrees;

/** The C index over the kernel-style fixture: the shapes kernel code has, laziness and the cache. */
class CSourceIndexTest {

    @TempDir
    Path dir;

    private static SourceFunction only(SourceIndex index, String name) {
        List<SourceFunction> fs = index.lookup(name);
        assertEquals(1, fs.size(), name + ": " + fs);
        return fs.get(0);
    }

    private static List<String> callees(SourceFunction f) {
        return KernelFixture.flat(f.body()).stream().filter(n -> n instanceof SourceNode.Call)
                .map(n -> ((SourceNode.Call) n).callee()).toList();
    }

    @Test
    void aFunctionHasItsPlaceSignatureAndCallsInOrder() throws Exception {
        SourceIndex index = KernelFixture.open(dir);
        SourceFunction f = only(index, "__get_hwpoison_page");
        assertTrue(f.file().endsWith(Path.of("mm/memory-failure.c")));
        assertEquals("static int __get_hwpoison_page(struct page *page, unsigned long flags)", f.signature());
        assertEquals(List.of("page_folio", "get_hwpoison_hugetlb_folio", "page_folio", "folio_put", "page_folio",
                "HWPoisonHandlable", "folio_try_get", "page_folio", "page_to_pfn", "pr_info", "folio_put"), callees(f));
        assertTrue(f.marks().contains("static"));
        assertTrue(f.startLine() < f.endLine());
    }

    @Test
    void anAssignedCallKnowsItsVariableAndAPlainAssignmentIsKept() throws Exception {
        SourceFunction f = only(KernelFixture.open(dir), "__get_hwpoison_page");
        SourceNode.Call c = (SourceNode.Call) KernelFixture.flat(f.body()).stream()
                .filter(n -> n instanceof SourceNode.Call k && k.callee().equals("get_hwpoison_hugetlb_folio")).findFirst()
                .orElseThrow();
        assertEquals("ret", c.assignedTo());
        assertEquals("get_hwpoison_hugetlb_folio(folio, &hugetlb, false)", c.text());
        assertTrue(KernelFixture.flat(f.body()).stream().anyMatch(n -> n instanceof SourceNode.Assign a
                && a.target().equals("hugetlb") && a.value().equals("false")));
    }

    @Test
    void ifElseIfElseChainsFollowEachOtherWithTheirConditions() throws Exception {
        SourceFunction f = KernelFixture.open(dir).lookup("get_hwpoison_hugetlb_folio").get(0);
        SourceNode.Branch outer = (SourceNode.Branch) f.body().stream().filter(n -> n instanceof SourceNode.Branch)
                .findFirst().orElseThrow();
        assertEquals("folio_test_hugetlb(folio)", outer.condition());
        List<SourceNode.Branch> arms = outer.body().stream().filter(n -> n instanceof SourceNode.Branch)
                .map(n -> (SourceNode.Branch) n).toList();
        assertEquals(List.of(BranchKind.IF, BranchKind.ELSE_IF, BranchKind.ELSE), arms.stream().map(SourceNode.Branch::kind).toList());
        assertEquals("folio_test_hugetlb_migratable(folio) || unpoison", arms.get(1).condition());
        assertEquals("folio_test_hugetlb_migratable(folio)||unpoison", arms.get(1).normalized());
    }

    @Test
    void labelsAndGotosAreKept() throws Exception {
        SourceFunction f = only(KernelFixture.open(dir), "get_any_page");
        List<SourceNode> all = KernelFixture.flat(f.body());
        assertTrue(all.stream().anyMatch(n -> n instanceof SourceNode.Label l && l.name().equals("try_again")));
        assertTrue(all.stream().anyMatch(n -> n instanceof SourceNode.Label l && l.name().equals("out")));
        assertEquals(4, all.stream().filter(n -> n instanceof SourceNode.Goto g && g.label().equals("try_again")).count());
    }

    @Test
    void aMacroCalledAsALoopIsALoopWithItsBody() throws Exception {
        SourceFunction f = only(KernelFixture.open(dir), "demo_probe");
        SourceNode.Branch loop = (SourceNode.Branch) KernelFixture.flat(f.body()).stream()
                .filter(n -> n instanceof SourceNode.Branch b && b.kind() == BranchKind.FOREACH_MACRO).findFirst().orElseThrow();
        assertEquals("list_for_each_entry(item, &dev->items, node)", loop.condition());
        assertEquals(List.of("demo_item_init"), loop.body().stream().map(n -> ((SourceNode.Call) n).callee()).toList());
    }

    @Test
    void switchCasesForAndWhileLoopsAndOpsCalls() throws Exception {
        SourceIndex index = KernelFixture.open(dir);
        List<SourceNode> all = KernelFixture.flat(only(index, "demo_probe").body());
        assertTrue(all.stream().anyMatch(n -> n instanceof SourceNode.Branch b && b.kind() == BranchKind.CASE
                && b.condition().equals("DEMO_FAST")));
        assertTrue(all.stream().anyMatch(n -> n instanceof SourceNode.Branch b && b.kind() == BranchKind.DEFAULT));
        assertTrue(all.stream().anyMatch(n -> n instanceof SourceNode.Branch b && b.kind() == BranchKind.FOR
                && b.condition().equals("i = 0; i < dev->count; i++")));
        assertTrue(all.stream().anyMatch(n -> n instanceof SourceNode.Branch b && b.kind() == BranchKind.WHILE
                && b.condition().equals("demo_pending(dev)")));
        SourceNode.Call ops = (SourceNode.Call) only(index, "demo_setup_one").body().get(0);
        assertEquals("start", ops.callee());
        assertEquals("dev->ops", ops.receiver());
    }

    @Test
    void bothArmsOfAnIfdefAreIndexedAndMarked() throws Exception {
        SourceIndex index = KernelFixture.open(dir);
        List<SourceFunction> fs = index.lookup("hwpoison_filter");
        assertEquals(2, fs.size());
        assertEquals(Set.of(Set.of("ifdef:CONFIG_HWPOISON_INJECT"), Set.of("ifdef:!CONFIG_HWPOISON_INJECT")),
                Set.of(fs.get(0).marks(), fs.get(1).marks()));
        // inside a body, both arms are read in order
        List<String> calls = callees(only(index, "demo_probe"));
        assertTrue(calls.indexOf("demo_debug_dump") < calls.indexOf("demo_quiet"));
    }

    @Test
    void aStaticInlineInAHeaderAndAStubInTheElseArm() throws Exception {
        SourceIndex index = KernelFixture.open(dir);
        SourceFunction tryGet = only(index, "folio_try_get");
        assertEquals(Set.of("static", "inline", "header"), tryGet.marks());
        List<SourceFunction> hw = index.lookup("get_hwpoison_hugetlb_folio");
        assertEquals(2, hw.size());
        assertTrue(hw.get(0).file().endsWith(Path.of("mm/hugetlb.c")), "a .c definition comes before a header's stub");
        assertTrue(hw.get(1).marks().containsAll(Set.of("header", "ifdef:!CONFIG_HUGETLB_PAGE")));
    }

    @Test
    void krStyleLineBreaksAndFunctionLikeMacros() throws Exception {
        SourceIndex index = KernelFixture.open(dir);
        SourceFunction poison = only(index, "page_handle_poison");
        assertEquals("static int page_handle_poison(struct page *page, bool hugepage_or_freepage, bool release)",
                poison.signature());
        SourceFunction macro = only(index, "page_folio");
        assertTrue(macro.marks().contains("macro"));
        assertTrue(macro.body().isEmpty());
    }

    @Test
    void aDeclarationMacroAmongDeclarationsIsNoCall() throws Exception {
        assertFalse(callees(only(KernelFixture.open(dir), "soft_offline_in_use_page")).contains("LIST_HEAD"));
    }

    @Test
    void lookupParsesOnlyTheFilesThatMayDefineTheName() throws Exception {
        CSourceIndex index = (CSourceIndex) KernelFixture.open(dir);
        assertEquals(0, index.parsedFiles());
        assertTrue(index.knownNames().contains("demo_probe"));
        index.lookup("demo_probe");
        assertEquals(1, index.parsedFiles());
        assertTrue(index.lookup("no_such_function").isEmpty());
        assertEquals(1, index.parsedFiles());
    }

    @Test
    void similarNamesAreDefinedNamesNearby() throws Exception {
        SourceIndex index = KernelFixture.open(dir);
        assertEquals(List.of("folio_try_get"), index.similarNames("flio_try_get", 3));
        assertEquals(List.of(), index.similarNames("zz", 3));
    }

    @Test
    void aSecondOpenReadsTheCacheAndAChangedFileIsReadAgain() throws Exception {
        Path root = KernelFixture.copy(dir);
        SourceIndex first = KernelFixture.loaded(CSourceIndex.open(root, SourceProgress.NONE));
        first.lookup("demo_probe");
        Path cache = root.resolve(".tracenotes-cache/c");
        assertTrue(Files.isRegularFile(cache.resolve("names.bin")));
        List<String> phases = new java.util.ArrayList<>();
        SourceIndex second = KernelFixture.loaded(CSourceIndex.open(root, (p, d, t) -> phases.add(p)));
        assertEquals(first.lookup("demo_probe"), second.lookup("demo_probe"));
        assertFalse(phases.stream().anyMatch(p -> p.startsWith("scanning") || p.startsWith("parsing")), phases.toString());

        Path demo = root.resolve("drivers/demo/demo.c");
        Files.writeString(demo, Files.readString(demo).replace("demo_item_init(item);", "demo_item_init(item);\n\t\tdemo_more(item);"));
        Files.setLastModifiedTime(demo, FileTime.fromMillis(Files.getLastModifiedTime(demo).toMillis() + 5000));
        SourceIndex third = KernelFixture.loaded(CSourceIndex.open(root, SourceProgress.NONE));
        assertTrue(callees(only(third, "demo_probe")).contains("demo_more"));
    }

    @Test
    void aReadOnlyTreeIsCachedInTheUsersCacheFolder() throws Exception {
        Path root = KernelFixture.copy(dir);
        Path cacheDir = root.resolve(".tracenotes-cache");
        Files.createFile(cacheDir);   // a file where the cache folder would be: the tree's cache cannot be written
        CIndexCache cache = CIndexCache.forTree(root);
        assertFalse(cache.dir() == null || cache.dir().startsWith(root), String.valueOf(cache.dir()));
    }

    @Test
    void openingAFileOrAMissingFolderFailsInWords() throws Exception {
        SourceTrees.Result r = SourceTrees.open(dir.resolve("missing"), "c", List.of(), SourceProgress.NONE);
        assertInstanceOf(SourceTrees.Failed.class, r);
        assertTrue(((SourceTrees.Failed) r).message().contains("not a folder"));
        // the Java slot is wired: a C tree read as Java is a tree with no Java method in it
        SourceTrees.Result java = SourceTrees.open(dir, "java", List.of(), SourceProgress.NONE);
        assertTrue(((SourceTrees.Failed) java).message().contains("no .java files"), ((SourceTrees.Failed) java).message());
        assertTrue(((SourceTrees.Failed) SourceTrees.open(dir, "rust", List.of(), SourceProgress.NONE)).message()
                .contains("unknown source language"));
    }

    @Test
    void theLanguageIsDetectedFromTheFiles() throws Exception {
        assertEquals("c", SourceTrees.detect(KernelFixture.copy(dir)));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(null, SourceTrees.detect(empty));
    }

    @Test
    void theNameScanFindsColumnZeroDefinitionsAndMacros() {
        byte[] text = ("static int\nfoo(int a)\n{\n\tbar(a);\n}\n#define BAZ(x) (x)\n#  define qux(y) y\nint (*fp)(void);\n"
                + "struct s *mk(void) { return 0; }\n").getBytes();
        assertEquals(Set.of("foo", "BAZ", "qux", "mk"), CNameScan.names(text));
    }
}
