package org.tracenotes.core.source.c;

import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The macros tree-sitter reads as something else, recognised in its tree: a loop macro with a block
 * (read as a call missing its {@code ;}), possibly behind a label; a loop macro with one braceless
 * statement (read as a type); a declaring macro among a block's declarations ({@code LIST_HEAD(x);}).
 */
final class CMacroShapes {

    private final CNodeText src;

    CMacroShapes(CNodeText src) {
        this.src = src;
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
        TSNode fn = CNodeText.field(c.getNamedChild(0), "function");
        TSNode args = CNodeText.field(c.getNamedChild(0), "arguments");
        if (fn == null || !fn.getType().equals("identifier") || !src.text(fn).matches("[A-Z][A-Z0-9_]*") || args == null
                || args.getNamedChildCount() == 0 || !args.getNamedChild(0).getType().equals("identifier")) {
            return false;
        }
        TSNode function = c;
        while (function != null && !function.isNull() && !function.getType().equals("function_definition")) {
            function = function.getParent();
        }
        int from = function == null || function.isNull() ? 0 : function.getStartByte();
        String before = src.between(from, c.getStartByte());
        return !Pattern.compile("\\b" + src.text(args.getNamedChild(0)) + "\\b").matcher(before).find();
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

    /** A lower-case macro in a type's place: a loop macro ({@code for_each_hstate(h)}) before a statement. */
    boolean isLoopMacroType(TSNode type) {
        return type != null && type.getType().equals("macro_type_specifier")
                && src.text(CNodeText.field(type, "name")).matches("[a-z_][a-z0-9_]*");
    }
}
