package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.parse.Parsing.fenced;
import static org.tracenotes.core.parse.Parsing.firstStep;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/** What one step line's payload is read as. */
class PayloadTest {

    static Step only(String payloadLine) {
        Note note = fenced("f(x)", "=> " + payloadLine, "=> done()");
        assertTrue(note.diagnostics().stream().allMatch(d -> d.ruleId().equals("else-without-if")),
                () -> "diagnostics: " + note.diagnostics());
        return firstStep(note);
    }

    @ParameterizedTest(name = "[{index}] {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "foo(a, b)                          | CALL",
        "foo                                | CALL",
        "ops->handle(op);                   | CALL",
        "r = foo(a, b)                      | ASSIGN",
        "*flag = true                       | ASSIGN",
        "obj->field = val;                  | ASSIGN",
        "flags += MF_X                      | ASSIGN",
        "int n = bar();                     | ASSIGN",
        "struct page *p = pfn_to_page(pfn)  | ASSIGN",
        "unsigned long flags                | DECLARATION",
        "if x                               | IF",
        "if (x)                             | IF",
        "if x:                              | IF",
        "if (x) {                           | IF",
        "if (x) foo()                       | IF",
        "if amd : bar()                     | IF",
        "if 页面在使用                        | IF",
        "else                               | ELSE",
        "else:                              | ELSE",
        "else if ret == -EBUSY              | ELSE_IF",
        "} else {                           | ELSE",
        "switch (mode)                      | SWITCH",
        "case FOO:                          | CASE",
        "default:                           | CASE",
        "for (i = 0; i < n; i++)            | LOOP",
        "while (x)                          | LOOP",
        "do {                               | LOOP",
        "list_for_each_entry(pos, head, lru) | LOOP",
        "for_each_online_cpu(cpu)           | LOOP",
        "loop every bank                    | LOOP",
        "goto out                           | GOTO",
        "out:                               | LABEL",
        "return                             | RETURN",
        "return -EBUSY;                     | RETURN",
        "break                              | BREAK",
        "continue if map[i] == 0            | CONTINUE",
        "}                                  | BRACE",
        "x++                                | EXPRESSION",
        "...                                | PROSE",
        "先略                                | PROSE",
        "检查 flag                           | PROSE",
        "validate the range                 | PROSE",
        "decode --> decode_umc              | CALL",
        "**bold** text                      | PROSE",
        "**pp = x                           | ASSIGN",
        "blk_aio_prwv(,,co_entry::write, …) | CALL",
        "DEBUG ((DEBUG_INFO & …))            | CALL",
        "struct multi_stop_data msdata = {  | DECLARATION",
    })
    void payloadIsReadAs(String payload, StepKind kind) {
        assertEquals(kind, only(payload.strip()).kind());
    }

    @Test
    void operatorsFollowCPrecedence() {
        Expr e = only("r = a + b * c == d && !e || f").expression();
        Expr.Assign a = assertInstanceOf(Expr.Assign.class, e);
        Expr.Binary or = assertInstanceOf(Expr.Binary.class, a.value());
        assertEquals("||", or.op());
        Expr.Binary and = assertInstanceOf(Expr.Binary.class, or.left());
        assertEquals("&&", and.op());
        Expr.Binary eq = assertInstanceOf(Expr.Binary.class, and.left());
        assertEquals("==", eq.op());
        Expr.Binary plus = assertInstanceOf(Expr.Binary.class, eq.left());
        assertEquals("+", plus.op());
        assertEquals("*", assertInstanceOf(Expr.Binary.class, plus.right()).op());
    }

    @Test
    void addressOfMemberBindsTheMemberFirst() {
        Expr.Unary not = assertInstanceOf(Expr.Unary.class, only("if !HWPoisonHandlable(&folio->page, flags):").expression());
        Expr.Call call = assertInstanceOf(Expr.Call.class, not.operand());
        Expr.Unary amp = assertInstanceOf(Expr.Unary.class, call.arguments().get(0));
        assertEquals("&", amp.op());
        assertInstanceOf(Expr.Member.class, amp.operand());
    }

    @Test
    void negativeErrnoCastTernaryStringsAndIndexParse() {
        assertInstanceOf(Expr.Unary.class, only("return -EBUSY").expression());
        assertInstanceOf(Expr.Cast.class, assertInstanceOf(Expr.Assign.class,
                only("p = (struct page *)addr").expression()).value());
        assertInstanceOf(Expr.Conditional.class, assertInstanceOf(Expr.Assign.class,
                only("x = a ? b : c").expression()).value());
        Expr.Call pr = assertInstanceOf(Expr.Call.class, only("pr_info(\"%#lx: %s\\n\", pfn, \"x\")").expression());
        assertEquals(Expr.LiteralKind.STRING, assertInstanceOf(Expr.Literal.class, pr.arguments().get(0)).kind());
        assertInstanceOf(Expr.Index.class, assertInstanceOf(Expr.Assign.class,
                only("v = map[i + 1]").expression()).value());
    }

    @Test
    void emptyAndElidedArgumentsAreKept() {
        Expr.Call c = assertInstanceOf(Expr.Call.class, only("foo(,,n+1,)").expression());
        assertEquals(4, c.arguments().size());
        assertInstanceOf(Expr.Omitted.class, c.arguments().get(0));
        assertInstanceOf(Expr.Binary.class, c.arguments().get(2));
        Expr.Call d = assertInstanceOf(Expr.Call.class, only("foo(a, ...)").expression());
        assertInstanceOf(Expr.Ellipsis.class, d.arguments().get(1));
        Expr.Call t = assertInstanceOf(Expr.Call.class, only("container_of(p, struct page, lru)").expression());
        assertInstanceOf(Expr.TypeRef.class, t.arguments().get(1));
    }

    @Test
    void conditionOfAnIfWithItsBodyOnTheSameLine() {
        Step s = only("if (x) foo()");
        assertInstanceOf(Expr.Name.class, s.expression());
        assertEquals(StepKind.CALL, s.inline().kind());
        Step t = only("if amd : bar()");
        assertEquals("bar()", t.inline().text());
    }

    @Test
    void aDeclarationKeepsItsType() {
        Step s = only("struct page *p = pfn_to_page(pfn)");
        assertEquals("struct page *", s.declaredType());
    }

    @Test
    void proseIfKeepsItsTextWithoutACondition() {
        Step s = only("if 页面在使用");
        assertNull(s.expression());
        assertEquals("if 页面在使用", s.text());
    }

    @Test
    void gotoAndLabelsCarryTheirName() {
        assertEquals("out", only("goto out").label());
        assertEquals("retry", only("retry:").label());
    }

    @Test
    void callsInsideConditionsAndArgumentsAreKeptInTheTree() {
        Expr.Binary and = assertInstanceOf(Expr.Binary.class, only("if folio_test_hugetlb(folio) && f(g(x))").expression());
        assertInstanceOf(Expr.Call.class, and.left());
        Expr.Call f = assertInstanceOf(Expr.Call.class, and.right());
        assertInstanceOf(Expr.Call.class, f.arguments().get(0));
    }
}
