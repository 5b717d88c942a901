package org.tracenotes.core.source.c;

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

    private final CNodeText src;
    private final CMacroShapes macros;
    private final CExpressionCalls expressions;

    CBodyReader(byte[] bytes) {
        this.src = new CNodeText(bytes);
        this.macros = new CMacroShapes(src);
        this.expressions = new CExpressionCalls(src);
    }

    /** The node's text. */
    String text(TSNode n) {
        return src.text(n);
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
            if (declarations && macros.isDeclarationMacro(c)) {
                continue;   // `LIST_HEAD(pagelist);` among a block's declarations declares, it calls nothing
            }
            declarations &= c.getType().equals("declaration") || c.getType().equals("comment");
            TSNode loopType = c.getType().equals("ERROR") && c.getNamedChildCount() > 0
                    && macros.isLoopMacroType(c.getNamedChild(0)) ? c.getNamedChild(0) : null;
            if (loopType != null && i + 1 < n) {
                // `for_each_hstate(h)\n\tprintk("…", a, b);`: the macro and the callee in an error, the arguments next
                bracelessLoop(loopType, block.getNamedChild(i + 1).getEndByte(), CNodeText.line(c), out);
                i++;
                continue;
            }
            TSNode labelled = CMacroShapes.labelledForeach(c);
            if (labelled != null && i + 1 < n) {
                // `out: list_for_each_entry(…) {…}`: the label holds the call, the block is the next statement
                out.add(new SourceNode.Label(text(CNodeText.field(c, "label")), CNodeText.line(c)));
                c = labelled;
            }
            if (CMacroShapes.isForeach(c) && i + 1 < n) {
                TSNode call = c.getNamedChild(0);
                TSNode args = CNodeText.field(call, "arguments");
                for (int k = 0; args != null && k < args.getNamedChildCount(); k++) {
                    calls(args.getNamedChild(k), "", out);   // `for_each_zone_zonelist_nodemask(…, gfp_zone(m), …)`
                }
                List<SourceNode> body = new ArrayList<>();
                statement(block.getNamedChild(i + 1), body);
                String cond = CNodeText.oneLine(text(call));
                out.add(new SourceNode.Branch(BranchKind.FOREACH_MACRO, cond, ConditionText.normalize(cond), body,
                        CNodeText.line(c)));
                i++;
                continue;
            }
            statement(c, out);
        }
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
                    TSNode right = e.getType().equals("assignment_expression") ? CNodeText.field(e, "right") : null;
                    TSNode left = right == null ? null : CNodeText.field(e, "left");
                    if (right != null && left != null && !CExpressionCalls.isCall(right)) {
                        calls(left, "", out);
                        calls(right, "", out);
                        out.add(new SourceNode.Assign(CNodeText.oneLine(text(left)), expressions.operator(e), CNodeText.oneLine(text(right)), CNodeText.line(e)));
                    } else {
                        calls(e, "", out);
                    }
                }
            }
            case "declaration" -> declaration(s, out);
            case "if_statement" -> ifChain(s, BranchKind.IF, out);
            case "for_statement" -> {
                TSNode body = CNodeText.field(s, "body");
                String header = forHeader(s, body);
                loop(s, BranchKind.FOR, header, body, out);
            }
            case "while_statement" -> loop(s, BranchKind.WHILE, conditionText(CNodeText.field(s, "condition")),
                    CNodeText.field(s, "body"), out);
            case "do_statement" -> loop(s, BranchKind.DO_WHILE, conditionText(CNodeText.field(s, "condition")),
                    CNodeText.field(s, "body"), out);
            case "switch_statement" -> switchStatement(s, out);
            case "return_statement" -> {
                TSNode e = s.getNamedChildCount() > 0 ? s.getNamedChild(0) : null;
                if (e != null) {
                    calls(e, "", out);
                }
                out.add(new SourceNode.Return(e == null ? "" : CNodeText.oneLine(text(e)), CNodeText.line(s)));
            }
            case "goto_statement" -> out.add(new SourceNode.Goto(text(CNodeText.field(s, "label")), CNodeText.line(s)));
            case "labeled_statement" -> {
                out.add(new SourceNode.Label(text(CNodeText.field(s, "label")), CNodeText.line(s)));
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
        String h = CNodeText.oneLine(src.between(start, end));
        int open = h.indexOf('(');
        int close = h.lastIndexOf(')');
        return open >= 0 && close > open ? h.substring(open + 1, close).strip() : h;
    }

    String conditionText(TSNode cond) {
        if (cond == null) {
            return "";
        }
        String t = CNodeText.oneLine(text(cond));
        if (cond.getType().equals("parenthesized_expression") && t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    void loop(TSNode s, BranchKind kind, String cond, TSNode body, List<SourceNode> out) {
        TSNode c = CNodeText.field(s, "condition");
        TSNode init = kind == BranchKind.FOR ? CNodeText.field(s, "initializer") : null;
        TSNode update = kind == BranchKind.FOR ? CNodeText.field(s, "update") : null;
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
        out.add(new SourceNode.Branch(kind, cond, ConditionText.normalize(cond), inner, CNodeText.line(s)));
    }

    void ifChain(TSNode s, BranchKind kind, List<SourceNode> out) {
        TSNode cond = CNodeText.field(s, "condition");
        if (cond != null) {
            calls(cond, "", out);
        }
        String text = conditionText(cond);
        List<SourceNode> then = new ArrayList<>();
        TSNode consequence = CNodeText.field(s, "consequence");
        if (consequence != null) {
            statement(consequence, then);
        }
        out.add(new SourceNode.Branch(kind, text, ConditionText.normalize(text), then, CNodeText.line(s)));
        TSNode alt = CNodeText.field(s, "alternative");
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
            out.add(new SourceNode.Branch(BranchKind.ELSE, "", "", otherwise, CNodeText.line(alt)));
        }
    }

    void switchStatement(TSNode s, List<SourceNode> out) {
        TSNode cond = CNodeText.field(s, "condition");
        if (cond != null) {
            calls(cond, "", out);
        }
        String text = conditionText(cond);
        List<SourceNode> cases = new ArrayList<>();
        TSNode body = CNodeText.field(s, "body");
        if (body != null) {
            for (int i = 0; i < body.getNamedChildCount(); i++) {
                TSNode c = body.getNamedChild(i);
                if (!c.getType().equals("case_statement")) {
                    statement(c, cases);
                    continue;
                }
                TSNode value = CNodeText.field(c, "value");
                List<SourceNode> inner = new ArrayList<>();
                for (int k = 0; k < c.getNamedChildCount(); k++) {
                    if (!"value".equals(c.getFieldNameForNamedChild(k))) {
                        statement(c.getNamedChild(k), inner);
                    }
                }
                String v = value == null ? "" : CNodeText.oneLine(text(value));
                cases.add(new SourceNode.Branch(value == null ? BranchKind.DEFAULT : BranchKind.CASE, v,
                        ConditionText.normalize(v), inner, CNodeText.line(c)));
            }
        }
        out.add(new SourceNode.Branch(BranchKind.SWITCH, text, ConditionText.normalize(text), cases, CNodeText.line(s)));
    }

    void declaration(TSNode d, List<SourceNode> out) {
        TSNode type = CNodeText.field(d, "type");
        if (macros.isLoopMacroType(type)) {
            bracelessLoop(type, d.getEndByte(), CNodeText.line(d), out);
            return;
        }
        for (int i = 0; i < d.getNamedChildCount(); i++) {
            TSNode c = d.getNamedChild(i);
            if (c.getType().equals("init_declarator")) {
                TSNode value = CNodeText.field(c, "value");
                TSNode target = CNodeText.field(c, "declarator");
                while (target != null && !target.getType().equals("identifier")) {
                    target = CNodeText.field(target, "declarator");
                }
                if (value != null && target != null && !CExpressionCalls.isCall(value) && !value.getType().equals("initializer_list")) {
                    calls(value, "", out);
                    out.add(new SourceNode.Assign(text(target), "=", CNodeText.oneLine(text(value)), CNodeText.line(c)));
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
        String cond = CNodeText.oneLine(text(type));
        int from = type.getEndByte();
        String stmt = src.between(from, to);
        java.util.regex.Matcher store = java.util.regex.Pattern.compile("^\\s*([A-Za-z_][\\w.>\\[\\]-]*)\\s*=[^=]")
                .matcher(stmt);
        String assigned = store.find() ? store.group(1) : "";
        List<SourceNode> body = new ArrayList<>();
        CLexicalCalls.read(stmt, CNodeText.line(type) + (int) text(type).chars().filter(ch -> ch == '\n').count(), assigned, body);
        out.add(new SourceNode.Branch(BranchKind.FOREACH_MACRO, cond, ConditionText.normalize(cond), body, line));
    }


    private void calls(TSNode e, String assigned, List<SourceNode> out) {
        expressions.read(e, assigned, out);
    }
}
