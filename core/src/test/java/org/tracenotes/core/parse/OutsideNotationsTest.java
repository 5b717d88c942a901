package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Notations of authors outside the gold set, read as trees: source locations after each step, {@code |--}
 * trees in fences with an info string of the author's own, unfenced call trees in Markdown, Markdown
 * list items as steps, line-numbered listings, one-column levels with tabs. Every fragment is made up.
 */
class OutsideNotationsTest {

    @Test
    void aSourceLocationAfterEachStepIsANote() {
        Parsing.assertShape("""
                root do_thing_start
                  call lock_page_x  mm/filemap.c
                  call submit_io_x  fs/buf.c:120
                    call queue_req_x  block/core.c
                  call unlock_page_x  mm/filemap.c
                """, "do_thing_start", "    lock_page_x      mm/filemap.c", "    submit_io_x      fs/buf.c:120",
                "        queue_req_x  block/core.c", "    unlock_page_x    mm/filemap.c");
    }

    @Test
    void aLocationAfterAHashIsANoteAndStemsAgainstNamesAreConnectors() {
        Parsing.assertShape("""
                root sys_foo_x
                  call foo_init_x  # kernel/foo.c:3570
                  call foo_run_x  # kernel/foo.c:3600
                    call foo_step_x  # kernel/step.c:12
                """, "sys_foo_x", "    |--foo_init_x          # kernel/foo.c:3570",
                "    |--foo_run_x           # kernel/foo.c:3600", "        |--foo_step_x      # kernel/step.c:12");
        Parsing.assertShape("""
                root do_mnt_x (super.c) 返回dentry
                  call mnt_fs_x (super.c) 返回dentry
                    call fill_x (inode.c)
                  call mnt_tail_x (namespace.c)
                """, ">do_mnt_x (super.c) 返回dentry", "  >mnt_fs_x (super.c) 返回dentry", "    >fill_x (inode.c)",
                "  >mnt_tail_x (namespace.c)");
    }

    @Test
    void aDashedTreeInAFenceNamedByTheAuthorIsATrace() {
        Note note = Parsing.parse("""
                # calls

                ```boot_core_calls

                    boot_core                           # init/core.c:500
                        |--set_stack_magic              # kernel/fork.c:800
                        |--setup_proc_id                # arch/x/smp.c:12
                        |---cpu_init_one                # kernel/cpu.c:2000
                            |--cpu_mark_online          # kernel/cpu.c:2010
                        |--map_early -> x_map_early     # mm/early.c:40
                            |--set_pmd_x                # mm/pgtable.c:5
                                set_pte_x               # mm/pgtable.c:9
                        # init/core.c:530
                        |--rest_init_x                  # init/core.c:700
                :
                ```
                """);
        assertEquals("""
                root boot_core  # init/core.c:500
                  call set_stack_magic  # kernel/fork.c:800
                  call setup_proc_id  # arch/x/smp.c:12
                  call cpu_init_one  # kernel/cpu.c:2000
                    call cpu_mark_online  # kernel/cpu.c:2010
                  call map_early -> x_map_early  # mm/early.c:40
                    call set_pmd_x  # mm/pgtable.c:5
                      call set_pte_x  # mm/pgtable.c:9
                  call rest_init_x  # init/core.c:700
                """, Parsing.shape(note));
    }

    @Test
    void aFenceNamedForALanguageStaysAListing() {
        Note note = Parsing.parse("```python\nboot_core\n    set_stack_magic\n        setup_proc_id\n    rest_init_x\n```\n");
        assertEquals("", Parsing.shape(note));
    }

    @Test
    void anUnfencedTreeAfterProseInMarkdownIsATrace() {
        Note note = Parsing.parse("""
                # boot

                The boot path is as follows:
                start_boot_x
                    setup_arch_x        arch/x/setup.c
                        early_mem_x
                    rest_init_x  或  rest_init_y
                        kernel_init_x   starts pid 1

                This is a paragraph of prose
                that wraps onto a second line.

                The flow:
                do_fault_x()
                    handle_pte_x()  checks the entry
                        do_anon_x()  allocates a page
                    finish_x()  maps it back
                """);
        assertEquals("""
                root start_boot_x
                  call setup_arch_x  arch/x/setup.c
                    call early_mem_x
                  call rest_init_x  或  rest_init_y
                    call kernel_init_x  starts pid 1
                root do_fault_x()
                  call handle_pte_x()  checks the entry
                    call do_anon_x()  allocates a page
                  call finish_x()  maps it back
                """, Parsing.shape(note));
    }

    @Test
    void indentedProseAfterAWordIsNoTree() {
        Note note = Parsing.parse("""
                Notes:
                foo
                    bar baz qux is a sentence here
                    and another sentence follows it

                Registers:
                mov_x
                    mov     ip, r7
                    ldr     r7, r8
                """);
        assertEquals("", Parsing.shape(note));
    }

    @Test
    void aListOfWordsStaysProse() {
        Note note = Parsing.parse("""
                Things to check:
                - the flags are set
                - the lock is held
                  - by the caller

                setup_x()
                - first read the docs
                - then the code
                """);
        assertEquals("", Parsing.shape(note));
    }

    @Test
    void numberedCodeKeepsItsNumbers() {
        Note note = Parsing.parse("```\n1 int x_main(void)\n2 {\n3     return 0;\n4 }\n```\n");
        assertEquals("", Parsing.shape(note));
    }

    @Test
    void aTabInOneColumnLevelsIsAsWideAsTheLevelsSay() {
        Parsing.assertShape("""
                root f_root
                  call g_one
                    call h_two
                      call i_three
                  call g_four
                """, "  f_root", "   g_one", "\t  h_two", "\t   i_three", "   g_four");
    }

    @Test
    void aLonePunctuationMarkIsNoStep() {
        for (String mark : new String[] {":", ".", ","}) {
            Note note = Parsing.parse("```\nroot_x()\n=> first_x()\n" + mark + "\n=> second_x()\n```\n");
            assertEquals("""
                    root root_x()
                      call first_x()
                      call second_x()
                    """, Parsing.shape(note), "a lone " + mark);
        }
    }
}
