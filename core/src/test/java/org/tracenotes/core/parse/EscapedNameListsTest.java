package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;

/**
 * Unfenced Markdown lists of callee names as authors write them outside code: underscores escaped
 * ({@code dev\_open}), numbered items among the bullets, notes after a fullwidth comma, steps told in
 * words over the one call they make, tabs four wide mixed with spaces. Every fragment is made up; the
 * expected tree is written as indented {@code kind text} lines.
 */
class EscapedNameListsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void namesWithMarkdownEscapedUnderscoresAreCallsOfATree() {
        assertEquals("""
                root dev\\_start
                  call ring\\_setup
                    call slot\\_alloc(dev)
                      call **slot\\_zero**
                  call bus\\_scan
                """, read(
                "## 启动",
                "",
                "- dev\\_start",
                "\t- ring\\_setup",
                "\t\t- slot\\_alloc(dev)",
                "\t\t\t- **slot\\_zero**",
                "\t- bus\\_scan"));
    }

    @Test
    void numberedItemsAmongBulletsAreStepsOfTheSameTree() {
        assertEquals("""
                root ring_start
                  call ring_spawn
                    call ring\\_thread(**ring_worker**, NULL)
                      call ring_fill
                      call ring_wait
                    call ring\\_thread(ring_reaper, NULL)
                """, read(
                "- ring_start",
                "\t- ring_spawn",
                "\t\t1. ring\\_thread(**ring_worker**, NULL)",
                "\t\t\t- ring_fill",
                "\t\t\t- ring_wait",
                "\t\t2. ring\\_thread(ring_reaper, NULL)"));
    }

    @Test
    void aNoteAfterAFullwidthCommaStaysTheCallsNoteWhateverItNames() {
        assertEquals("""
                root dev_open
                  call dev_lookup
                    call slot_find  ，把 slot_table 里的槽位给 dev_priv
                    call slot_lock
                  call dev_run  ，调用"__ring"区函数
                """, read(
                "## 调用",
                "",
                "- dev_open",
                "\t- dev_lookup",
                "\t\t- slot_find，把 slot_table 里的槽位给 dev_priv",
                "\t\t- slot_lock",
                "\t- dev_run，调用\"__ring\"区函数"));
    }

    @Test
    void anItemInWordsOverACallIsAStepInWordsAndOverWordsARemark() {
        assertEquals("""
                root ring命令
                  prose 经过系统调用层进入
                    call ring_ctl
                      prose 修改属性
                        call ring_modify
                      prose 新建一个环
                        call ring_create
                          call slot_alloc
                """, read(
                "- ring命令",
                "\t- 经过系统调用层进入",
                "\t\t- ring_ctl",
                "\t\t\t- 修改属性",
                "\t\t\t\t- ring_modify",
                "\t\t\t- 这里不再展开",
                "\t\t\t\t- 以后再看",
                "\t\t\t- 新建一个环",
                "\t\t\t\t- ring_create",
                "\t\t\t\t\t- slot_alloc"));
    }

    @Test
    void aTabAndFourSpacesBetweenTabbedLevelsIsOneLevelWithTabsFourWide() {
        assertEquals("""
                root ring_init()
                  call ring_early()
                    call slot_early()
                  call ring_late()
                    call slot_late()
                    call bus_late()
                    call dev_late()
                      call dev_probe()
                      call dev_bind()
                    call irq_late()
                """, read(
                "- ring_init()",
                "\t- ring_early()",
                "\t\t- slot_early()",
                "\t- ring_late()",
                "\t\t- slot_late()",
                "\t    - bus_late()",
                "\t    - dev_late()",
                "\t\t    - dev_probe()",
                "\t\t\t- dev_bind()",
                "\t\t- irq_late()"));
    }

    @Test
    void categoriesInWordsEachNamingOneThingSideBySideStayProse() {
        assertEquals("", read(
                "Topics:",
                "",
                "- 内存管理",
                "\t- page_alloc",
                "- 进程调度",
                "\t- sched_fair",
                "- 文件系统",
                "\t- vfs_read"));
    }

    @Test
    void aGlossaryOfStructsWithFullwidthColonsStaysProse() {
        assertEquals("", read(
                "- 进程管理",
                "  - task_struct：进程描述符，含 mm_struct",
                "    - mm_struct：内存描述符，含 vm_area_struct",
                "      - vm_area_struct：一段虚拟内存区域",
                "  - files_struct：打开的文件表"));
    }

    @Test
    void anEscapedNameIsTheFunctionsOwnName() {
        Note note = Parsing.parse("## 调用\n\n- dev\\_start\n\t- ring\\_setup()\n\t\t- slot\\_alloc\n\t- bus\\_scan\n");
        Step ring = Parsing.onlyRoot(note).body().get(0);
        assertEquals("ring_setup", ring.calledFunction().orElse(null));
        assertEquals("slot_alloc", ((Expr.Name) ring.children().get(0).expression()).name());
    }

    @Test
    void anEscapedMemberNameIsTheMembersOwnName() {
        Step s = Parsing.onlyRoot(Parsing.fenced("dev_open()", "  => dev_lookup(dev)", "  => dev->priv\\_data 取私有数据"))
                .body().get(1);
        Expr.Member m = (Expr.Member) s.expression();
        assertEquals("priv_data", m.name());
        assertEquals("dev", ((Expr.Name) m.target()).name());
    }
}
