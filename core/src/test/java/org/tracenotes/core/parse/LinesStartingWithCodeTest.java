package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.parse.Parsing.fenced;
import static org.tracenotes.core.parse.Parsing.firstStep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/**
 * A line the grammar can read only as words, but which starts with code, is read as the step that
 * code is: a call with a note after it, a decorated call, C the grammar does not read. All fragments
 * are made up.
 */
class LinesStartingWithCodeTest {

    static Step only(String payload) {
        return firstStep(fenced("probe_dev(d)", "-> " + payload, "-> finish_dev(d)"));
    }

    @ParameterizedTest(name = "[{index}] {0} calls {1}")
    @CsvSource(delimiter = '|', value = {
        "attach_widget: WIDGET_READY                 | attach_widget",
        "wire_up_ports 注意：这里先不看              | wire_up_ports",
        "hook_table->on_save   save_fast             | on_save",
        "LOG ((LOG_INFO, \"[W] start\\n\"));         | LOG",
        "init_region(&w->mr, OWNER(w), name))        | init_region",
        "print_line(out, \"widget %\" PRI64 \"\\n\", | print_line",
        "(for each widget) w->ops->poll              | poll",
        "[scan_reg_table x N]                        | scan_reg_table",
        "OR: slow_path_widget                        | slow_path_widget",
        "!!不再展开!! OR w->ops->save()              | save",
        "callq widget_dispatch                       | widget_dispatch",
        "new_widget_of(Kind kind:k)                  | new_widget_of",
        "pool->slots[].bitmap                        | bitmap",
        "layout.c::place_widget()                    | place_widget",
        "`widget_fill()`                             | widget_fill",
        "fetch --> fetch_slow                        | fetch",
        "asm volatile(\"wfi\" ::: \"memory\")          | asm",
        "__asm__ __volatile__(\"nop\")               | __asm__",
        "call every ring listener on_start()         | on_start",
        "调用 ring->ops->drain()                     | drain",
    })
    void aCallFollowedByWordsIsTheCall(String payload, String called) {
        Step s = only(payload.strip());
        assertEquals(StepKind.CALL, s.kind(), () -> s.toString());
        assertEquals(called, name(s.expression()));
        assertTrue(payload.strip().startsWith(s.text()), () -> "the text keeps the line: " + s.text());   // or leaves a note as a comment
    }

    @ParameterizedTest(name = "[{index}] {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "check the range                   | PROSE",
        "unit_ready() && u->size != max)   | PROSE",
        "(optional) check the range        | PROSE",
        "检查 flag                          | PROSE",
        "see widget.c for more             | PROSE",
        "struct cfg c = {.mode = MODE_A}   | ASSIGN",
        "struct cfg c = {.mode = MODE_A,   | ASSIGN",
        "u32 lo, mid, hi;                  | DECLARATION",
        "switch w->state   ... 先略        | SWITCH",
        "Widget *w                         | DECLARATION",
        "fill_a/fill_b/fill_c              | CALL",
        "w->is_a/w->is_b/w->is_c           | EXPRESSION",
        ".lo = pick_lo(w) //取低位         | ASSIGN",
        "w:Widget = new_widget(k)          | ASSIGN",
        "W.A = W.B = 0; EN = 1;            | ASSIGN",
        "针对每个端口做如下迭代：           | LOOP",
        "for every port of the widget      | LOOP",
        "每个端口都检查一遍                 | LOOP",
        "x is the count, y = 2 later       | PROSE",
        "创建端口的迭代器                   | PROSE",
        "return w->mode ? (w->lo * SCALE) : | RETURN",
        "return w->mask &&                 | RETURN",
        "if                                | IF",
        "while                             | LOOP",
        "if w->mode & (1 < < LO)           | IF",
        "else                              | ELSE",
        "for example the port below        | PROSE",
        "WIDGET_FOREACH(w)                 | LOOP",
        "QLIST_FOREACH_SAFE(w, &ws, next, t) | LOOP",
        "port_for_each(p)                  | LOOP",
        "u64 lo, hi = split_range(w);      | ASSIGN",
        ".on_add: ring_on_add              | CALL",
    })
    void otherLinesAreReadAs(String payload, StepKind kind) {
        assertEquals(kind, only(payload.strip()).kind());
    }

    @Test
    void aDefinitionKeepsItsTypeAndTarget() {
        Step s = only("static struct cfg c = {.mode = MODE_A}");
        assertEquals("static struct cfg", s.declaredType());
        Expr.Assign a = assertInstanceOf(Expr.Assign.class, s.expression());
        assertEquals("c", assertInstanceOf(Expr.Name.class, a.target()).name());
        assertEquals("Widget *", only("Widget *w").declaredType());
    }

    @Test
    void theCalleesRangeIsWhereItStands() {
        String source = "```\nprobe_dev(d)\n-> (each port) port->wire_up 注意\n-> finish_dev(d)\n```\n";
        Step s = firstStep(Parsing.parse(source));
        Expr.Member m = assertInstanceOf(Expr.Member.class, s.expression());
        Expr.Name target = assertInstanceOf(Expr.Name.class, m.target());
        assertEquals("port", source.substring(target.range().offset(), target.range().endOffset()));
        assertEquals("port->wire_up", source.substring(m.range().offset(), m.range().endOffset()));
    }

    @Test
    void columnsCountCodePointsPastAnEmoji() {
        String line = "-> (\uD83D\uDD25 hot) do_work()";
        String source = "```\nprobe_dev(d)\n" + line + "\n-> finish_dev(d)\n```\n";
        Step s = firstStep(Parsing.parse(source));
        Expr.Call c = assertInstanceOf(Expr.Call.class, s.expression());
        Expr.Name n = assertInstanceOf(Expr.Name.class, c.callee());
        assertEquals("do_work", source.substring(n.range().offset(), n.range().endOffset()));
        assertEquals(1 + line.codePointCount(0, line.indexOf("do_work")), n.range().column());
    }

    private static String name(Expr e) {
        if (e instanceof Expr.Call c) {
            return name(c.callee());
        }
        if (e instanceof Expr.Member m) {
            return m.name();
        }
        return assertInstanceOf(Expr.Name.class, e).name();
    }
}
