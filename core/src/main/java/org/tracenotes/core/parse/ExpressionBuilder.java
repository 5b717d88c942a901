package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.grammar.TraceParser;

/** Turns the parser's expression contexts into {@link Expr} values. */
final class ExpressionBuilder {

    /** A line break inside a joined step, with the next line's indentation and `|` connectors. */
    private static final Pattern JOINED_LINE_BREAK = Pattern.compile("\\s*\\R(?:\\s|\\|(?=\\s))*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final SourceText source;

    ExpressionBuilder(SourceText source) {
        this.source = source;
    }

    SourceRange range(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex()
                ? ctx.getStart() : ctx.getStop();
        return source.rangeOfCodePoints(ctx.getStart().getStartIndex(), stop.getStopIndex() + 1);
    }

    SourceRange range(Token t) {
        return source.rangeOfCodePoints(t.getStartIndex(), t.getStopIndex() + 1);
    }

    /** Source text of a context, as written (hidden whitespace included). */
    String text(ParserRuleContext ctx) {
        SourceRange r = range(ctx);
        String text = source.text().substring(r.offset(), r.endOffset());
        return text.indexOf('\n') < 0 ? text : JOINED_LINE_BREAK.matcher(text).replaceAll(" ");
    }

    Expr expression(TraceParser.ExpressionContext ctx) {
        SourceRange r = range(ctx);
        if (ctx instanceof TraceParser.PrimaryExpressionContext p) {
            return primary(p.primary());
        }
        if (ctx instanceof TraceParser.CallExpressionContext c) {
            return new Expr.Call(expression(c.expression()), arguments(c.arguments()), r);
        }
        if (ctx instanceof TraceParser.IndexExpressionContext i) {
            return new Expr.Index(expression(i.expression(0)), expression(i.expression(1)), r);
        }
        if (ctx instanceof TraceParser.MemberExpressionContext m) {
            return new Expr.Member(expression(m.expression()), m.IDENT().getText(),
                    m.op.getType() == TraceParser.ARROW, r);
        }
        if (ctx instanceof TraceParser.PostfixExpressionContext p) {
            return new Expr.Postfix(p.op.getText(), expression(p.expression()), r);
        }
        if (ctx instanceof TraceParser.UnaryExpressionContext u) {
            return new Expr.Unary(u.op.getText(), expression(u.expression()), r);
        }
        if (ctx instanceof TraceParser.SizeofExpressionContext s) {
            return s.typeName() != null
                    ? new Expr.Sizeof(typeText(s.typeName()), null, r)
                    : new Expr.Sizeof(null, expression(s.expression()), r);
        }
        if (ctx instanceof TraceParser.CastExpressionContext c) {
            return new Expr.Cast(typeText(c.typeName()), expression(c.expression()), r);
        }
        if (ctx instanceof TraceParser.BinaryExpressionContext b) {
            return new Expr.Binary(b.op.getText(), expression(b.expression(0)), expression(b.expression(1)), r);
        }
        if (ctx instanceof TraceParser.ConditionalExpressionContext c) {
            return new Expr.Conditional(expression(c.expression(0)), expression(c.expression(1)),
                    expression(c.expression(2)), r);
        }
        if (ctx instanceof TraceParser.AssignmentExpressionContext a) {
            return new Expr.Assign(a.op.getText(), expression(a.expression(0)), expression(a.expression(1)), r);
        }
        throw new IllegalStateException("unhandled expression " + ctx.getClass().getSimpleName());
    }

    private Expr primary(TraceParser.PrimaryContext p) {
        SourceRange r = range(p);
        if (p.getChildCount() == 1 && p.getChild(0) instanceof TerminalNode only
                && only.getSymbol().getType() == TraceParser.IDENT) {
            // a plain name, most primaries: what the checks below give it, without a list per check
            return new Expr.Name(only.getText(), r);
        }
        if (!p.IDENT().isEmpty()) {
            return new Expr.Name(p.getText(), r);
        }
        if (p.FOREACH() != null) {
            return new Expr.Name(p.FOREACH().getText(), r);
        }
        if (p.NUMBER() != null) {
            return new Expr.Literal(Expr.LiteralKind.NUMBER, p.NUMBER().getText(), r);
        }
        if (!p.STRING().isEmpty()) {
            return new Expr.Literal(Expr.LiteralKind.STRING, text(p), r);
        }
        if (p.CHAR() != null) {
            return new Expr.Literal(Expr.LiteralKind.CHAR, p.CHAR().getText(), r);
        }
        if (p.ELLIPSIS() != null) {
            return new Expr.Ellipsis(r);
        }
        if (p.expression() != null) {
            return expression(p.expression());
        }
        return new Expr.InitList(arguments(p.arguments()), r);
    }

    /** Arguments, keeping empty ones as {@link Expr.Omitted} ({@code foo(,,n+1,)}). */
    List<Expr> arguments(TraceParser.ArgumentsContext ctx) {
        List<Expr> out = new ArrayList<>();
        boolean empty = true;
        Token last = ctx.getStart();
        for (ParseTree child : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
            if (child instanceof TerminalNode t) {
                if (empty) {
                    out.add(new Expr.Omitted(range(t.getSymbol())));
                }
                empty = true;
                last = t.getSymbol();
            } else if (child instanceof TraceParser.ArgumentContext a) {
                out.add(argument(a));
                empty = false;
            }
        }
        if (empty && !ctx.COMMA().isEmpty()) {
            out.add(new Expr.Omitted(range(last)));
        }
        return out;
    }

    /** A type as written, blanks collapsed: {@code struct page *}. */
    private Expr argument(TraceParser.ArgumentContext a) {
        if (a.expression() != null) {
            return expression(a.expression());
        }
        if (a.typeName() != null) {
            return new Expr.TypeRef(typeText(a.typeName()), range(a));
        }
        TraceParser.DeclaratorContext d = a.declarator();
        String type = a.declSpecifiers() != null ? typeText(a.declSpecifiers()) : a.IDENT().getText();
        String stars = "*".repeat(d.STAR().size());
        return new Expr.Param((type + " " + stars).strip(), d.IDENT().getText(), range(a));
    }

    String typeText(ParserRuleContext type) {
        return BLANKS.matcher(text(type)).replaceAll(" ").strip();
    }
}
