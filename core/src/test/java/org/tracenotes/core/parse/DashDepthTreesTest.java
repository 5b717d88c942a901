package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Traces whose depth is the number of dashes right against each step ({@code --f} one level under the
 * root line, {@code ----g} two, {@code ------h} three), with no indentation and no arrows: the dashes are
 * margin, the step stands where its text starts. Every fragment is made up.
 */
class DashDepthTreesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void theCountOfLeadingDashesIsTheDepth() {
        assertEquals("""
                root start_kernel
                  call setup_pages
                    assign top = end
                    loop for (k = 0; k < NPAGES; k++)
                      assign page_map[k] = FREE
                  call init_consoles
                    call serial_init
                  if if (!spawn())
                    call first_task
                  call idle_loop
                """, read(
                "start_kernel",
                "--setup_pages",
                "----top = end;",
                "----for (k = 0; k < NPAGES; k++)",
                "------page_map[k] = FREE;",
                "--init_consoles",
                "----serial_init",
                "--if (!spawn())",
                "----first_task",
                "--idle_loop"));
    }

    @Test
    void aNameThatStartsWithAnUnderscoreStandsRightAfterItsDashes() {
        assertEquals("""
                root boot_task
                  call _setup_call(int, x)
                  call probe()
                    call _leave(1)
                  call _leave(0)
                """, read(
                "boot_task",
                "--_setup_call(int, x)",
                "--probe()",
                "----_leave(1)",
                "--_leave(0)"));
    }

    @Test
    void elseAndCommentsStandAtTheirDashDepth() {
        String shape = read(
                "run_shell",
                "--if (!(pid = spawn()))//child",
                "----exec_shell(argv)",
                "--else//parent",
                "----while (pid != reap(&st))",
                "--//end",
                "--leave(0)");
        assertEquals("""
                root run_shell
                  if if (!(pid = spawn()))  // child
                    call exec_shell(argv)
                  else else  // parent
                    loop while (pid != reap(&st))
                  call leave(0)
                """, shape);
    }

    @Test
    void aBodyIndentedByBlanksWithoutDashesStandsAtTheLevelOfTheFewestDashes() {
        assertEquals("""
                root deliver_event
                  assign h = ev->handler
                  if if (h->once)
                    assign h->fn = NULL
                  assign sp = user_sp
                  call push_word(sig, sp++)
                  if if (!masked)
                    call push_word(mask, sp++)
                  call push_word(ip, sp++)
                """, read(
                "deliver_event",
                "--h = ev->handler;",
                "--if (h->once)",
                "----h->fn = NULL;",
                "",
                "    sp = user_sp;",
                "    push_word(sig, sp++);",
                "    if (!masked)",
                "        push_word(mask, sp++);",
                "    push_word(ip, sp++);"));
    }

    @Test
    void commandOptionsAndRulesAreNoDashDepth() {
        assertEquals("", read(
                "mytool",
                "--verbose=2",
                "--output=out.txt",
                "----",
                "--a, --all"));
        assertEquals("", Parsing.shape(Parsing.parse("Some text\n\n---\n\nMore text\n\n-- a signature\n")));
    }

    @Test
    void dashesAtOneDepthOnlyAreNotLearned() {
        assertEquals("", read(
                "build",
                "--clean",
                "--release",
                "--quiet"));
    }
}
