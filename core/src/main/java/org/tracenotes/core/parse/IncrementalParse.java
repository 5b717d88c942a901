package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.lint.rules.parse.ElseWithoutIf;
import org.tracenotes.core.lint.rules.parse.IndentSnapped;
import org.tracenotes.core.lint.rules.parse.LayoutAmbiguous;
import org.tracenotes.core.lint.rules.parse.LongLine;
import org.tracenotes.core.lint.rules.parse.NotATrace;
import org.tracenotes.grammar.FenceLines;

/**
 * A change inside one section of a note, parsed again by parsing only that section: the text from the
 * section's heading to the next section's, with as many empty lines in front as there were lines before
 * it (so lines, and the line numbers in messages, come out right), its offsets then moved into place;
 * the sections after it keep their model, moved by the characters and lines the change added or took
 * away. A section's parse depends on nothing outside it when the note has no front matter, no tab (the
 * tab width can be guessed from the whole note) and no carriage return, and when the section's own parse
 * ends with every fence and comment closed (otherwise the change opened or closed a fence that reaches
 * past it); otherwise, and for a change that reaches another section or moves a finding whose message
 * names lines, {@link #apply} answers null and the caller parses the whole text.
 * {@code IncrementalParseTest} checks the result equals a whole parse, over the corpus and random edits.
 */
final class IncrementalParse {

    private IncrementalParse() {
    }

    /**
     * {@code before} with the UTF-16 range [{@code from}, {@code to}) of its text replaced by
     * {@code inserted}, parsed by {@code parser}; null when the change cannot be parsed alone.
     */
    static Note apply(NoteParser parser, Note before, int from, int to, String inserted) {
        String old = before.text();
        if (from < 0 || to < from || to > old.length() || parser.options().wholeTrace()
                || inserted.indexOf('\r') >= 0 || inserted.indexOf('\t') >= 0) {
            return null;
        }
        if (!before.frontMatter().isEmpty() || old.startsWith("-") || old.startsWith("\uFEFF") || old.isEmpty()
                || old.indexOf('\t') >= 0 || old.indexOf('\r') >= 0) {
            return null;
        }
        for (Diagnostic d : before.diagnostics()) {
            if (!regionLocal(d.ruleId())) {
                return null;
            }
        }
        String text = old.substring(0, from) + inserted + old.substring(to);
        if (text.startsWith("-")) {
            return null;
        }
        int delta = inserted.length() - (to - from);
        int lines = count(inserted, 0, inserted.length()) - count(old, from, to);

        // the section holding the change: [startLine, endLine) of the old text
        int line = lineOf(old, from);
        List<Section> sections = before.sections();
        int k = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (startLine(sections.get(i)) <= line) {
                k = i;
            }
        }
        int startLine = k < 0 ? 1 : startLine(sections.get(k));
        int next = k + 1;
        int startOffset = k < 0 ? 0 : startOffset(sections.get(k));
        int oldEnd = next < sections.size() ? startOffset(sections.get(next)) : old.length();
        if (startOffset > from || oldEnd < to || next < sections.size() && oldEnd == to) {
            return null;
        }
        int newEnd = oldEnd + delta;
        if (FenceLines.mayHoldPreTag(old, startOffset, oldEnd) || FenceLines.mayHoldPreTag(text, startOffset, newEnd)
                || FenceLines.mayHoldLiquidTag(old, startOffset, oldEnd) || FenceLines.mayHoldLiquidTag(text, startOffset, newEnd)) {
            return null;   // a <pre> or a Liquid code block opened or closed here may close in, or be closed from, another section
        }

        // the section alone, on its own lines
        String region = "\n".repeat(startLine - 1) + text.substring(startOffset, newEnd);
        Note part = parser.parse(before.source(), region);
        for (Diagnostic d : part.diagnostics()) {
            if (!regionLocal(d.ruleId())) {
                return null;
            }
        }
        int moveIn = startOffset - (startLine - 1);
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < Math.max(k, 0); i++) {
            out.add(sections.get(i));
        }
        for (Section s : part.sections()) {
            if (startLine(s) < startLine) {
                return null;   // a section in the empty lines in front: cannot happen, but then this is wrong
            }
            out.add(shift(s, moveIn, 0));
        }
        for (int i = next; i < sections.size(); i++) {
            out.add(delta == 0 && lines == 0 ? sections.get(i) : shift(sections.get(i), delta, lines));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : before.diagnostics()) {
            if (d.range().offset() < startOffset) {
                diagnostics.add(d);
            }
        }
        for (Diagnostic d : part.diagnostics()) {
            diagnostics.add(shift(d, moveIn, 0));
        }
        for (Diagnostic d : before.diagnostics()) {
            if (d.range().offset() >= oldEnd) {
                if (lines != 0 && d.ruleId().equals(NotATrace.ID)) {
                    return null;   // its message names its lines
                }
                diagnostics.add(delta == 0 && lines == 0 ? d : shift(d, delta, lines));
            }
        }
        for (Diagnostic d : before.diagnostics()) {
            if (d.range().offset() >= startOffset && d.range().offset() < oldEnd) {
                continue;   // the section's own, parsed again above
            }
            if (d.range().endOffset() > startOffset && d.range().offset() < startOffset) {
                return null;   // a finding reaching into the section from before it
            }
        }
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.range().offset()).thenComparing(Diagnostic::ruleId));
        return new Note(before.source(), text, before.frontMatter(), out, diagnostics);
    }

    /** Findings a section's own parse makes as a whole parse makes them; any other kind sends the change to a whole parse. */
    static boolean regionLocal(String rule) {
        return switch (rule) {
            case NotATrace.ID, LongLine.ID, IndentSnapped.ID, ElseWithoutIf.ID, LayoutAmbiguous.ID -> true;
            default -> false;
        };
    }

    private static int startLine(Section s) {
        return s.heading() != null ? s.heading().line() : 1;
    }

    private static int startOffset(Section s) {
        return s.heading() != null ? s.heading().offset() - (s.heading().column() - 1) : 0;
    }

    /** Line breaks in [from, to) of {@code text}. */
    private static int count(String text, int from, int to) {
        int n = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    // ------------------------------------------------------------------ moving a model by an offset and a number of lines

    static SourceRange shift(SourceRange r, int by, int lines) {
        return r == null ? null : new SourceRange(r.line() + lines, r.column(), r.endLine() + lines, r.endColumn(),
                r.offset() + by, r.endOffset() + by);
    }

    static Diagnostic shift(Diagnostic d, int by, int lines) {
        return new Diagnostic(d.ruleId(), d.severity(), d.message(), shift(d.range(), by, lines));
    }

    static Section shift(Section s, int by, int lines) {
        List<Block> blocks = new ArrayList<>(s.blocks().size());
        for (Block b : s.blocks()) {
            blocks.add(shift(b, by, lines));
        }
        return new Section(s.title(), s.level(), shift(s.heading(), by, lines), blocks);
    }

    static Block shift(Block b, int by, int lines) {
        if (b instanceof CodeBlock c) {
            return new CodeBlock(c.info(), c.content(), shift(c.range(), by, lines));
        }
        TraceBlock t = (TraceBlock) b;
        return new TraceBlock(t.info(), t.dialect(), t.roots().stream().map(r -> shift(r, by, lines)).toList(),
                comments(t.comments(), by, lines), annotations(t.annotations(), by, lines), shift(t.range(), by, lines));
    }

    static Root shift(Root r, int by, int lines) {
        return new Root(r.kind(), r.name(), r.parameters(), r.text(), r.indent(), shift(r.range(), by, lines),
                steps(r.body(), by, lines), comments(r.comments(), by, lines), annotations(r.annotations(), by, lines));
    }

    private static List<Step> steps(List<Step> steps, int by, int lines) {
        List<Step> out = new ArrayList<>(steps.size());
        for (Step s : steps) {
            out.add(shift(s, by, lines));
        }
        return out;
    }

    static Step shift(Step s, int by, int lines) {
        return s == null ? null : new Step(s.kind(), s.arrow(), s.role(), s.text(), shift(s.expression(), by, lines),
                shift(s.inline(), by, lines), s.label(), s.declaredType(), s.indent(), s.snapped(),
                shift(s.range(), by, lines), steps(s.children(), by, lines), steps(s.alternatives(), by, lines),
                comments(s.comments(), by, lines), annotations(s.annotations(), by, lines), s.elided());
    }

    private static List<Comment> comments(List<Comment> cs, int by, int lines) {
        List<Comment> out = new ArrayList<>(cs.size());
        for (Comment c : cs) {
            out.add(new Comment(c.marker(), c.text(), c.placement(), shift(c.range(), by, lines)));
        }
        return out;
    }

    private static List<Annotation> annotations(List<Annotation> as, int by, int lines) {
        List<Annotation> out = new ArrayList<>(as.size());
        for (Annotation a : as) {
            out.add(new Annotation(a.word(), a.text(), shift(a.range(), by, lines)));
        }
        return out;
    }

    private static List<Expr> exprs(List<Expr> es, int by, int lines) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) {
            out.add(shift(e, by, lines));
        }
        return out;
    }

    static Expr shift(Expr e, int by, int lines) {
        if (e == null) {
            return null;
        }
        SourceRange r = shift(e.range(), by, lines);
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.name(), r);
        } else if (e instanceof Expr.Literal l) {
            return new Expr.Literal(l.kind(), l.text(), r);
        } else if (e instanceof Expr.Ellipsis) {
            return new Expr.Ellipsis(r);
        } else if (e instanceof Expr.Omitted) {
            return new Expr.Omitted(r);
        } else if (e instanceof Expr.TypeRef t) {
            return new Expr.TypeRef(t.type(), r);
        } else if (e instanceof Expr.Param p) {
            return new Expr.Param(p.type(), p.name(), r);
        } else if (e instanceof Expr.Call c) {
            return new Expr.Call(shift(c.callee(), by, lines), exprs(c.arguments(), by, lines), r);
        } else if (e instanceof Expr.Member m) {
            return new Expr.Member(shift(m.target(), by, lines), m.name(), m.arrow(), r);
        } else if (e instanceof Expr.Index i) {
            return new Expr.Index(shift(i.target(), by, lines), shift(i.index(), by, lines), r);
        } else if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), shift(u.operand(), by, lines), r);
        } else if (e instanceof Expr.Postfix p) {
            return new Expr.Postfix(p.op(), shift(p.operand(), by, lines), r);
        } else if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), shift(b.left(), by, lines), shift(b.right(), by, lines), r);
        } else if (e instanceof Expr.Assign a) {
            return new Expr.Assign(a.op(), shift(a.target(), by, lines), shift(a.value(), by, lines), r);
        } else if (e instanceof Expr.Conditional c) {
            return new Expr.Conditional(shift(c.condition(), by, lines), shift(c.then(), by, lines),
                    shift(c.otherwise(), by, lines), r);
        } else if (e instanceof Expr.Cast c) {
            return new Expr.Cast(c.type(), shift(c.operand(), by, lines), r);
        } else if (e instanceof Expr.Sizeof z) {
            return new Expr.Sizeof(z.type(), shift(z.operand(), by, lines), r);
        } else if (e instanceof Expr.InitList l) {
            return new Expr.InitList(exprs(l.elements(), by, lines), r);
        }
        throw new IllegalStateException("an expression node this does not know: " + e.getClass());
    }
}
