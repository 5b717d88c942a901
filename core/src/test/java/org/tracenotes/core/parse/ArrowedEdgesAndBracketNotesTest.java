package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Box-drawn edges whose arrow head is drawn right on them ({@code ├→ f()}, {@code └→ g()}, {@code ├─→ h()}),
 * calls with a remark in brackets after them ({@code f() (what it does)}, {@code f() [where it is called]},
 * {@code f() [a remark] → g()}), and a remark in square brackets on a line of its own under a step. Every
 * fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class ArrowedEdgesAndBracketNotesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void edgesWithArrowHeadsAreArrowsOfATree() {
        assertEquals("""
                root Mount path:
                  call do_mount()
                    call path_mount()
                      call do_new_mount()
                      call do_remount()
                    call finish_mount()
                """, read(
                "Mount path:",
                "  → do_mount()",
                "    ├→ path_mount()",
                "    │   ├─→ do_new_mount()",
                "    │   └─→ do_remount()",
                "    └→ finish_mount()"));
    }

    @Test
    void aFolderTreeDrawnWithArrowHeadsIsNoCallTree() {
        assertEquals("", read(
                "website",
                "├→ assets",
                "│  └→ images",
                "├→ pages",
                "└→ styles"));
        assertEquals("", read(
                "backup/",
                "├─→ daily/",
                "├─→ weekly/",
                "└─→ restore.sh"));
    }

    @Test
    void aTreeDrawnWithArrowHeadsIsReadAsTheSameTreeDrawnWithLines() {
        String[] arrows = {"run_job()", "├→ load_config()", "│  └→ parse_file()", "└→ start_workers()"};
        String[] lines = {"run_job()", "├── load_config()", "│  └── parse_file()", "└── start_workers()"};
        assertEquals(read(lines), read(arrows));
        assertEquals("""
                root run_job()
                  call load_config()
                    call parse_file()
                  call start_workers()
                """, read(arrows));
    }

    @Test
    void aRemarkInBracketsAfterACallLeavesTheCall() {
        assertEquals("""
                root Open path:
                  call do_sys_open()  [ fs/open.c:1200
                    call getname()  (copies the name in)
                    call do_filp_open()  [the real work] → path_openat()
                      call path_openat()  (walks the path)
                """, read(
                "Open path:",
                "  → do_sys_open() [fs/open.c:1200]",
                "    ├→ getname() (copies the name in)",
                "    └→ do_filp_open() [the real work] → path_openat()",
                "        → path_openat() (walks the path)"));
    }

    @Test
    void aRemarkInSquareBracketsAloneIsNoStep() {
        assertEquals("""
                root Run path:
                  call vcpu_run()
                    call vcpu_enter_guest()
                  call exit_to_user()
                """, read(
                "Run path:",
                "  → vcpu_run()",
                "    → vcpu_enter_guest()",
                "        [the guest runs until an exit]",
                "  → exit_to_user()"));
    }

    @Test
    void anIndexOrAMarkInSquareBracketsStaysCode() {
        assertEquals("""
                root Table walk:
                  call walk(t)
                    assign e = t->slots [i]
                    prose [?]
                """, read(
                "Table walk:",
                "  → walk(t)",
                "    → e = t->slots [i]",
                "    → [?]"));
    }
}
