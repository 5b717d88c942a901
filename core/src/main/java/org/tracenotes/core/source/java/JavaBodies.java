package org.tracenotes.core.source.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.AnonymousClassDeclaration;
import org.eclipse.jdt.core.dom.ArrayInitializer;
import org.eclipse.jdt.core.dom.AssertStatement;
import org.eclipse.jdt.core.dom.Assignment;
import org.eclipse.jdt.core.dom.Block;
import org.eclipse.jdt.core.dom.CastExpression;
import org.eclipse.jdt.core.dom.CatchClause;
import org.eclipse.jdt.core.dom.ClassInstanceCreation;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.ConstructorInvocation;
import org.eclipse.jdt.core.dom.DoStatement;
import org.eclipse.jdt.core.dom.EnhancedForStatement;
import org.eclipse.jdt.core.dom.Expression;
import org.eclipse.jdt.core.dom.ExpressionStatement;
import org.eclipse.jdt.core.dom.ForStatement;
import org.eclipse.jdt.core.dom.IMethodBinding;
import org.eclipse.jdt.core.dom.IfStatement;
import org.eclipse.jdt.core.dom.LabeledStatement;
import org.eclipse.jdt.core.dom.LambdaExpression;
import org.eclipse.jdt.core.dom.MethodInvocation;
import org.eclipse.jdt.core.dom.ParenthesizedExpression;
import org.eclipse.jdt.core.dom.ReturnStatement;
import org.eclipse.jdt.core.dom.Statement;
import org.eclipse.jdt.core.dom.SuperConstructorInvocation;
import org.eclipse.jdt.core.dom.SuperMethodInvocation;
import org.eclipse.jdt.core.dom.SwitchCase;
import org.eclipse.jdt.core.dom.SwitchStatement;
import org.eclipse.jdt.core.dom.SynchronizedStatement;
import org.eclipse.jdt.core.dom.ThrowStatement;
import org.eclipse.jdt.core.dom.TryStatement;
import org.eclipse.jdt.core.dom.TypeDeclarationStatement;
import org.eclipse.jdt.core.dom.VariableDeclarationFragment;
import org.eclipse.jdt.core.dom.VariableDeclarationStatement;
import org.eclipse.jdt.core.dom.WhileStatement;
import org.eclipse.jdt.core.dom.YieldStatement;
import org.tracenotes.core.source.ConditionText;
import org.tracenotes.core.source.SourceNode;
import org.tracenotes.core.source.SourceNode.Branch;
import org.tracenotes.core.source.SourceNode.BranchKind;
import org.tracenotes.core.source.SourceNode.Call;

/**
 * A Java method body as a note talks about it: calls (a call's arguments and receiver before it), assignments whose
 * value is not a call alone, if / else-if / else, switch and its cases, loops, try / catch / finally, returns and
 * labels, each with its line. Calls inside a
 * lambda or an anonymous or local class belong to the method that writes them; {@link #marks} then says so.
 */
final class JavaBodies {

    private final CompilationUnit unit;
    private final String source;
    private final Set<String> marks;
    private final Map<Call, String> targets;

    /**
     * @param marks   receives {@code lambda}, {@code anonymous}, {@code local-class} when the body has one
     * @param targets receives, when the parse has bindings, each call's method as {@code pkg.Type.method(params)}
     */
    JavaBodies(CompilationUnit unit, String source, Set<String> marks, Map<Call, String> targets) {
        this.unit = unit;
        this.source = source;
        this.marks = marks;
        this.targets = targets;
    }

    List<SourceNode> block(Block body) {
        List<SourceNode> out = new ArrayList<>();
        if (body != null) {
            for (Object s : body.statements()) {
                statement((Statement) s, out);
            }
        }
        return out;
    }

    private List<SourceNode> nested(Statement s) {
        List<SourceNode> out = new ArrayList<>();
        statement(s, out);
        return out;
    }

    private void statement(Statement s, List<SourceNode> out) {
        if (s == null) {
            return;
        }
        if (s instanceof Block b) {
            b.statements().forEach(x -> statement((Statement) x, out));
        } else if (s instanceof ExpressionStatement e) {
            if (e.getExpression() instanceof Assignment a && !isCall(a.getRightHandSide())) {
                calls(a.getLeftHandSide(), out);
                calls(a.getRightHandSide(), out);
                out.add(new SourceNode.Assign(text(a.getLeftHandSide()), a.getOperator().toString(), text(a.getRightHandSide()), line(a)));
            } else {
                calls(e.getExpression(), out);
            }
        } else if (s instanceof VariableDeclarationStatement v) {
            for (Object o : v.fragments()) {
                VariableDeclarationFragment f = (VariableDeclarationFragment) o;
                Expression value = f.getInitializer();
                calls(value, out);
                if (value != null && !isCall(value) && !(value instanceof ArrayInitializer)) {
                    out.add(new SourceNode.Assign(f.getName().getIdentifier(), "=", text(value), line(f)));
                }
            }
        } else if (s instanceof IfStatement i) {
            ifChain(i, BranchKind.IF, out);
        } else if (s instanceof SwitchStatement sw) {
            calls(sw.getExpression(), out);
            out.add(branch(BranchKind.SWITCH, sw.getExpression(), cases(sw.statements()), sw));
        } else if (s instanceof ForStatement f) {
            f.initializers().forEach(x -> calls((Expression) x, out));
            calls(f.getExpression(), out);
            List<SourceNode> body = nested(f.getBody());
            f.updaters().forEach(x -> calls((Expression) x, body));
            String header = forHeader(f);
            out.add(new Branch(BranchKind.FOR, header, ConditionText.normalize(header), body, line(f)));
        } else if (s instanceof EnhancedForStatement f) {
            calls(f.getExpression(), out);
            String cond = text(f.getParameter()) + " : " + text(f.getExpression());
            out.add(new Branch(BranchKind.FOR, cond, ConditionText.normalize(cond), nested(f.getBody()), line(f)));
        } else if (s instanceof WhileStatement w) {
            calls(w.getExpression(), out);
            out.add(branch(BranchKind.WHILE, w.getExpression(), nested(w.getBody()), w));
        } else if (s instanceof DoStatement d) {
            calls(d.getExpression(), out);
            out.add(branch(BranchKind.DO_WHILE, d.getExpression(), nested(d.getBody()), d));
        } else if (s instanceof TryStatement t) {
            tryStatement(t, out);
        } else if (s instanceof ReturnStatement r) {
            calls(r.getExpression(), out);
            out.add(new SourceNode.Return(r.getExpression() == null ? "" : text(r.getExpression()), line(r)));
        } else if (s instanceof ThrowStatement t) {
            calls(t.getExpression(), out);
        } else if (s instanceof YieldStatement y) {
            calls(y.getExpression(), out);
        } else if (s instanceof AssertStatement a) {
            calls(a.getExpression(), out);
            calls(a.getMessage(), out);
        } else if (s instanceof SynchronizedStatement sy) {
            calls(sy.getExpression(), out);
            statement(sy.getBody(), out);
        } else if (s instanceof LabeledStatement l) {
            out.add(new SourceNode.Label(l.getLabel().getIdentifier(), line(l)));
            statement(l.getBody(), out);
        } else if (s instanceof ConstructorInvocation c) {
            c.arguments().forEach(a -> calls((Expression) a, out));
            out.add(new Call("this", "", "", text(c), line(c)));
        } else if (s instanceof SuperConstructorInvocation c) {
            calls(c.getExpression(), out);
            c.arguments().forEach(a -> calls((Expression) a, out));
            out.add(new Call("super", "", "", text(c), line(c)));
        } else if (s instanceof TypeDeclarationStatement local) {
            marks.add("local-class");
            local.accept(new CallCollector(out));
        } else {
            s.accept(new CallCollector(out));
        }
    }

    /** A for loop's header as written between its parentheses ({@code int i = 0; i < n; i++}), as the C index gives it. */
    private String forHeader(ForStatement f) {
        List<String> init = new ArrayList<>();
        f.initializers().forEach(x -> init.add(text((ASTNode) x)));
        List<String> update = new ArrayList<>();
        f.updaters().forEach(x -> update.add(text((ASTNode) x)));
        String condition = f.getExpression() == null ? "" : text(f.getExpression());
        return (String.join(", ", init) + "; " + condition + "; " + String.join(", ", update)).strip();
    }

    /** An if and its else-if / else arms, which follow it in the same list. */
    private void ifChain(IfStatement i, BranchKind kind, List<SourceNode> out) {
        calls(i.getExpression(), out);
        out.add(branch(kind, i.getExpression(), nested(i.getThenStatement()), i));
        Statement otherwise = i.getElseStatement();
        if (otherwise instanceof IfStatement elseIf) {
            ifChain(elseIf, BranchKind.ELSE_IF, out);
        } else if (otherwise != null) {
            out.add(new Branch(BranchKind.ELSE, "", "", nested(otherwise), line(otherwise)));
        }
    }

    /** A switch's statements grouped under their {@code case} labels. */
    private List<SourceNode> cases(List<?> statements) {
        List<SourceNode> out = new ArrayList<>();
        SwitchCase open = null;
        List<SourceNode> body = new ArrayList<>();
        for (Object o : statements) {
            if (o instanceof SwitchCase c) {
                if (open != null) {
                    out.add(caseBranch(open, body));
                }
                open = c;
                body = new ArrayList<>();
            } else {
                statement((Statement) o, body);
            }
        }
        if (open != null) {
            out.add(caseBranch(open, body));
        }
        return out;
    }

    private Branch caseBranch(SwitchCase c, List<SourceNode> body) {
        if (c.isDefault()) {
            return new Branch(BranchKind.DEFAULT, "", "", body, line(c));
        }
        List<String> labels = new ArrayList<>();
        c.expressions().forEach(e -> labels.add(text((ASTNode) e)));
        String cond = String.join(", ", labels);
        return new Branch(BranchKind.CASE, cond, ConditionText.normalize(cond), body, line(c));
    }

    private void tryStatement(TryStatement t, List<SourceNode> out) {
        List<SourceNode> body = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        for (Object r : t.resources()) {
            calls((Expression) r, body);
            resources.add(text((ASTNode) r));
        }
        statement(t.getBody(), body);
        String cond = String.join("; ", resources);
        out.add(new Branch(BranchKind.TRY, cond, ConditionText.normalize(cond), body, line(t)));
        for (Object o : t.catchClauses()) {
            CatchClause c = (CatchClause) o;
            String caught = text(c.getException());
            out.add(new Branch(BranchKind.CATCH, caught, ConditionText.normalize(caught), nested(c.getBody()), line(c)));
        }
        if (t.getFinally() != null) {
            out.add(new Branch(BranchKind.FINALLY, "", "", nested(t.getFinally()), line(t.getFinally())));
        }
    }

    private Branch branch(BranchKind kind, Expression condition, List<SourceNode> body, ASTNode at) {
        String cond = condition == null ? "" : text(condition);
        return new Branch(kind, cond, ConditionText.normalize(cond), body, line(at));
    }

    private void calls(ASTNode expression, List<SourceNode> out) {
        if (expression != null) {
            expression.accept(new CallCollector(out));
        }
    }

    /** Every call of an expression, each after the calls of its receiver and arguments. */
    private final class CallCollector extends ASTVisitor {
        private final List<SourceNode> out;

        CallCollector(List<SourceNode> out) {
            this.out = out;
        }

        @Override
        public void endVisit(MethodInvocation m) {
            String receiver = m.getExpression() == null ? "" : text(m.getExpression());
            add(new Call(m.getName().getIdentifier(), receiver, assignedTo(m), text(m), line(m)), m.resolveMethodBinding());
        }

        @Override
        public void endVisit(SuperMethodInvocation m) {
            add(new Call(m.getName().getIdentifier(), "super", assignedTo(m), text(m), line(m)), m.resolveMethodBinding());
        }

        @Override
        public void endVisit(ClassInstanceCreation c) {
            add(new Call(JavaMethodName.typeKey(text(c.getType())), "new", assignedTo(c), text(c), line(c)), c.resolveConstructorBinding());
        }

        private void add(Call call, IMethodBinding binding) {
            out.add(call);
            String target = binding == null ? null : JavaFunctions.qualified(binding);
            if (target != null) {
                targets.put(call, target);
            }
        }

        @Override
        public boolean visit(LambdaExpression lambda) {
            marks.add("lambda");
            return true;
        }

        @Override
        public boolean visit(AnonymousClassDeclaration anonymous) {
            marks.add("anonymous");
            return true;
        }
    }

    /** Whether an expression is a call alone (parentheses and casts around it aside): its Call says where it is stored. */
    private static boolean isCall(Expression e) {
        Expression x = e;
        while (x instanceof ParenthesizedExpression || x instanceof CastExpression) {
            x = x instanceof ParenthesizedExpression p ? p.getExpression() : ((CastExpression) x).getExpression();
        }
        return x instanceof MethodInvocation || x instanceof SuperMethodInvocation || x instanceof ClassInstanceCreation;
    }

    /** The variable a call's result is stored in ({@code ret = f(x)}, {@code int ret = f(x)}), or empty. */
    private String assignedTo(Expression call) {
        ASTNode n = call;
        while (n.getParent() instanceof ParenthesizedExpression || n.getParent() instanceof CastExpression) {
            n = n.getParent();
        }
        ASTNode parent = n.getParent();
        if (parent instanceof Assignment a && a.getRightHandSide() == n) {
            return text(a.getLeftHandSide());
        }
        if (parent instanceof VariableDeclarationFragment f && f.getInitializer() == n) {
            return f.getName().getIdentifier();
        }
        return "";
    }

    String text(ASTNode node) {
        return oneLine(source.substring(node.getStartPosition(), node.getStartPosition() + node.getLength()));
    }

    int line(ASTNode node) {
        return unit.getLineNumber(node.getStartPosition());
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
