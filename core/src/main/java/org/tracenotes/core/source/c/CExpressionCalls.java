package org.tracenotes.core.source.c;

import java.util.List;
import org.tracenotes.core.source.SourceNode;
import org.treesitter.TSNode;

/**
 * The calls in a C expression, as {@link SourceNode.Call}s: inner ones (arguments, a receiver) first,
 * each with its callee, receiver, the variable its result is stored in and its text.
 */
final class CExpressionCalls {

    private final CNodeText src;

    CExpressionCalls(CNodeText src) {
        this.src = src;
    }

    /**
     * The calls in an expression, inner ones (arguments) first; {@code assigned} is the variable the
     * expression's value is stored in, given to the call that is the whole expression.
     */
    void read(TSNode e, String assigned, List<SourceNode> out) {
        switch (e.getType()) {
            case "call_expression" -> {
                TSNode fn = CNodeText.field(e, "function");
                TSNode args = CNodeText.field(e, "arguments");
                String callee;
                String receiver = "";
                if (fn != null && fn.getType().equals("identifier")) {
                    callee = src.text(fn);
                } else if (fn != null && fn.getType().equals("field_expression")) {
                    callee = src.text(CNodeText.field(fn, "field"));
                    receiver = CNodeText.oneLine(src.text(CNodeText.field(fn, "argument")));
                    read(CNodeText.field(fn, "argument"), "", out);
                } else {
                    callee = fn == null ? "" : CNodeText.oneLine(src.text(fn));
                    if (fn != null) {
                        read(fn, "", out);
                    }
                }
                if (args != null) {
                    for (int i = 0; i < args.getNamedChildCount(); i++) {
                        read(args.getNamedChild(i), "", out);
                    }
                }
                out.add(new SourceNode.Call(callee, receiver, assigned, CNodeText.oneLine(src.text(e)), CNodeText.line(e)));
            }
            case "assignment_expression" -> {
                TSNode right = CNodeText.field(e, "right");
                TSNode left = CNodeText.field(e, "left");
                if (left != null) {
                    read(left, "", out);
                }
                if (right != null) {
                    String op = operator(e);
                    read(right, "=".equals(op) && left != null ? CNodeText.oneLine(src.text(left)) : "", out);
                }
            }
            case "cast_expression", "parenthesized_expression" -> {
                for (int i = 0; i < e.getNamedChildCount(); i++) {
                    TSNode c = e.getNamedChild(i);
                    if (!c.getType().equals("type_descriptor")) {
                        read(c, assigned, out);
                    }
                }
            }
            case "string_literal", "number_literal", "identifier", "field_identifier", "char_literal",
                 "type_descriptor", "comment", "sizeof_expression" -> { }
            default -> {
                for (int i = 0; i < e.getNamedChildCount(); i++) {
                    read(e.getNamedChild(i), "", out);
                }
            }
        }
    }

    /** Whether an expression is a call alone, casts and parentheses aside. */
    static boolean isCall(TSNode e) {
        while (e != null && (e.getType().equals("cast_expression") || e.getType().equals("parenthesized_expression"))) {
            e = e.getType().equals("cast_expression") ? CNodeText.field(e, "value") : e.getNamedChildCount() > 0 ? e.getNamedChild(0) : null;
        }
        return e != null && e.getType().equals("call_expression");
    }

    String operator(TSNode e) {
        TSNode op = CNodeText.field(e, "operator");
        return op == null ? "=" : src.text(op);
    }
}
