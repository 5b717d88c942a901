package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Numbered steps in a fence numbered the ways CJK authors number them ({@code 1、f()}, {@code 1）f()},
 * {@code （1）f()}): each item a step, as {@code 1. f()} is.
 */
class WideNumberedStepsTest {

    private static final String STEPS = """
            root\s
              call do_open_x()
              call path_walk_x(nd)
              prose 返回文件
              call fd_install_x(fd)
            """;

    @Test
    void aFenceOfItemsNumberedWithAnIdeographicCommaIsATrace() {
        Note note = Parsing.parse("""
                ```
                1、do_open_x()
                2、path_walk_x(nd)
                3、返回文件
                4、fd_install_x(fd)
                ```
                """);
        assertEquals(STEPS, Parsing.shape(note));
    }

    @Test
    void aFenceOfItemsNumberedWithAWideParenthesisIsATrace() {
        Note note = Parsing.parse("""
                ```c
                1）do_open_x()
                2）path_walk_x(nd)
                3）返回文件
                4）fd_install_x(fd)
                ```
                """);
        assertEquals(STEPS, Parsing.shape(note));
    }

    @Test
    void aFenceOfItemsNumberedInWideParenthesesIsATrace() {
        Note note = Parsing.parse("""
                ```text
                （1）do_open_x()
                （2）path_walk_x(nd)
                （3）返回文件
                （4）fd_install_x(fd)
                ```
                """);
        assertEquals(STEPS, Parsing.shape(note));
    }

    @Test
    void aFenceOfItemsNumberedInNarrowParenthesesIsATrace() {
        Note note = Parsing.parse("""
                ```
                (1) do_open_x()
                (2) path_walk_x(nd)
                (3) 返回文件
                (4) fd_install_x(fd)
                ```
                """);
        assertEquals(STEPS, Parsing.shape(note));
    }

    @Test
    void wideNumberedItemsMostlyInWordsStayProse() {
        Note note = Parsing.parse("""
                ```
                （1）准备环境
                （2）init_x()
                （3）检查配置
                （4）setup_x()
                （5）运行测试
                ```
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void aChineseDocumentsNumberedParagraphsInAFenceStayProse() {
        Note note = Parsing.parse("""
                ```
                1、安装依赖
                2、编译内核
                3、重启机器
                ```

                ```
                1、make menuconfig
                2、make -j8
                3、make install
                ```
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }
}
