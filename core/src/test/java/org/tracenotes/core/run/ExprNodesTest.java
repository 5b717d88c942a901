package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;

/** Compiled nodes: a class per kind, operators over literals folded, frames sized from what their lines bind. */
class ExprNodesTest {

    private static final SourceRange AT = SourceRange.at(1, 0, 0);

    private static Expr number(String text) {
        return new Expr.Literal(Expr.LiteralKind.NUMBER, text, AT);
    }

    private static Node compile(Expr e) {
        return new ExprCompiler(null).compile(e); // literals only: no program needed
    }

    @Test
    void aNegatedLiteralIsFoldedToItsValueAndKeepsItsExpressionForMessages() {
        Expr minusOne = new Expr.Unary("-", number("1"), AT);
        Node n = compile(minusOne);
        assertEquals(Node.CONSTANT, n.kind);
        assertEquals(new Value.Int(-1), n.value);
        assertSame(minusOne, n.expr);
    }

    @Test
    void anOperatorOverLiteralsIsFoldedAsTheRunWouldEvaluateIt() {
        assertEquals(new Value.Int(12), compile(new Expr.Binary("<<", number("3"), number("2"), AT)).value);
        assertSame(Value.TRUE, compile(new Expr.Binary("<", number("1"), number("2"), AT)).value);
        assertSame(Value.FALSE, compile(new Expr.Unary("!", number("0x10"), AT)).value);
    }

    @Test
    void aDivisionByZeroIsLeftForTheRunToReport() {
        Node n = compile(new Expr.Binary("/", number("4"), number("0"), AT));
        assertEquals(Node.BINARY, n.kind);
        assertInstanceOf(ExprNodes.BinaryNode.class, n);
    }

    @Test
    void eachKindIsANodeClassOfItsOwn() {
        assertInstanceOf(ExprNodes.AndNode.class, compile(new Expr.Binary("&&", number("1"), number("2"), AT)));
        Expr cast = new Expr.Cast("long", number("1"), AT); // not a literal: nothing to fold
        assertInstanceOf(ExprNodes.EqualsNode.class, compile(new Expr.Binary("==", cast, number("2"), AT)));
        assertInstanceOf(ExprNodes.OtherNode.class, compile(cast));
        assertInstanceOf(ExprNodes.ConstantNode.class, compile(number("7")));
        assertEquals(Node.BAD_NUMBER, compile(number("12abc")).kind);
    }
}
