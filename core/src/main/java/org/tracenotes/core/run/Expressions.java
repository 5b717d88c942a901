package org.tracenotes.core.run;

import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;

/**
 * Evaluates compiled expressions ({@link Node}, each kind evaluating itself: {@link ExprNodes}) with C
 * semantics over the page model's values; the operators and kinds that need more than a line are here.
 * Names go to {@link Scopes}, calls to {@link Calls}, the page's fields to {@link KernelBindings}.
 */
final class Expressions {

    final RunState run;

    Expressions(RunState run) {
        this.run = run;
    }

    /** Compiles {@code e} (an annotation's or an initialiser's expression) and evaluates it. */
    Value eval(Expr e, Frame f, Step at) {
        return eval(run.program.compiler().compiled(e), f, at);
    }

    /**
     * {@code e}'s value, against the nesting budget. The count is not restored on a {@link Stop}: a Stop
     * ends the run, or the side trip it ends (an expectation, a debugger's evaluation) rewinds the count
     * with the rest of the run's state ({@link RunState#rewind}).
     */
    Value eval(Node e, Frame f, Step at) {
        if (++run.nesting > RunState.MAX_NESTING) {
            throw new Stop(RunOutcome.BUDGET_EXCEEDED, "an expression nests more than " + RunState.MAX_NESTING + " deep",
                    RunState.line(at, e.expr));
        }
        Value v = e.evaluate(this, f, at);
        run.nesting--;
        return v;
    }

    /** The kinds a run meets rarely: member, postfix, conditional, cast, ellipsis, bad number, opaque. */
    Value other(Node e, Frame f, Step at) {
        switch (e.kind) {
            case Node.BAD_NUMBER -> {
                run.lenient(RunState.line(at, e.expr), "not-modelled", "number `" + e.name
                        + "` is not an integer the model reads; 0");
                return Value.FALSE;
            }
            case Node.MEMBER -> {
                return member(e, f, at);
            }
            case Node.POSTFIX -> {
                Value old = eval(e.operands[0], f, at);
                store(e.operands[0], new Value.Int(Value.asLong(old) + (e.op == Node.INC ? 1 : -1)), f, at);
                return old;
            }
            case Node.CONDITIONAL -> {
                return Value.truthy(eval(e.operands[0], f, at)) ? eval(e.operands[1], f, at) : eval(e.operands[2], f, at);
            }
            case Node.CAST -> {
                Value v = eval(e.operands[0], f, at);
                return e.flag ? Value.of(Value.truthy(v)) : v;
            }
            case Node.ELLIPSIS -> {
                if (at != null && f.note == run.program.main()) {
                    run.markElided(at.range().line());
                }
                return e.value;
            }
            default -> {
                // an index, an initialiser list, a type or typed parameter: opaque to the model
                run.lenient(RunState.line(at, e.expr), "not-modelled", "`" + run.text(e.expr, f)
                        + "` is not modelled; kept as an opaque value");
                return new Value.Obj(Value.ObjKind.SYMBOL, run.text(e.expr, f));
            }
        }
    }

    long arithmetic(int op, String opText, long x, long y, Expr e, Frame f, Step at) {
        return switch (op) {
            case Node.ADD -> x + y;
            case Node.SUB -> x - y;
            case Node.MUL -> x * y;
            case Node.DIV, Node.MOD -> {
                if (y == 0) {
                    throw new Stop(RunOutcome.ERROR, "division by zero in `" + run.text(e, f) + "` (line "
                            + RunState.line(at, e) + ")", RunState.line(at, e));
                }
                yield op == Node.DIV ? x / y : x % y;
            }
            case Node.BAND -> x & y;
            case Node.BOR -> x | y;
            case Node.XOR -> x ^ y;
            case Node.SHL -> x << (y & 63);
            case Node.SHR -> x >> (y & 63);
            default -> {
                run.lenient(RunState.line(at, e), "not-modelled", "operator `" + opText + "` is not modelled; 0");
                yield 0;
            }
        };
    }

    Value unary(Node u, Frame f, Step at) {
        Node operand = u.operands[0];
        switch (u.op) {
            case Node.NEG -> {
                return Value.of(-Value.asLong(eval(operand, f, at)));
            }
            case Node.BNOT -> {
                return Value.of(~Value.asLong(eval(operand, f, at)));
            }
            case Node.PLUS -> {
                return eval(operand, f, at);
            }
            case Node.ADDRESS -> {
                if (u.flag) {
                    Value[] slot = run.scopes.slot(operand, f, at);
                    return slot != null ? new Value.Ref(slot, operand.name) : run.scopes.read(operand, f, at);
                }
                return eval(operand, f, at);
            }
            case Node.DEREF -> {
                Value p = eval(operand, f, at);
                if (p instanceof Value.Ref ref) {
                    return ref.slot()[0];
                }
                return p;
            }
            case Node.INC, Node.DEC -> {
                Value v = Value.of(Value.asLong(eval(operand, f, at)) + (u.op == Node.INC ? 1 : -1));
                store(operand, v, f, at);
                return v;
            }
            default -> {
                run.lenient(RunState.line(at, u.expr), "not-modelled", "operator `" + u.name + "` is not modelled");
                return eval(operand, f, at);
            }
        }
    }

    /** A compound assignment ({@code x += y}, {@code x |= y}); a plain {@code =} is {@code AssignNode}'s own. */
    Value assign(Node a, Frame f, Step at) {
        long old = Value.asLong(eval(a.operands[0], f, at));
        long r = Value.asLong(eval(a.operands[1], f, at));
        Value v = Value.of(arithmetic(a.op, a.name, old, r, a.expr, f, at));
        store(a.operands[0], v, f, at);
        return v;
    }

    void store(Node target, Value v, Frame f, Step at) {
        if (run.pureBelow >= 0 && f.level <= run.pureBelow) {
            throw new Stop(RunOutcome.ERROR, "`" + run.text(target.expr, f) + "` is assigned: " + run.pureWhat
                    + " must not change the run", 0);
        }
        String name;
        if (target.kind == Node.NAME) {
            Value[] slot = f.vars.get(target);
            if (slot == null) {
                f.vars.bindNew(target.name, new Value[] {v}); // looked for just now, the same way: not bound
            } else {
                slot[0] = v;
            }
            name = target.name;
        } else if (target.kind == Node.UNARY && target.op == Node.DEREF) {
            Value p = eval(target.operands[0], f, at);
            if (p instanceof Value.Ref ref) {
                ref.slot()[0] = v;
            } else {
                run.lenient(RunState.line(at, target.expr), "not-modelled", "`" + run.text(target.expr, f)
                        + "` writes through a pointer the model does not follow; ignored");
            }
            name = run.text(target.expr, f);
        } else {
            run.lenient(RunState.line(at, target.expr), "not-modelled", "`" + run.text(target.expr, f)
                    + "` is not modelled; the write is ignored");
            name = run.text(target.expr, f);
        }
        if (run.listening && at != null) {
            run.emit(new RunEvent.Assigned(f.note.source(), at.range().line(), run.depth, name, v));
        }
    }

    private Value member(Node m, Frame f, Step at) {
        Value t = eval(m.operands[0], f, at);
        if (t instanceof Value.Ref ref) {
            t = ref.slot()[0];
        }
        Value field = run.kernel.pageField(t, m.name);
        if (field != null) {
            return field;
        }
        run.lenient(RunState.line(at, m.expr), "not-modelled", "`" + run.text(m.expr, f) + "` is not modelled; kept as an opaque value");
        return new Value.Obj(Value.ObjKind.SYMBOL, run.text(m.expr, f));
    }
}
