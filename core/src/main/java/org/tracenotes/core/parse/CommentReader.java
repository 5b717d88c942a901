package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.grammar.TraceLexer;

/** Reads the comment tokens of a trace block into comments by the line they start on. */
final class CommentReader {

    private final SourceText source;
    private final CommonTokenStream tokens;
    private final ExpressionBuilder exprs;

    CommentReader(SourceText source, CommonTokenStream tokens, ExpressionBuilder exprs) {
        this.source = source;
        this.tokens = tokens;
        this.exprs = exprs;
    }

    /** Comments of a block by the line they start on; a {@code /* … *}{@code /} over lines is one comment. */
    Map<Integer, List<Comment>> comments(int from, int to) {
        Map<Integer, List<Comment>> byLine = new TreeMap<>();
        Token open = null;
        StringBuilder openText = null;
        int openEnd = 0;
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != TraceLexer.COMMENTS) {
                continue;
            }
            SourceRange r = exprs.range(t);
            if (open != null) {
                String more = t.getText().strip();
                if (more.startsWith("*") && !more.startsWith("*/")) {
                    more = more.substring(1).strip();
                }
                openText.append('\n').append(more);
                openEnd = r.endOffset();
                if (t.getText().contains("*/")) {
                    add(byLine, open, openText.toString(), openEnd);
                    open = null;
                }
                continue;
            }
            if (t.getType() == TraceLexer.OPEN_COMMENT) {
                open = t;
                openText = new StringBuilder(t.getText().strip());
                openEnd = r.endOffset();
                continue;
            }
            add(byLine, t, t.getText(), r.endOffset());
        }
        if (open != null) {
            add(byLine, open, openText.toString(), openEnd);
        }
        return byLine;
    }

    private void add(Map<Integer, List<Comment>> byLine, Token t, String text, int endOffset) {
        SourceRange r = exprs.range(t);
        int lead = 0;
        while (lead < text.length() && (text.charAt(lead) == ' ' || text.charAt(lead) == '\t')) {
            lead++;
        }
        String body = text.substring(lead);
        String marker;
        String inner;
        if (body.startsWith("/*")) {
            marker = "/*";
            inner = body.substring(2);
            if (inner.endsWith("*/")) {
                inner = inner.substring(0, inner.length() - 2);
            }
        } else if (t.getType() == TraceLexer.TRAILING_NOTE) {
            marker = "";
            inner = body;
        } else if (t.getType() == TraceLexer.LOCATION_TAG) {
            marker = body.substring(0, 1);
            inner = body.substring(1, body.length() - 1);
        } else if (t.getType() == TraceLexer.LINE_COMMENT_TEXT && !body.startsWith("#")
                && !body.startsWith("/*") && !body.contains("*/")) {
            marker = "";
            inner = body;
        } else if (body.startsWith("//")) {
            marker = "//";
            inner = body.substring(2);
        } else if (body.startsWith("<")) {
            int n = 1;
            while (n < body.length() && body.charAt(n) == '-') {
                n++;
            }
            marker = body.substring(0, n);
            inner = body.substring(n);
        } else {
            int n = 0;
            while (n < body.length() && body.charAt(n) == '#') {
                n++;
            }
            marker = body.substring(0, n);
            inner = body.substring(n);
        }
        int start = r.offset() + lead;
        Comment c = new Comment(marker, inner.strip(), Comment.Placement.TRAILING, source.range(start, endOffset));
        byLine.computeIfAbsent(t.getLine(), k -> new ArrayList<>()).add(c);
    }
}
