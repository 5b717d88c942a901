package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words under a step of a tree drawn with ASCII edges ({@code |- f()}, {@code +-- f()}, {@code `- f()}),
 * with no edge of their own and no body: a remark on that step, as under a box-drawn tree's {@code ├──}.
 * Code under an edged step stays a step. Every fragment is made up.
 */
class AsciiEdgeRemarksTest {

    @ParameterizedTest
    @ValueSource(strings = {"|- f()", "  |- f()", ":  +-- g()", "|  `- 处理请求", "+- ...", "|  |  \\- h(x)", "'- done"})
    void anEdgeBeforeTheTextLeadsTheLine(String line) {
        assertTrue(AsciiEdges.leads(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"|-> f()", "|---|---|", "- item", "| a | b |", "+------+", "|  plain words", "--option", "f() |- g"})
    void arrowsTableRulesAndItemsAreNoEdges(String line) {
        assertFalse(AsciiEdges.leads(line), line);
    }

    @Test
    void wordsUnderAStemBelowAnEdgedStepAreARemark() {
        Parsing.assertShape("""
                root load_image(img)
                  call read_header(img)
                  call map_pages(img)
                    call pin_page(p)
                  call done(img)
                """,
                "load_image(img)",
                "|- read_header(img)",
                "|  这里读取文件头",
                "|- map_pages(img)",
                "|  `- pin_page(p)",
                "|     逐页固定内存",
                "`- done(img)");
    }

    @Test
    void wordsIndentedUnderAnIndentedEdgeAreARemark() {
        Parsing.assertShape("""
                root load_image(img)
                  call read_header(img)
                  call map_pages(img)
                  call start_image(img)
                """,
                "load_image(img)",
                "    +-- read_header(img)",
                "        检查魔数和版本",
                "    +-- map_pages(img)",
                "    +-- start_image(img)");
    }

    @Test
    void codeUnderAnEdgedStepStaysAStep() {
        Parsing.assertShape("""
                root load_image(img)
                  call read_header(img)
                    call check_magic(img)
                  call map_pages(img)
                  call start_image(img)
                """,
                "load_image(img)",
                "  |- read_header(img)",
                "      check_magic(img)",
                "  |- map_pages(img)",
                "  |- start_image(img)");
    }

    @Test
    void wordsUnderAnEdgedConditionAreWhatItDoes() {
        Parsing.assertShape("""
                root send_packet(skb)
                  call check_dst(skb)
                  call pick_route(skb)
                  if if tunnel
                    prose wrap it in a header
                  call push_out(skb)
                  call count_tx(skb)
                """,
                "send_packet(skb)",
                "  |-check_dst(skb)",
                "  |-pick_route(skb)",
                "  |-if tunnel",
                "  |     wrap it in a header",
                "  |-push_out(skb)",
                "  |-count_tx(skb)");
    }
}
