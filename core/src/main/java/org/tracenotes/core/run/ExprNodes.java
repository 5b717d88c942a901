package org.tracenotes.core.run;

import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;

/**
 * The compiled expression nodes, one class per kind (and per operator where a run meets it often),
 * each evaluating itself: a node is dispatched by one virtual call, with no switch over kinds and no
 * second Java call to reach its code. Operands are evaluated through {@link Expressions#eval}, which
 * keeps the nesting budget. What is rare (a bad number, an opaque expression, a compound assignment)
 * is left to {@link Expressions}. {@link #of} also folds an operator over literals to a literal.
 */
final class ExprNodes {

    private ExprNodes() {
    }

    /** The node of {@code kind} (a {@link Node} constant), folded to a literal where its operands are literals. */
    static Node of(int kind, Expr expr, Node[] operands, int op, String name, Value value, boolean flag, CallTarget target) {
        switch (kind) {
            case Node.NAME -> {
                return new NameNode(expr, name, value, flag);
            }
            case Node.CONSTANT, Node.SIZEOF -> {
                return new ConstantNode(kind, expr, value);
            }
            case Node.CALL -> {
                return new CallNode(expr, operands, name, target);
            }
            case Node.BINARY -> {
                Value folded = foldBinary(op, operands);
                if (folded != null) {
                    return new ConstantNode(Node.CONSTANT, expr, folded);
                }
                return switch (op) {
                    case Node.AND -> new AndNode(expr, operands, name);
                    case Node.OR -> new OrNode(expr, operands, name);
                    case Node.EQ -> new EqualsNode(expr, operands, name, false);
                    case Node.NE -> new EqualsNode(expr, operands, name, true);
                    default -> new BinaryNode(expr, operands, op, name);
                };
            }
            case Node.UNARY -> {
                Value folded = foldUnary(op, operands[0]);
                if (folded != null) {
                    return new ConstantNode(Node.CONSTANT, expr, folded);
                }
                return op == Node.NOT ? new NotNode(expr, operands, name, flag) : new UnaryNode(expr, operands, op, name, flag);
            }
            case Node.ASSIGN -> {
                return new AssignNode(expr, operands, op, name);
            }
            default -> {
                return new OtherNode(kind, expr, operands, op, name, value, flag);
            }
        }
    }

    /** An integer operator over two integer literals, worked out now; null if it is not one (or divides by zero). */
    private static Value foldBinary(int op, Node[] operands) {
        if (!(literal(operands[0]) instanceof Value.Int l) || !(literal(operands[1]) instanceof Value.Int r)) {
            return null;
        }
        long x = l.value();
        long y = r.value();
        return switch (op) {
            case Node.LT -> Value.of(x < y);
            case Node.GT -> Value.of(x > y);
            case Node.LE -> Value.of(x <= y);
            case Node.GE -> Value.of(x >= y);
            case Node.EQ -> Value.of(x == y);
            case Node.NE -> Value.of(x != y);
            case Node.ADD -> Value.of(x + y);
            case Node.SUB -> Value.of(x - y);
            case Node.MUL -> Value.of(x * y);
            case Node.BAND -> Value.of(x & y);
            case Node.BOR -> Value.of(x | y);
            case Node.XOR -> Value.of(x ^ y);
            case Node.SHL -> Value.of(x << (y & 63));
            case Node.SHR -> Value.of(x >> (y & 63));
            default -> null;
        };
    }

    private static Value foldUnary(int op, Node operand) {
        if (!(literal(operand) instanceof Value.Int i)) {
            return null;
        }
        return switch (op) {
            case Node.NOT -> Value.of(i.value() == 0);
            case Node.NEG -> Value.of(-i.value());
            case Node.BNOT -> Value.of(~i.value());
            default -> null;
        };
    }

    private static Value literal(Node n) {
        return n != null && n.kind == Node.CONSTANT ? n.value : null;
    }

    /** A literal (or a literal folded from an operator over literals), or {@code sizeof}: its value. */
    static final class ConstantNode extends Node {
        ConstantNode(int kind, Expr expr, Value value) {
            super(kind, expr, null, 0, null, value, false, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            return value;
        }
    }

    /** A name: the frame's variable, found at its site's slot hint, else the rest of {@link Scopes#read}. */
    static final class NameNode extends Node {
        NameNode(Expr expr, String name, Value constant, boolean isFunction) {
            super(Node.NAME, expr, null, 0, name, constant, isFunction, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            Value[] slot = f.vars.get(this);
            return slot != null ? slot[0] : x.run.scopes.readUnbound(this, f, at);
        }
    }

    static final class CallNode extends Node {
        CallNode(Expr expr, Node[] arguments, String name, CallTarget target) {
            super(Node.CALL, expr, arguments, 0, name, null, false, target);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            return x.run.calls.call(this, f, at);
        }
    }

    static final class AndNode extends Node {
        AndNode(Expr expr, Node[] operands, String opText) {
            super(Node.BINARY, expr, operands, Node.AND, opText, null, false, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            return Value.of(Value.truthy(x.eval(operands[0], f, at)) && Value.truthy(x.eval(operands[1], f, at)));
        }
    }

    static final class OrNode extends Node {
        OrNode(Expr expr, Node[] operands, String opText) {
            super(Node.BINARY, expr, operands, Node.OR, opText, null, false, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            return Value.of(Value.truthy(x.eval(operands[0], f, at)) || Value.truthy(x.eval(operands[1], f, at)));
        }
    }

    /** {@code ==} or {@code !=}. */
    static final class EqualsNode extends Node {
        private final boolean negated;

        EqualsNode(Expr expr, Node[] operands, String opText, boolean negated) {
            super(Node.BINARY, expr, operands, negated ? Node.NE : Node.EQ, opText, null, false, null);
            this.negated = negated;
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            Value l = x.eval(operands[0], f, at);
            Value r = x.eval(operands[1], f, at);
            return Value.of(Value.same(l, r) != negated);
        }
    }

    /** The other binary operators: comparisons, arithmetic, the comma. */
    static final class BinaryNode extends Node {
        BinaryNode(Expr expr, Node[] operands, int op, String opText) {
            super(Node.BINARY, expr, operands, op, opText, null, false, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            Value l = x.eval(operands[0], f, at);
            Value r = x.eval(operands[1], f, at);
            if (op == Node.COMMA) {
                return r;
            }
            long a = Value.asLong(l);
            long b = Value.asLong(r);
            return switch (op) {
                case Node.LT -> Value.of(a < b);
                case Node.GT -> Value.of(a > b);
                case Node.LE -> Value.of(a <= b);
                case Node.GE -> Value.of(a >= b);
                case Node.BAND -> Value.of(a & b);
                case Node.BOR -> Value.of(a | b);
                default -> Value.of(x.arithmetic(op, name, a, b, expr, f, at));
            };
        }
    }

    static final class NotNode extends Node {
        NotNode(Expr expr, Node[] operands, String opText, boolean operandIsName) {
            super(Node.UNARY, expr, operands, Node.NOT, opText, null, operandIsName, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            return Value.of(!Value.truthy(x.eval(operands[0], f, at)));
        }
    }

    /** The other unary operators ({@link Expressions#unary}). */
    static final class UnaryNode extends Node {
        UnaryNode(Expr expr, Node[] operands, int op, String opText, boolean operandIsName) {
            super(Node.UNARY, expr, operands, op, opText, null, operandIsName, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            return x.unary(this, f, at);
        }
    }

    static final class AssignNode extends Node {
        AssignNode(Expr expr, Node[] operands, int op, String opText) {
            super(Node.ASSIGN, expr, operands, op, opText, null, false, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            if (op != Node.SET) {
                return x.assign(this, f, at);
            }
            Value v = x.eval(operands[1], f, at);
            x.store(operands[0], v, f, at);
            return v;
        }
    }

    /** A member, postfix, conditional, cast, ellipsis, bad number or opaque expression ({@link Expressions#other}). */
    static final class OtherNode extends Node {
        OtherNode(int kind, Expr expr, Node[] operands, int op, String name, Value value, boolean flag) {
            super(kind, expr, operands, op, name, value, flag, null);
        }

        @Override
        Value evaluate(Expressions x, Frame f, Step at) {
            return x.other(this, f, at);
        }
    }
}
