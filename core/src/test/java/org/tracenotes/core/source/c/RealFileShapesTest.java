package org.tracenotes.core.source.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.source.KernelFixture;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceNode;
import org.tracenotes.core.source.SourceNode.BranchKind;
import org.tracenotes.core.source.SourceProgress;

/**
 * Shapes found in whole files of Linux 6.6 ({@code mm/hugetlb.c}) that the example tree did not have, each
 * written again for the tests in {@code src/test/resources/source/shapes/mm/slots.c}.
 */
class RealFileShapesTest {

    private static final Path TREE = Path.of("src/test/resources/source/shapes");

    @TempDir
    Path dir;

    private SourceIndex open() throws IOException {
        Path root = dir.resolve("shapes");
        try (Stream<Path> walk = Files.walk(TREE)) {
            for (Path p : walk.sorted().toList()) {
                Path to = root.resolve(TREE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.toString().contains(".tracenotes-cache")) {
                    Files.copy(p, to);
                }
            }
        }
        return KernelFixture.loaded(CSourceIndex.open(root, SourceProgress.NONE));
    }

    private static SourceFunction only(SourceIndex index, String name) {
        List<SourceFunction> fs = index.lookup(name);
        assertEquals(1, fs.size(), name + ": " + fs);
        return fs.get(0);
    }

    private static List<String> callees(List<SourceNode> body) {
        return KernelFixture.flat(body).stream().filter(n -> n instanceof SourceNode.Call)
                .map(n -> ((SourceNode.Call) n).callee()).toList();
    }

    @Test
    void aCheckMacroOnAParameterRightAfterTheDeclarationsIsACall() throws Exception {
        SourceIndex index = open();
        assertEquals("VM_BUG_ON", callees(only(index, "refill_slots").body()).get(0));
        assertEquals(List.of("WARN_ON", "pool_set_count"), callees(only(index, "drop_slots").body()));
    }

    @Test
    void aLoopMacroRightAfterALabelIsALoopWithItsBody() throws Exception {
        List<SourceNode> body = only(open(), "refill_slots").body();
        int label = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof SourceNode.Label l && l.name().equals("out_of_memory")) {
                label = i;
            }
        }
        assertTrue(label >= 0, body.toString());
        SourceNode.Branch loop = (SourceNode.Branch) body.get(label + 1);
        assertEquals(BranchKind.FOREACH_MACRO, loop.kind());
        assertEquals("list_for_each_entry_safe(s, t, &fresh, link)", loop.condition());
        assertEquals(List.of("list_del", "kfree"), callees(loop.body()));
        assertTrue(body.get(body.size() - 1) instanceof SourceNode.Return r && r.expression().equals("-ENOMEM"));
    }

    @Test
    void anAnnotationBetweenTheParametersAndTheBodyStaysInTheSignature() throws Exception {
        SourceFunction f = only(open(), "refill_slots");
        assertEquals("static int refill_slots(struct slot_pool *pool, int wanted) __must_hold(&pool->lock)", f.signature());
        assertEquals(List.of("VM_BUG_ON", "spin_unlock", "kmalloc", "list_add", "spin_lock", "list_splice",
                "list_del", "kfree"), callees(f.body()));
    }

    @Test
    void aWeakDefaultWithItsAttributeBeforeTheNameIsFound() throws Exception {
        SourceFunction f = only(open(), "arch_slot_size_ok");
        assertTrue(f.signature().contains("__attribute((weak)) arch_slot_size_ok(unsigned long size)"), f.signature());
        assertTrue(f.body().get(0) instanceof SourceNode.Return r && r.expression().equals("size == SLOT_SIZE"));
    }

    @Test
    void callsALoopKeepsOutOfItsBracesAreItsCalls() throws Exception {
        SourceIndex index = open();
        List<SourceNode> body = only(index, "count_slots").body();
        assertEquals(List.of("slot_weight", "pool_width", "touch_slot", "pool_stride", "pool_list"), callees(body));
        SourceNode.Branch braceless = (SourceNode.Branch) body.get(1);
        assertEquals(BranchKind.FOREACH_MACRO, braceless.kind());
        assertEquals("for_each_slot_pool(pool)", braceless.condition());
        SourceNode.Call weight = (SourceNode.Call) braceless.body().get(0);
        assertEquals("slot_weight(pool)", weight.text());
        assertEquals(64, weight.line());
        SourceNode.Branch shown = (SourceNode.Branch) only(index, "show_slots").body().get(1);
        assertEquals("for_each_slot_pool(pool)", shown.condition());
        assertEquals(List.of("pr_slot"), callees(shown.body()));
    }

    @Test
    void theNameScanFindsEachLineEndAsAByteLoopWould() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] text = new byte[random.nextInt(64)];
            for (int k = 0; k < text.length; k++) {
                int r = random.nextInt(12);
                text[k] = (byte) (r == 0 ? '\n' : r == 1 ? 0x8a : r == 2 ? 0x0b : 'a' + r);   // 0x8a, 0x0b: near '\n'
            }
            for (int from = 0; from <= text.length; from++) {
                int expected = from;
                while (expected < text.length && text[expected] != '\n') {
                    expected++;
                }
                assertEquals(expected, CNameScan.lineEnd(text, from));
            }
        }
    }

    @Test
    void theNameScanSkipsAnnotationsWrittenLikeCalls() {
        byte[] text = ("bool __init __attribute((weak)) arch_ok(unsigned long size)\n{\n}\n"
                + "__printf(1, 2) void say(const char *fmt, ...)\n{\n}\n").getBytes();
        assertEquals(Set.of("arch_ok", "say"), CNameScan.names(text));
    }
}
