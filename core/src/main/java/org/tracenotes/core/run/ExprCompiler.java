package org.tracenotes.core.run;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Expr;

/**
 * Compiles expressions of one program into {@link Node}s: literals folded to their values, kernel
 * constants looked up, operators turned into codes, calls resolved to their {@link CallTarget}.
 * Thread-safe: a program's runs may compile from several threads.
 */
final class ExprCompiler {

    private final Program program;
    private final Map<String, CallTarget> targets = new ConcurrentHashMap<>();
    /** Expressions outside the steps (annotations, initialisers), compiled once each. */
    private final Map<Expr, Node> loose = new java.util.IdentityHashMap<>();

    ExprCompiler(Program program) {
        this.program = program;
    }

    /** The target of a call of {@code name}, resolved once. */
    CallTarget target(String name) {
        CallTarget t = targets.get(name);
        if (t == null) {
            t = CallTarget.of(program, name);
            targets.putIfAbsent(name, t);
        }
        return t;
    }

    /** A call of {@code name} written without parentheses ({@code => do_wp_page}). */
    Node bareCall(Expr.Name n) {
        return compile(new Expr.Call(n, List.of(), n.range()));
    }

    /** {@code e} compiled, once for each expression object (an annotation's, an initialiser's). */
    Node compiled(Expr e) {
        synchronized (loose) {
            Node n = loose.get(e);
            if (n == null) {
                n = compile(e);
                loose.put(e, n);
            }
            return n;
        }
    }

    Node compile(Expr e) {
        if (e instanceof Expr.Name n) {
            return ExprNodes.of(Node.NAME, e, null, 0, n.name().intern(), KernelBindings.constant(n.name()), target(n.name()).isFunction(),
                    null);
        }
        if (e instanceof Expr.Literal l) {
            return literal(l);
        }
        if (e instanceof Expr.Call c) {
            Node[] args = new Node[c.arguments().size()];
            for (int i = 0; i < args.length; i++) {
                Expr a = c.arguments().get(i);
                args[i] = a instanceof Expr.Omitted ? null : compile(a);
            }
            if (c.callee() instanceof Expr.Name n) {
                return ExprNodes.of(Node.CALL, e, args, 0, n.name(), null, false, target(n.name()));
            }
            return ExprNodes.of(Node.CALL, e, args, 0, null, null, false, null);
        }
        if (e instanceof Expr.Binary b) {
            return ExprNodes.of(Node.BINARY, e, new Node[] {compile(b.left()), compile(b.right())}, Node.binaryOp(b.op()), b.op(),
                    null, false, null);
        }
        if (e instanceof Expr.Unary u) {
            return ExprNodes.of(Node.UNARY, e, new Node[] {compile(u.operand())}, Node.unaryOp(u.op()), u.op(), null,
                    u.operand() instanceof Expr.Name, null);
        }
        if (e instanceof Expr.Assign a) {
            int op = a.op().equals("=") ? Node.SET : Node.binaryOp(a.op().substring(0, a.op().length() - 1));
            String opText = a.op().equals("=") ? "=" : a.op().substring(0, a.op().length() - 1);
            return ExprNodes.of(Node.ASSIGN, e, new Node[] {compile(a.target()), compile(a.value())}, op, opText, null, false, null);
        }
        if (e instanceof Expr.Member m) {
            return ExprNodes.of(Node.MEMBER, e, new Node[] {compile(m.target())}, 0, m.name(), null, false, null);
        }
        if (e instanceof Expr.Postfix p) {
            return ExprNodes.of(Node.POSTFIX, e, new Node[] {compile(p.operand())}, p.op().equals("++") ? Node.INC : Node.DEC,
                    p.op(), null, false, null);
        }
        if (e instanceof Expr.Conditional c) {
            return ExprNodes.of(Node.CONDITIONAL, e, new Node[] {compile(c.condition()), compile(c.then()), compile(c.otherwise())},
                    0, null, null, false, null);
        }
        if (e instanceof Expr.Cast c) {
            return ExprNodes.of(Node.CAST, e, new Node[] {compile(c.operand())}, 0, null, null, c.type().strip().equals("bool"),
                    null);
        }
        if (e instanceof Expr.Sizeof) {
            return ExprNodes.of(Node.SIZEOF, e, null, 0, null, new Value.Int(8), false, null);
        }
        if (e instanceof Expr.Ellipsis) {
            return ExprNodes.of(Node.ELLIPSIS, e, null, 0, null, new Value.Obj(Value.ObjKind.SYMBOL, "..."), false, null);
        }
        // an index, an initialiser list, a type or typed parameter: opaque to the model
        return ExprNodes.of(Node.OPAQUE, e, null, 0, null, null, false, null);
    }

    private static Node literal(Expr.Literal l) {
        String t = l.text();
        switch (l.kind()) {
            case NUMBER -> {
                int end = t.length();
                while (end > 1 && "uUlL".indexOf(t.charAt(end - 1)) >= 0) {
                    end--;
                }
                String digits = t.substring(0, end);
                Value v;
                try {
                    if (digits.startsWith("0x") || digits.startsWith("0X")) {
                        v = Value.of(Long.parseUnsignedLong(digits.substring(2), 16));
                    } else if (digits.length() > 1 && digits.startsWith("0")) {
                        v = Value.of(Long.parseLong(digits.substring(1), 8));
                    } else {
                        v = Value.of(Long.parseLong(digits));
                    }
                } catch (NumberFormatException ex) {
                    return ExprNodes.of(Node.BAD_NUMBER, l, null, 0, t, Value.FALSE, false, null);
                }
                return ExprNodes.of(Node.CONSTANT, l, null, 0, null, v, false, null);
            }
            case CHAR -> {
                return ExprNodes.of(Node.CONSTANT, l, null, 0, null, new Value.Int(t.length() >= 3 ? t.charAt(1) : 0), false, null);
            }
            default -> {
                return ExprNodes.of(Node.CONSTANT, l, null, 0, null, new Value.Obj(Value.ObjKind.SYMBOL, t), false, null);
            }
        }
    }
}
