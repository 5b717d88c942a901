package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A flat column of functions under a caption naming a call chain in Korean or Japanese (호출 흐름,
 * 呼び出しの流れ), in a fence or a Markdown code block indented four blanks: a chain, each line called by
 * the one above; a caption that names no call leaves the column a list (made-up fragments).
 */
class FlatChainCaptionWordsTest {

    private static final String CHAIN = """
            root widget_open()
              call widget_lookup()
                call __widget_lookup()
                  call widget_get()
            """;

    @Test
    void aKoreanCallFlowCaptionOverAnIndentedCodeBlockMakesAChain() {
        Note note = Parsing.parse("""
                ## widget 열기의 호출 흐름

                    widget_open()
                    widget_lookup()
                    __widget_lookup()
                    widget_get()

                다음 절.
                """);
        assertEquals(CHAIN, Parsing.shape(note));
    }

    @Test
    void aJapaneseCallFlowCaptionOverAFenceMakesAChain() {
        Note note = Parsing.parse("""
                ### widget_open の呼び出しの流れ

                ```
                widget_open()
                widget_lookup()
                __widget_lookup()
                widget_get()
                ```
                """);
        assertEquals(CHAIN, Parsing.shape(note));
    }

    @Test
    void aCaptionNamingNoCallLeavesTheColumnAList() {
        Note note = Parsing.parse("""
                ## widget 함수 목록

                    widget_open()
                    widget_close()
                    widget_read()
                    widget_write()
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void shellCommandsUnderACallCaptionStayText() {
        Note note = Parsing.parse("""
                ## 호출 흐름 확인

                    make -j8
                    insmod widget.ko
                    dmesg | tail
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }
}
