package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.GoSignatureTrees;

/**
 * The steps of a tree of Go signatures outside fences (the layout's {@code GO_SIGNATURE_TREE},
 * {@link GoSignatureTrees}), read as the kinds their author meant:
 * <pre>
 * foo.Run(addr string) error                       the root, a call
 * 	foo.*conn.serve(ctx context.Context)            a call: a method of *conn, its parameters' types
 * 		defer foo.*conn.serve.func()                a call, deferred
 * 		foo.*conn.rwc.(*tls.Conn)                   an if: a type assertion with the steps it guards under it
 * 			tls.*Conn.Handshake() error             a call
 * 			tls.ConnectionState.NegotiatedProtocol  an expression: a field read
 * 		foo.*conn....                               prose: more steps left out
 * </pre>
 * The C reader takes the receivers' {@code .*Type.} and the types after a call's parenthesis for words; here
 * each step is a call of the function it names (its text the signature as written, a remark after it left
 * out), a type assertion a branch when steps are under it and an expression when none are, a name of three
 * segments or more without parentheses and without a pointer receiver before its last one a field read,
 * and a name ending in an elision the steps left out. Depths stay the author's indentation.
 */
final class GoSignatureSteps {

    private GoSignatureSteps() {
    }

    /** The block's lines, each Go signature read as the step it is, when {@code tree}. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean tree) {
        if (!tree) {
            return lines;
        }
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() == null) {
                continue;
            }
            StepReader.Reading next = reread(l, source.line(l.line()), hasBody(lines, i));
            if (next == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            String text = next.text();   // results in parentheses the lexer took for a remark are the signature's
            List<Comment> comments = l.comments().stream().filter(c -> c.placement() != Comment.Placement.TRAILING
                    || c.text().isBlank() || !text.contains(c.text().strip())).toList();
            out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(), next, l.range(), comments));
        }
        return out == null ? lines : out;
    }

    /** Whether the next line with a step after line {@code i} is deeper than it. */
    private static boolean hasBody(List<TraceLine> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (lines.get(k).reading() != null) {
                return lines.get(k).indent() > lines.get(i).indent();
            }
        }
        return false;
    }

    /** The reading of the signature on {@code line}, or null to keep the lexer's. */
    private static StepReader.Reading reread(TraceLine l, String line, boolean body) {
        int[] t = line.codePoints().toArray();
        int marks = GoSignatureTrees.step(t, 0, t.length);
        if (marks < 0) {
            return null;
        }
        int p = 0;
        while (p < t.length && Character.isWhitespace(t[p])) {
            p++;
        }
        String text = new String(t, p, GoSignatureTrees.end(t, p, t.length) - p);
        if ((marks & GoSignatureTrees.ELIDED) != 0) {
            return new StepReader.Reading(StepKind.PROSE, text, null, null, null, null, l.reading().context());
        }
        if ((marks & GoSignatureTrees.ASSERTION) != 0 || GoSignatureTrees.fieldRead(t, 0, t.length)) {
            StepKind kind = body && (marks & GoSignatureTrees.ASSERTION) != 0 ? StepKind.IF : StepKind.EXPRESSION;
            return new StepReader.Reading(kind, text, new Expr.Name(text, l.range()), null, null, null, l.reading().context());
        }
        String name = text.startsWith("defer ") || text.startsWith("go ") ? text.substring(text.indexOf(' ')).strip() : text;
        int paren = name.indexOf('(');
        name = paren < 0 ? name : name.substring(0, paren);
        return new StepReader.Reading(StepKind.CALL, text, new Expr.Call(new Expr.Name(name, l.range()), List.of(), l.range()),
                null, null, null, l.reading().context());
    }
}
