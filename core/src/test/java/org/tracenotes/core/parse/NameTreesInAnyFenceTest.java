package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A block whose lines are C function names or calls laid out as a tree, by indentation or by box or
 * ASCII edges, is a call tree whatever the fence's info string says; real code, assembler, shell
 * sessions, config files and folder listings stay listings. Every fragment is made up.
 */
class NameTreesInAnyFenceTest {

    private static Note inFence(String info, String... lines) {
        return Parsing.parse("# t\n\n```" + info + "\n" + String.join("\n", lines) + "\n```\n");
    }

    private static void assertTree(String expected, String info, String... lines) {
        assertEquals(expected, Parsing.shape(inFence(info, lines)), () -> info + "\n" + String.join("\n", lines));
    }

    private static void assertListing(String info, String... lines) {
        Note note = inFence(info, lines);
        assertTrue(note.traceBlocks().isEmpty(), () -> "read as a trace: " + info + "\n" + String.join("\n", lines)
                + "\n" + Parsing.shape(note));
    }

    private static final String BOX_SHAPE = """
            root blk_submit
              call blk_check_range
                call sec_io_permission
              call blk_queue_io
                call ext9_queue_iter
              call io_notify_done
            """;

    @Test
    void aBoxDrawnTreeOfBareNamesIsACallTree() {
        assertTree(BOX_SHAPE, "", "blk_submit", "├── blk_check_range", "│   └── sec_io_permission",
                "├── blk_queue_io", "│   └── ext9_queue_iter", "└── io_notify_done");
    }

    @Test
    void aBoxDrawnTreeOfBareNamesIsACallTreeInAnyFence() {
        for (String info : new String[] {"c", "text", "yaml", "asm", "console", "plain"}) {
            assertTree(BOX_SHAPE, info, "blk_submit", "├── blk_check_range", "│   └── sec_io_permission",
                    "├── blk_queue_io", "│   └── ext9_queue_iter", "└── io_notify_done");
        }
    }

    @Test
    void aBoxDrawnTreeWithALineNumberColumnIsACallTree() {
        assertTree("""
                root blk_submit
                  call blk_check_range  blk/core.c:120
                    call sec_io_permission  :388   checks the range
                  call blk_queue_io  :140
                    call ext9_queue_iter  queues it
                  call io_notify_done  :171
                """, "text", "blk_submit", "├── blk_check_range    blk/core.c:120",
                "│   └── sec_io_permission  :388   checks the range", "├── blk_queue_io  :140",
                "│   └── ext9_queue_iter    queues it", "└── io_notify_done  :171");
    }

    @Test
    void aTableWithAColonColumnStaysAListing() {
        assertListing("text", "ports", "├── http_port  :8080", "├── https_port  :8443", "└── admin_port  :9000");
    }

    /** A column of last-child edges is a chain, each the last (only) child of the one above (LastChildChains). */
    @Test
    void lastChildEdgesUnderARootWithNoTeeAreACallTree() {
        assertTree("""
                root blk_submit
                  call blk_check_range
                    call blk_queue_io
                      call io_notify_done
                """, "c", "blk_submit", "    └── blk_check_range", "    └── blk_queue_io", "    └── io_notify_done");
    }

    /** Without any tee, corners set deeper under corners give the depth: corners at one column are siblings. */
    @Test
    void cornersNestedByColumnWithNoTeeAreSiblingsAtOneColumn() {
        assertTree("""
                root blk_submit()
                  call blk_queue_io()
                    call blk_check_range()  → may fail
                    call ext9_queue_iter()
                  call io_notify_done()
                """, "", "blk_submit()", "  └ blk_queue_io()", "     └ blk_check_range() → may fail",
                "     └ ext9_queue_iter()", "  └ io_notify_done()");
    }

    /** A tee in the tree keeps the corner a last child's mark: a corner right below a corner is its only child. */
    @Test
    void cornersAtOneColumnUnderATeeStillChain() {
        assertTree("""
                root blk_submit
                  call blk_check_range
                  call blk_queue_io
                    call ext9_queue_iter
                      call io_notify_done
                """, "c", "blk_submit", "├── blk_check_range", "└── blk_queue_io", "    └── ext9_queue_iter",
                "    └── io_notify_done");
    }

    @Test
    void aBoxDrawnTreeWithNotesAfterItsNamesIsACallTree() {
        assertTree("""
                root blk_submit
                  call blk_check_range  // may fail
                  call blk_queue_io
                """, "", "blk_submit", "├── blk_check_range   // may fail", "└── blk_queue_io");
    }

    @Test
    void edgesOfOneCharacterAreEdges() {
        assertTree("""
                root blk_submit
                  call blk_check_range
                    call sec_io_permission
                  call io_notify_done
                """, "", "blk_submit", "├ blk_check_range", "│ └ sec_io_permission", "└ io_notify_done");
    }

    @Test
    void aCallsResultKeptIsACallInATreeOfNames() {
        assertTree("""
                root blk_submit
                  call blk_check_range
                  call blk_queue_io
                  call io_notify_done
                """.replace("call blk_check_range", "assign err = blk_check_range(b)"), "",
                "blk_submit", "├── err = blk_check_range(b)", "├── blk_queue_io", "└── io_notify_done");
    }

    @Test
    void aBoxDiagramWithCornersIsNoTrace() {
        assertListing("", "┌──────────┐", "│ blk_queue │", "└──────────┘", "  io_notify_done", "  blk_submit");
    }

    @Test
    void anIndentedTreeOfNamesIsACallTreeInAnAssemblyFence() {
        for (String info : new String[] {"asm", "assembly", "s", "console", "log", "output"}) {
            assertTree("""
                    root boot_switch
                      call __turn_on_mmu
                        call __cpu_prepare
                      call __boot_switched
                        call kernel_main
                    """, info, "boot_switch", "    __turn_on_mmu", "        __cpu_prepare", "    __boot_switched",
                    "        kernel_main");
        }
    }

    @Test
    void aTabbedTreeOfCallsIsACallTreeInAShellOutputFence() {
        assertTree("""
                root blk_submit()
                  call blk_check_range()
                    call sec_io_permission()
                  call blk_queue_io()
                """, "console", "blk_submit()", "\tblk_check_range()", "\t\tsec_io_permission()", "\tblk_queue_io()");
    }

    @Test
    void aFolderListingDrawnWithBoxEdgesIsNoTrace() {
        assertListing("", "linux/", "├── fs/", "│   ├── read_write.c", "│   └── Makefile", "├── mm/",
                "│   └── memory.c", "└── README");
        assertListing("", "drivers", "├── block", "├── char", "│   └── tpm", "└── net");
        assertListing("text", "src", "├── main_loop.c", "├── net_utils.c", "└── util_io.h");
        assertListing("", "project", "├── build_tools", "│   └── gen_table.py", "└── run_tests");
    }

    @Test
    void aFolderListingDrawnWithAsciiEdgesIsNoTrace() {
        assertListing("console", "linux_src", "|-- fs_core", "|   |-- read_write.c", "|   `-- Kconfig",
                "`-- mm_core", "    `-- memory.c");
    }

    @Test
    void anAssemblerListingIsNoTrace() {
        assertListing("asm", "boot_entry:", "    mov x0, x1", "    bl  setup_pages", "    ldr x2, =stack_top",
                "    b   kernel_main");
        assertListing("asm", "boot_entry", "    adrp x0, init_pg_dir", "    bl __turn_on_mmu", "        ret");
        assertListing("s", "    .globl boot_entry", "boot_entry:", "    movq %rsp, %rbp", "    call setup_pages");
    }

    @Test
    void aShellSessionIsNoTrace() {
        assertListing("console", "$ make -j8 bzImage", "  CC      kernel/fork.o", "  LD      vmlinux",
                "$ ls -l arch/x86/boot");
        assertListing("bash", "cd linux_src", "    make defconfig", "    make -j8");
    }

    @Test
    void realCodeInAnotherLanguageFenceIsNoTrace() {
        assertListing("cpp", "int blk_submit(struct bio *b)", "{", "    blk_check_range(b);", "    return 0;", "}");
        assertListing("output", "blk_submit(b)", "    blk_check_range(b);", "    if (blk_queue_io(b))",
                "        io_notify_done();", "    return 0;");
        assertListing("kotlin", "fun blk_submit(b: Bio) {", "    blk_check_range(b)", "        blk_queue_io(b)", "}");
        assertListing("yaml", "build_steps:", "  compile_all: true", "  run_tests:", "    - unit_tests");
        assertListing("makefile", "obj_files:", "\tcc -c main_loop.c", "\tcc -c net_utils.c");
        assertListing("python", "def blk_submit(b):", "    blk_check_range(b)", "    blk_queue_io(b)");
    }

    @Test
    void dumpsLogsAndDataStayListings() {
        assertListing("console", "Call Trace:", " <TASK>", "  show_frames+0x5c/0x80", "  blk_submit+0x101/0x2e3",
                "  io_notify_done+0x12/0x30", " </TASK>");
        assertListing("log", "[    0.000000] Booting kernel_main", "[    0.000001]   setup_pages done",
                "[    0.000002]     zone_init done");
        assertListing("json", "{", "  \"blk_submit\": {", "    \"blk_queue_io\": 1", "  }", "}");
        assertListing("console", "blk_submit_task  1234  0.0", "    blk_worker_1  1235  0.1",
                "        blk_worker_2  1236  0.2");
    }

    @Test
    void processAndDeviceTreesStayListings() {
        assertListing("console", "init_main─┬─agent_daemon", "          ├─log_daemon───2*[{log_daemon}]",
                "          └─net_manager───net_helper");
        assertListing("console", "disk_a      8:0    0  100G  0 disk", "├─disk_a1   8:1    0  512M  0 part /boot",
                "└─disk_a2   8:2    0   99G  0 part /");
        assertListing("", "├─user_slice.slice", "│ └─user_session.scope", "└─init_scope.scope");
    }

    @Test
    void aTreeOfPlainWordsIsNoTrace() {
        assertListing("console", "sda", "    sda1", "    sda2", "        vg0", "sdb");
        assertListing("", "root", "├── boot", "├── home", "│   └── user", "└── usr");
    }

    @Test
    void aLanguageWhoseIndentationIsSyntaxKeepsItsFenceAListing() {
        assertListing("python", "blk_main", "    blk_one", "        blk_two", "            blk_three");
        assertListing("yaml", "blk_main", "    blk_one", "        blk_two", "            blk_three");
    }

    @Test
    void aDiffStaysAListing() {
        assertListing("diff", " blk_submit", "     blk_check_range", "-        sec_io_permission",
                "+        sec_io_check", "     blk_queue_io");
    }

    @Test
    void aStructureDiagramWithTypedMembersIsNoTrace() {
        assertListing("", "struct blk_req", "├── struct bio *bio", "├── unsigned int len", "└── struct list_head node");
    }
}
