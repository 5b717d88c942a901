package org.tracenotes.core.model;

import java.util.ArrayList;
import java.util.List;

/** A C expression of a step's payload, with its source range. Nodes carry no logic. */
public sealed interface Expr {

    SourceRange range();

    /** A name: variable, function, constant ({@code MF_SOFT_OFFLINE}, {@code true}). */
    record Name(String name, SourceRange range) implements Expr { }

    /** A number, string or character literal, as written. */
    record Literal(LiteralKind kind, String text, SourceRange range) implements Expr { }

    /** Kinds of {@link Literal}. */
    enum LiteralKind { NUMBER, STRING, CHAR }

    /** {@code ...} written where an expression or argument would be: an elision. */
    record Ellipsis(SourceRange range) implements Expr { }

    /** An argument left empty, as in {@code foo(,,n+1,)}. */
    record Omitted(SourceRange range) implements Expr { }

    /** A type used as a macro argument ({@code container_of(p, struct page, lru)}). */
    record TypeRef(String type, SourceRange range) implements Expr { }

    /** A typed parameter written as an argument ({@code vmalloc(unsigned long size)}): a signature. */
    record Param(String type, String name, SourceRange range) implements Expr { }

    /** {@code callee(args)}. */
    record Call(Expr callee, List<Expr> arguments, SourceRange range) implements Expr { }

    /** {@code target.name} or {@code target->name}. */
    record Member(Expr target, String name, boolean arrow, SourceRange range) implements Expr { }

    /** {@code target[index]}. */
    record Index(Expr target, Expr index, SourceRange range) implements Expr { }

    /** A prefix operator: {@code ! ~ - + * & ++ --}. */
    record Unary(String op, Expr operand, SourceRange range) implements Expr { }

    /** A postfix {@code ++} or {@code --}. */
    record Postfix(String op, Expr operand, SourceRange range) implements Expr { }

    /** A binary operator with C precedence already applied. */
    record Binary(String op, Expr left, Expr right, SourceRange range) implements Expr { }

    /** {@code target op value} where op is {@code =} or a compound assignment. */
    record Assign(String op, Expr target, Expr value, SourceRange range) implements Expr { }

    /** {@code condition ? then : otherwise}. */
    record Conditional(Expr condition, Expr then, Expr otherwise, SourceRange range) implements Expr { }

    /** {@code (type) operand}. */
    record Cast(String type, Expr operand, SourceRange range) implements Expr { }

    /** {@code sizeof(type)} or {@code sizeof expr}; exactly one of type and operand is set. */
    record Sizeof(String type, Expr operand, SourceRange range) implements Expr { }

    /** {@code { a, b }}. */
    record InitList(List<Expr> elements, SourceRange range) implements Expr { }

    /** The direct sub-expressions of {@code e}, left to right. */
    static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Call c) {
            out.add(c.callee());
            out.addAll(c.arguments());
        } else if (e instanceof Member m) {
            out.add(m.target());
        } else if (e instanceof Index i) {
            out.add(i.target());
            out.add(i.index());
        } else if (e instanceof Unary u) {
            out.add(u.operand());
        } else if (e instanceof Postfix p) {
            out.add(p.operand());
        } else if (e instanceof Binary b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Assign a) {
            out.add(a.target());
            out.add(a.value());
        } else if (e instanceof Conditional c) {
            out.add(c.condition());
            out.add(c.then());
            out.add(c.otherwise());
        } else if (e instanceof Cast c) {
            out.add(c.operand());
        } else if (e instanceof Sizeof s && s.operand() != null) {
            out.add(s.operand());
        } else if (e instanceof InitList l) {
            out.addAll(l.elements());
        }
        return out;
    }
}
