package org.tracenotes.core.source.c;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceNode;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterC;

/**
 * Reads the functions of one C file with tree-sitter: every function definition (both arms of an
 * {@code #ifdef}, each marked {@code ifdef:X} or {@code ifdef:!X}; include guards are not arms) and
 * every function-like macro (no body), with marks ({@code static}, {@code inline}, {@code header},
 * {@code macro}); each body is read by {@link CBodyReader}.
 */
final class CFunctionReader {

    private final TSParser parser = new TSParser();

    CFunctionReader() {
        parser.setLanguage(new TreeSitterC());
    }

    /**
     * Section and linkage annotations tree-sitter takes for a declarator when another annotation follows
     * ({@code bool __init __attribute((weak)) f(…)} reads as a declaration of {@code __init}): blanked out, byte for
     * byte, in the text the parser sees; every text and position is still read from the file as written.
     */
    private static final java.util.regex.Pattern ANNOTATIONS = java.util.regex.Pattern.compile(
            "\\b(?:__init|__exit|__meminit|__ref|__cold|__weak|notrace)\\b");

    /** The functions {@code text} defines; {@code file} is what they say they are in. */
    List<SourceFunction> read(Path file, String text) {
        TSTree tree = parser.parseString(null, ANNOTATIONS.matcher(text).replaceAll(m -> " ".repeat(m.group().length())));
        Reading r = new Reading(file, text.getBytes(StandardCharsets.UTF_8));
        r.topLevel(tree.getRootNode(), List.of());
        return r.functions;
    }

    private static final class Reading {
        final Path file;
        final byte[] bytes;
        final boolean header;
        final List<SourceFunction> functions = new ArrayList<>();
        final CBodyReader body;

        Reading(Path file, byte[] bytes) {
            this.file = file;
            this.bytes = bytes;
            this.header = file.toString().endsWith(".h");
            this.body = new CBodyReader(bytes);
        }

        String text(TSNode n) {
            return body.text(n);
        }

        void topLevel(TSNode node, List<String> arms) {
            for (int i = 0; i < node.getNamedChildCount(); i++) {
                TSNode c = node.getNamedChild(i);
                switch (c.getType()) {
                    case "function_definition" -> function(c, arms);
                    case "preproc_function_def" -> macro(c, arms);
                    case "preproc_ifdef", "preproc_if" -> conditional(c, arms);
                    case "linkage_specification", "declaration_list", "ERROR" -> topLevel(c, arms);
                    default -> { }
                }
            }
        }

        /** {@code #ifdef X … #else … #endif} at the top level: each arm marked. */
        void conditional(TSNode c, List<String> arms) {
            String cond = condition(c);
            List<String> inner = new ArrayList<>(arms);
            if (cond.matches("!_*[A-Z0-9_]+_H_*")) {
                // an include guard: not a configuration arm
                topLevelExcept(c, inner);
                return;
            }
            inner.add("ifdef:" + cond);
            topLevelExcept(c, inner);
            TSNode alt = CNodeText.field(c, "alternative");
            while (alt != null) {
                List<String> other = new ArrayList<>(arms);
                if (alt.getType().equals("preproc_else")) {
                    other.add("ifdef:!" + cond);
                    topLevel(alt, other);
                    alt = null;
                } else {
                    String c2 = condition(alt);
                    other.add("ifdef:" + c2);
                    topLevelExcept(alt, other);
                    alt = CNodeText.field(alt, "alternative");
                }
            }
        }

        private void topLevelExcept(TSNode c, List<String> arms) {
            for (int i = 0; i < c.getNamedChildCount(); i++) {
                TSNode k = c.getNamedChild(i);
                String f = c.getFieldNameForNamedChild(i);
                if ("alternative".equals(f) || "name".equals(f) || "condition".equals(f)) {
                    continue;
                }
                switch (k.getType()) {
                    case "function_definition" -> function(k, arms);
                    case "preproc_function_def" -> macro(k, arms);
                    case "preproc_ifdef", "preproc_if" -> conditional(k, arms);
                    case "linkage_specification", "declaration_list", "ERROR" -> topLevel(k, arms);
                    default -> { }
                }
            }
        }

        String condition(TSNode c) {
            TSNode name = CNodeText.field(c, "name");
            if (name != null) {
                String start = new String(bytes, c.getStartByte(), Math.min(16, bytes.length - c.getStartByte()),
                        StandardCharsets.ISO_8859_1);
                boolean ifndef = start.replaceAll("\\s", "").startsWith("#ifndef");
                return (ifndef ? "!" : "") + text(name);
            }
            TSNode cond = CNodeText.field(c, "condition");
            return cond == null ? "?" : CNodeText.oneLine(text(cond));
        }

        void macro(TSNode m, List<String> arms) {
            TSNode name = CNodeText.field(m, "name");
            if (name == null) {
                return;
            }
            Set<String> marks = new LinkedHashSet<>(arms);
            marks.add("macro");
            if (header) {
                marks.add("header");
            }
            TSNode params = CNodeText.field(m, "parameters");
            String sig = "#define " + text(name) + CNodeText.oneLine(text(params));
            functions.add(new SourceFunction(text(name), text(name), file, CNodeText.line(m),
                    m.getEndPoint().getRow() + 1, sig, List.of(), marks));
        }

        void function(TSNode f, List<String> arms) {
            TSNode body = CNodeText.field(f, "body");
            TSNode decl = CNodeText.field(f, "declarator");
            TSNode fd = functionDeclarator(decl);
            if (body == null || fd == null) {
                return;
            }
            TSNode nameNode = CNodeText.field(fd, "declarator");
            while (nameNode != null && !nameNode.getType().equals("identifier")) {
                TSNode inner = CNodeText.field(nameNode, "declarator");
                nameNode = inner;
            }
            if (nameNode == null) {
                return;
            }
            String name = text(nameNode);
            Set<String> marks = new LinkedHashSet<>(arms);
            String head = new String(bytes, f.getStartByte(), body.getStartByte() - f.getStartByte(), StandardCharsets.UTF_8);
            if (head.matches("(?s).*\\bstatic\\b.*")) {
                marks.add("static");
            }
            if (head.matches("(?s).*\\b(?:__always_inline|inline|__inline__|__inline)\\b.*")) {
                marks.add("inline");
            }
            if (header) {
                marks.add("header");
            }
            List<SourceNode> nodes = new ArrayList<>();
            this.body.block(body, nodes);
            functions.add(new SourceFunction(name, name, file, CNodeText.line(f), f.getEndPoint().getRow() + 1, CNodeText.oneLine(head),
                    nodes, marks));
        }

        static TSNode functionDeclarator(TSNode d) {
            while (d != null) {
                if (d.getType().equals("function_declarator")) {
                    // `int (*f(void))(int)`: the outermost function declarator whose own declarator names it
                    TSNode inner = CNodeText.field(d, "declarator");
                    if (inner != null && inner.getType().equals("identifier")) {
                        return d;
                    }
                    TSNode deeper = functionDeclarator(inner);
                    return deeper != null ? deeper : d;
                }
                d = CNodeText.field(d, "declarator");
            }
            return null;
        }
    }
}
