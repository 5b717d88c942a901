package org.tracenotes.grammar;

import java.util.Set;

/**
 * Fence info strings naming a language whose lines are not C and whose indentation means something of
 * its own, or that are listings of something else (a diff, assembly, a config, a debugger session): such
 * a fence stays a listing whatever its indentation looks like. Any other info string (a C dialect, or a
 * name of the author's own such as {@code start_kernel_calls}) lets the fence's content decide.
 */
final class FenceLanguages {

    private static final Set<String> LISTINGS = Set.of("diff", "patch", "asm", "s", "nasm", "gas", "armasm",
            "makefile", "make", "cmake", "json", "yaml", "yml", "toml", "ini", "xml", "html", "css", "py", "python",
            "lua", "go", "rust", "rs", "java", "js", "javascript", "ts", "typescript", "rst", "md", "markdown",
            "dot", "gdb", "console", "log", "dts", "kconfig", "ruby", "rb", "perl", "pl", "sql", "awk", "lisp",
            "elisp", "haskell", "ocaml", "scala", "kotlin", "swift", "php", "mermaid", "plantuml", "latex", "tex",
            "csv", "proto", "graphql", "vim", "powershell", "ps1", "bat", "nix", "zig", "verilog", "vhdl");

    private FenceLanguages() {
    }

    /** Whether {@code info} (lower case, its first word) names a language or listing that keeps a fence a listing. */
    static boolean indentMatters(String info) {
        return LISTINGS.contains(info);
    }

    /** Info strings of a tool's output or a session's transcript, whose lines are no one's notation. */
    private static final Set<String> TOOL_OUTPUTS = Set.of("console", "log", "shell", "output");

    /** Whether {@code info} (lower case, its first word) names a tool's output: markers there are the tool's. */
    static boolean isToolOutput(String info) {
        return TOOL_OUTPUTS.contains(info);
    }
}
