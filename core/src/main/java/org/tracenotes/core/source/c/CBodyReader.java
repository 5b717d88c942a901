package org.tracenotes.core.source.c;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.source.ConditionText;
import org.tracenotes.core.source.SourceNode;
import org.tracenotes.core.source.SourceNode.BranchKind;
import org.treesitter.TSNode;

/**
 * A C function body, read from tree-sitter's tree into {@link SourceNode}s: calls (inner ones first,
 * with the variable a result is stored in), assignments, if / else-if / else chains, switches and
 * cases, loops — a macro called as a loop ({@code list_for_each_entry(…) {…}}, which tree-sitter reads
 * as a call missing its {@code ;} followed by a block) included — returns, gotos and labels. Both arms
 * of a preprocessor conditional inside a body are read, in order.
 */
final class CBodyReader {

    private final byte[] bytes;

    CBodyReader(byte[] bytes) {
        this.bytes = bytes;
    }

    String text(TSNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        int s = Math.max(0, Math.min(bytes.length, n.getStartByte()));
        int e = Math.max(s, Math.min(bytes.length, n.getEndByte()));
        return new String(bytes, s, e - s, StandardCharsets.UTF_8);
    }

    static String oneLine(String s) {
        return s.replaceAll("/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("\\\\\\n", " ")
                .replaceAll("\\s+", " ").strip();
    }

    static int line(TSNode n) {
        return n.getStartPoint().getRow() + 1;
    }

    static TSNode field(TSNode n, String name) {
        TSNode f = n.getChildByFieldName(name);
        return f == null || f.isNull() ? null : f;
    }

    /** The statements of a block (or of a preprocessor arm) into {@code out}. */
    void block(TSNode block, List<SourceNode> out) {
        int n = block.getNamedChildCount();
        boolean declarations = block.getType().equals("compound_statement");
        for (int i = 0; i < n; i++) {
            TSNode c = block.getNamedChild(i);
            String f = block.getFieldNameForNamedChild(i);
            if ("name".equals(f) || "condition".equals(f) && block.getType().startsWith("preproc")) {
                continue;
            }
            if (declarations && isDeclarationMacro(c)) {
                continue;   // `LIST_HEAD(pagelist);` among a block's declarations declares, it calls nothing
            }
            declarations &= c.getType().equals("declaration") || c.getType().equals("comment");
            TSNode loopType = c.getType().equals("ERROR") && c.getNamedChildCount() > 0
                    && isLoopMacroType(c.getNamedChild(0)) ? c.getNamedChild(0) : null;
            if (loopType != null && i + 1 < n) {
                // `for_each_hstate(h)\n\tprintk("…", a, b);`: the macro and the callee in an error, the arguments next
                bracelessLoop(loopType, block.getNamedChild(i + 1).getEndByte(), line(c), out);
                i++;
                continue;
            }
            TSNode labelled = labelledForeach(c);
            if (labelled != null && i + 1 < n) {
                // `out: list_for_each_entry(…) {…}`: the label holds the call, the block is the next statement
                out.add(new SourceNode.Label(text(field(c, "label")), line(c)));
                c = labelled;
            }
            if (isForeach(c) && i + 1 < n) {
                TSNode call = c.getNamedChild(0);
                TSNode args = field(call, "arguments");
                for (int k = 0; args != null && k < args.getNamedChildCount(); k++) {
                    calls(args.getNamedChild(k), "", out);   // `for_each_zone_zonelist_nodemask(…, gfp_zone(m), …)`
                }
                List<SourceNode> body = new ArrayList<>();
                statement(block.getNamedChild(i + 1), body);
                String cond = oneLine(text(call));
                out.add(new SourceNode.Branch(BranchKind.FOREACH_MACRO, cond, ConditionText.normalize(cond), body,
                        line(c)));
                i++;
                continue;
            }
            statement(c, out);
        }
    }

    /**
     * An upper-case macro called as a statement that declares its first argument, a name not used before in the
     * function ({@code LIST_HEAD(x);}, {@code DEFINE_WAIT(w);}); a check of a parameter or a local
     * ({@code VM_BUG_ON(n < 0);}, {@code WARN_ON(count);}) is a call.
     */
    boolean isDeclarationMacro(TSNode c) {
        if (!c.getType().equals("expression_statement") || c.getNamedChildCount() != 1
                || !c.getNamedChild(0).getType().equals("call_expression")) {
            return false;
        }
        TSNode fn = field(c.getNamedChild(0), "function");
        TSNode args = field(c.getNamedChild(0), "arguments");
        if (fn == null || !fn.getType().equals("identifier") || !text(fn).matches("[A-Z][A-Z0-9_]*") || args == null
                || args.getNamedChildCount() == 0 || !args.getNamedChild(0).getType().equals("identifier")) {
            return false;
        }
        TSNode function = c;
        while (function != null && !function.isNull() && !function.getType().equals("function_definition")) {
            function = function.getParent();
        }
        int from = function == null || function.isNull() ? 0 : function.getStartByte();
        String before = new String(bytes, from, Math.max(0, c.getStartByte() - from), StandardCharsets.UTF_8);
        return !java.util.regex.Pattern.compile("\\b" + text(args.getNamedChild(0)) + "\\b").matcher(before).find();
    }

    /** The loop macro a label holds ({@code out: list_for_each_entry(…)} before its block), or null. */
    static TSNode labelledForeach(TSNode c) {
        if (!c.getType().equals("labeled_statement") || c.getNamedChildCount() == 0) {
            return null;
        }
        TSNode last = c.getNamedChild(c.getNamedChildCount() - 1);
        return isForeach(last) ? last : null;
    }

    /** {@code list_for_each_entry(p, head, lru)} read as a call missing its {@code ;}: a loop macro. */
    static boolean isForeach(TSNode c) {
        if (!c.getType().equals("expression_statement") || c.getNamedChildCount() != 1
                || !c.getNamedChild(0).getType().equals("call_expression")) {
            return false;
        }
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i).isMissing()) {
                return true;
            }
        }
        return false;
    }

    void statement(TSNode s, List<SourceNode> out) {
        switch (s.getType()) {
            case "compound_statement", "preproc_ifdef", "preproc_if", "preproc_else", "preproc_elif",
                 "preproc_elifdef", "ERROR" -> {
                // a preprocessor arm's #else/#elif is one of its children: both arms are read, in order
                block(s, out);
            }
            case "expression_statement" -> {
                if (s.getNamedChildCount() > 0) {
                    TSNode e = s.getNamedChild(0);
                    TSNode right = e.getType().equals("assignment_expression") ? field(e, "right") : null;
                    TSNode left = right == null ? null : field(e, "left");
                    if (right != null && left != null && !isCall(right)) {
                        calls(left, "", out);
                        calls(right, "", out);
                        out.add(new SourceNode.Assign(oneLine(text(left)), operator(e), oneLine(text(right)), line(e)));
                    } else {
                        calls(e, "", out);
                    }
                }
            }
            case "declaration" -> declaration(s, out);
            case "if_statement" -> ifChain(s, BranchKind.IF, out);
            case "for_statement" -> {
                TSNode body = field(s, "body");
                String header = forHeader(s, body);
                loop(s, BranchKind.FOR, header, body, out);
            }
            case "while_statement" -> loop(s, BranchKind.WHILE, conditionText(field(s, "condition")),
                    field(s, "body"), out);
            case "do_statement" -> loop(s, BranchKind.DO_WHILE, conditionText(field(s, "condition")),
                    field(s, "body"), out);
            case "switch_statement" -> switchStatement(s, out);
            case "return_statement" -> {
                TSNode e = s.getNamedChildCount() > 0 ? s.getNamedChild(0) : null;
                if (e != null) {
                    calls(e, "", out);
                }
                out.add(new SourceNode.Return(e == null ? "" : oneLine(text(e)), line(s)));
            }
            case "goto_statement" -> out.add(new SourceNode.Goto(text(field(s, "label")), line(s)));
            case "labeled_statement" -> {
                out.add(new SourceNode.Label(text(field(s, "label")), line(s)));
                for (int i = 0; i < s.getNamedChildCount(); i++) {
                    if (!"label".equals(s.getFieldNameForNamedChild(i))) {
                        statement(s.getNamedChild(i), out);
                    }
                }
            }
            case "comment", "break_statement", "continue_statement", "preproc_call", "preproc_def",
                 "preproc_include", "type_definition" -> { }
            default -> calls(s, "", out);
        }
    }

    String forHeader(TSNode s, TSNode body) {
        int start = s.getStartByte();
        int end = body == null ? s.getEndByte() : body.getStartByte();
        String h = oneLine(new String(bytes, start, end - start, StandardCharsets.UTF_8));
        int open = h.indexOf('(');
        int close = h.lastIndexOf(')');
        return open >= 0 && close > open ? h.substring(open + 1, close).strip() : h;
    }

    String conditionText(TSNode cond) {
        if (cond == null) {
            return "";
        }
        String t = oneLine(text(cond));
        if (cond.getType().equals("parenthesized_expression") && t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    void loop(TSNode s, BranchKind kind, String cond, TSNode body, List<SourceNode> out) {
        TSNode c = field(s, "condition");
        TSNode init = kind == BranchKind.FOR ? field(s, "initializer") : null;
        TSNode update = kind == BranchKind.FOR ? field(s, "update") : null;
        if (init != null) {
            calls(init, "", out);
        }
        if (c != null && kind != BranchKind.DO_WHILE) {
            calls(c, "", out);
        }
        List<SourceNode> inner = new ArrayList<>();
        if (body != null) {
            statement(body, inner);
        }
        if (c != null && kind == BranchKind.DO_WHILE) {
            calls(c, "", inner);
        }
        if (update != null) {
            calls(update, "", inner);   // `for (…; i < n; i += step(x))`: the update runs after each pass
        }
        out.add(new SourceNode.Branch(kind, cond, ConditionText.normalize(cond), inner, line(s)));
    }

    void ifChain(TSNode s, BranchKind kind, List<SourceNode> out) {
        TSNode cond = field(s, "condition");
        if (cond != null) {
            calls(cond, "", out);
        }
        String text = conditionText(cond);
        List<SourceNode> then = new ArrayList<>();
        TSNode consequence = field(s, "consequence");
        if (consequence != null) {
            statement(consequence, then);
        }
        out.add(new SourceNode.Branch(kind, text, ConditionText.normalize(text), then, line(s)));
        TSNode alt = field(s, "alternative");
        if (alt == null) {
            return;
        }
        TSNode inner = alt.getNamedChildCount() > 0 ? alt.getNamedChild(0) : null;
        if (inner != null && inner.getType().equals("if_statement") && alt.getNamedChildCount() == 1) {
            ifChain(inner, BranchKind.ELSE_IF, out);
        } else {
            List<SourceNode> otherwise = new ArrayList<>();
            for (int i = 0; i < alt.getNamedChildCount(); i++) {
                statement(alt.getNamedChild(i), otherwise);
            }
            out.add(new SourceNode.Branch(BranchKind.ELSE, "", "", otherwise, line(alt)));
        }
    }

    void switchStatement(TSNode s, List<SourceNode> out) {
        TSNode cond = field(s, "condition");
        if (cond != null) {
            calls(cond, "", out);
        }
        String text = conditionText(cond);
        List<SourceNode> cases = new ArrayList<>();
        TSNode body = field(s, "body");
        if (body != null) {
            for (int i = 0; i < body.getNamedChildCount(); i++) {
                TSNode c = body.getNamedChild(i);
                if (!c.getType().equals("case_statement")) {
                    statement(c, cases);
                    continue;
                }
                TSNode value = field(c, "value");
                List<SourceNode> inner = new ArrayList<>();
                for (int k = 0; k < c.getNamedChildCount(); k++) {
                    if (!"value".equals(c.getFieldNameForNamedChild(k))) {
                        statement(c.getNamedChild(k), inner);
                    }
                }
                String v = value == null ? "" : oneLine(text(value));
                cases.add(new SourceNode.Branch(value == null ? BranchKind.DEFAULT : BranchKind.CASE, v,
                        ConditionText.normalize(v), inner, line(c)));
            }
        }
        out.add(new SourceNode.Branch(BranchKind.SWITCH, text, ConditionText.normalize(text), cases, line(s)));
    }

    void declaration(TSNode d, List<SourceNode> out) {
        TSNode type = field(d, "type");
        if (isLoopMacroType(type)) {
            bracelessLoop(type, d.getEndByte(), line(d), out);
            return;
        }
        for (int i = 0; i < d.getNamedChildCount(); i++) {
            TSNode c = d.getNamedChild(i);
            if (c.getType().equals("init_declarator")) {
                TSNode value = field(c, "value");
                TSNode target = field(c, "declarator");
                while (target != null && !target.getType().equals("identifier")) {
                    target = field(target, "declarator");
                }
                if (value != null && target != null && !isCall(value) && !value.getType().equals("initializer_list")) {
                    calls(value, "", out);
                    out.add(new SourceNode.Assign(text(target), "=", oneLine(text(value)), line(c)));
                } else if (value != null) {
                    calls(value, target == null ? "" : text(target), out);
                }
            }
        }
    }

    /**
     * A loop macro with one statement and no braces ({@code for_each_online_node(nid)\n\tregister(n[nid]);}),
     * which tree-sitter reads as a declaration typed by the macro: a loop whose body's calls are found in the
     * statement's text (a name followed by its parenthesised arguments, inner calls first).
     */
    private void bracelessLoop(TSNode type, int to, int line, List<SourceNode> out) {
        String cond = oneLine(text(type));
        int from = type.getEndByte();
        String stmt = new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
        java.util.regex.Matcher store = java.util.regex.Pattern.compile("^\\s*([A-Za-z_][\\w.>\\[\\]-]*)\\s*=[^=]")
                .matcher(stmt);
        String assigned = store.find() ? store.group(1) : "";
        List<SourceNode> body = new ArrayList<>();
        CLexicalCalls.read(stmt, line(type) + (int) text(type).chars().filter(ch -> ch == '\n').count(), assigned, body);
        out.add(new SourceNode.Branch(BranchKind.FOREACH_MACRO, cond, ConditionText.normalize(cond), body, line));
    }

    /** A lower-case macro in a type's place: a loop macro ({@code for_each_hstate(h)}) before a statement. */
    boolean isLoopMacroType(TSNode type) {
        return type != null && type.getType().equals("macro_type_specifier")
                && text(field(type, "name")).matches("[a-z_][a-z0-9_]*");
    }

    /**
     * The calls in an expression, inner ones (arguments) first; {@code assigned} is the variable the
     * expression's value is stored in, given to the call that is the whole expression.
     */
    void calls(TSNode e, String assigned, List<SourceNode> out) {
        switch (e.getType()) {
            case "call_expression" -> {
                TSNode fn = field(e, "function");
                TSNode args = field(e, "arguments");
                String callee;
                String receiver = "";
                if (fn != null && fn.getType().equals("identifier")) {
                    callee = text(fn);
                } else if (fn != null && fn.getType().equals("field_expression")) {
                    callee = text(field(fn, "field"));
                    receiver = oneLine(text(field(fn, "argument")));
                    calls(field(fn, "argument"), "", out);
                } else {
                    callee = fn == null ? "" : oneLine(text(fn));
                    if (fn != null) {
                        calls(fn, "", out);
                    }
                }
                if (args != null) {
                    for (int i = 0; i < args.getNamedChildCount(); i++) {
                        calls(args.getNamedChild(i), "", out);
                    }
                }
                out.add(new SourceNode.Call(callee, receiver, assigned, oneLine(text(e)), line(e)));
            }
            case "assignment_expression" -> {
                TSNode right = field(e, "right");
                TSNode left = field(e, "left");
                if (left != null) {
                    calls(left, "", out);
                }
                if (right != null) {
                    String op = operator(e);
                    calls(right, "=".equals(op) && left != null ? oneLine(text(left)) : "", out);
                }
            }
            case "cast_expression", "parenthesized_expression" -> {
                for (int i = 0; i < e.getNamedChildCount(); i++) {
                    TSNode c = e.getNamedChild(i);
                    if (!c.getType().equals("type_descriptor")) {
                        calls(c, assigned, out);
                    }
                }
            }
            case "string_literal", "number_literal", "identifier", "field_identifier", "char_literal",
                 "type_descriptor", "comment", "sizeof_expression" -> { }
            default -> {
                for (int i = 0; i < e.getNamedChildCount(); i++) {
                    calls(e.getNamedChild(i), "", out);
                }
            }
        }
    }

    /** Whether an expression is a call alone, casts and parentheses aside. */
    static boolean isCall(TSNode e) {
        while (e != null && (e.getType().equals("cast_expression") || e.getType().equals("parenthesized_expression"))) {
            e = e.getType().equals("cast_expression") ? field(e, "value") : e.getNamedChildCount() > 0 ? e.getNamedChild(0) : null;
        }
        return e != null && e.getType().equals("call_expression");
    }

    String operator(TSNode e) {
        TSNode op = field(e, "operator");
        return op == null ? "=" : text(op);
    }
}
