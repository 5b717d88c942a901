package org.tracenotes.grammar;

import java.util.Set;

/**
 * Fence info strings naming a language whose lines are not C and whose indentation means something of
 * its own, or that are listings of something else (a diff, assembly, a config, a debugger session): such
 * a fence stays a listing whatever its indentation looks like. Any other info string (a C dialect, or a
 * name of the author's own such as {@code start_kernel_calls}) lets the fence's content decide
 * ({@link #infoAllows}, of the info string's first word, {@link #infoWord}).
 */
final class FenceLanguages {

    private static final Set<String> LISTINGS = Set.of("diff", "patch", "asm", "s", "nasm", "gas", "armasm",
            "makefile", "make", "cmake", "json", "yaml", "yml", "toml", "ini", "xml", "html", "css", "py", "python",
            "lua", "go", "rust", "rs", "java", "js", "javascript", "ts", "typescript", "rst", "md", "markdown",
            "dot", "gdb", "console", "log", "dts", "kconfig", "ruby", "rb", "perl", "pl", "sql", "awk", "lisp",
            "elisp", "haskell", "ocaml", "scala", "kotlin", "swift", "php", "mermaid", "plantuml", "latex", "tex",
            "csv", "proto", "graphql", "vim", "powershell", "ps1", "bat", "nix", "zig", "verilog", "vhdl");

    /**
     * Info strings of languages whose indentation is syntax of their own (a YAML scalar goes on over deeper
     * lines, Python and Make nest by it, a diff's first column is its marker): a tree there is read by its
     * box edges only, never by its indentation.
     */
    private static final Set<String> OWN_INDENTATION = Set.of("python", "py", "pycon", "yaml", "yml",
            "makefile", "make", "mk", "diff", "patch", "md", "markdown", "rst", "haskell", "hs", "nim", "coffee",
            "sass", "pug", "fsharp");

    private FenceLanguages() {
    }

    /** Whether {@code info} (lower case, its first word) names a language or listing that keeps a fence a listing. */
    static boolean indentMatters(String info) {
        return LISTINGS.contains(info);
    }

    /** Whether {@code info} (lower case, its first word) names a language whose indentation is syntax of its own. */
    static boolean ownIndentation(String info) {
        return OWN_INDENTATION.contains(info);
    }

    /**
     * Whether {@code info} (lower case, its first word) names a language whose {@code - } lines are its own
     * syntax (a diff's removed line, a YAML sequence's item, Python's or Haskell's minus): every language
     * whose indentation is its own ({@link #ownIndentation}) but Markdown, whose list items are the author's.
     */
    static boolean ownDashLines(String info) {
        return ownIndentation(info) && !info.equals("md") && !info.equals("markdown");
    }

    /** Info strings of a tool's output or a session's transcript, whose lines are no one's notation. */
    private static final Set<String> TOOL_OUTPUTS = Set.of("console", "log", "shell", "output");

    /** Whether {@code info} (lower case, its first word) names a tool's output: markers there are the tool's. */
    static boolean isToolOutput(String info) {
        return TOOL_OUTPUTS.contains(info);
    }

    /** A fence info string's first word (code points [from, to)), lower case, at most 16 chars; "" when none. */
    static String infoWord(int[] t, int from, int to) {
        int p = LineScan.stripStart(t, from, to);
        int q = p;
        while (q < to && t[q] != ' ' && t[q] != '\t' && t[q] != '{' && t[q] != ',' && t[q] != '%') {   // `c%}`: a Liquid tag's end
            q++;
        }
        StringBuilder info = new StringBuilder(q - p);
        for (int k = p; k < q && info.length() < 16; k++) {
            info.appendCodePoint(Character.toLowerCase(t[k]));
        }
        return info.toString();
    }

    /**
     * Whether a fence's info string (code points [from, to), after the fence marker) lets its content
     * decide: none, or C and plain text and shell; a language whose indentation means something of its
     * own (Python, YAML, JSON, Make, a diff …) keeps the fence a listing.
     */
    static boolean infoAllows(int[] t, int from, int to) {
        String info = infoWord(t, from, to);
        if (loose(info)) {
            return true;
        }
        return switch (info) {
            case "c", "cpp", "c++" -> true;
            default -> ownName(info) && !indentMatters(info);   // `boot_calls`
        };
    }

    /** Whether a fence's info string (code points [from, to)) names no language of code: none, a shell's, plain text. */
    static boolean looseInfo(int[] t, int from, int to) {
        return loose(infoWord(t, from, to));
    }

    private static boolean loose(String info) {
        return switch (info) {
            case "", "text", "txt", "plain", "plaintext", "shell", "sh", "bash", "none" -> true;
            default -> false;
        };
    }

    /**
     * Whether an info string no list knows reads as a name of the author's own for a call tree
     * ({@code start_kernel_calls}, {@code call-flow}, {@code trace}): other unknown strings ({@code jsonc},
     * {@code output}, {@code pycon}) are some tool's language or output, and stay listings.
     */
    private static boolean ownName(CharSequence info) {
        String s = info.toString();
        return s.indexOf('_') >= 0 || s.contains("call") || s.contains("trace") || s.contains("stack")
                || s.contains("flow");
    }
}
