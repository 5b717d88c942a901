package org.tracenotes.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.tracenotes.cli.lsp.ServerLauncher;
import org.tracenotes.cli.lsp.TracenotesServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tracenotes lsp}: the language server, on standard input and output. */
@Command(name = "lsp",
        mixinStandardHelpOptions = true,
        description = {"Run the Tracenotes language server on standard input and output.",
                "It speaks the Language Server Protocol 3.17, for Neovim, VS Code, Emacs (eglot) or any LSP client; "
                        + "standard error carries its log. It serves the notes the client opens and knows the notes of "
                        + "the client's workspace folders (read as `tracenotes lint` reads them).",
                "",
                "Features:",
                "  diagnostics     `tracenotes lint`'s findings (the folder's .tracenotes.yaml",
                "                  applies): on open; after a change, a pause as long as the",
                "                  note's recent lints (10 to 200 ms); on save;",
                "                  code = the rule id, source = tracenotes",
                "  code actions    a finding's safe fix: `=> else` to `-> else`, `=` to `==` in a",
                "                  condition, a misspelt call to the name lint suggests, fmt's",
                "                  trailing-blank and snapped-indentation fixes",
                "  outline         traced functions, inline expansions, calls, branches",
                "  folding         each traced function and each step with a body",
                "  semantic tokens arrows (operator), keywords, functions, comments, annotations",
                "                  (decorator), skipped-code comments (comment + skipped)",
                "  hover           what a function is: traced where, expanded inline, its Linux",
                "                  6.6 reference trace, a page-model primitive, or unknown",
                "  definition      a root in this or another note, an inline expansion, the",
                "                  heading that declares it, the model's reference trace (a",
                "                  read-only file the server writes)",
                "  references      every call of the function in the notes",
                "  workspace symbols  functions traced or declared in the workspace's notes",
                "  code lenses     \"Run scenario \u25b8 NAME\" on each traced function's root line,",
                "                  one per @scenario of the note (lru-anon when it has none)",
                "  inlay hints     the values the last run assigned and returned, line by line",
                "",
                "Commands (workspace/executeCommand):",
                "  tracenotes.run [URI, TRACE, SCENARIO, GIVEN]",
                "                  runs a trace on a scenario (null: as `tracenotes run` without",
                "                  the option); returns the outcome and each line's values, which",
                "                  the inlay hints then show",
                "  tracenotes.clearRun [URI]",
                "                  removes the last run's values"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the client sent shutdown, then exit", "1:the client sent exit without shutdown, or closed the input"})
final class LspCommand implements Callable<Integer> {

    @Option(names = "--stdio", description = "Talk over standard input and output (the default and only transport;"
            + " accepted because clients pass it).")
    boolean stdio;

    @Override
    public Integer call() throws Exception {
        InputStream in = System.in;
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        PrintStream err = System.err;
        // standard output carries the protocol: anything else printed goes to standard error
        System.setOut(err);
        ServerLauncher.logTo(err);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        TracenotesServer server = new TracenotesServer(Version.number(), exit::complete);
        Launcher<LanguageClient> launcher = ServerLauncher.create(server, in, out);
        Future<Void> listening = launcher.startListening();
        CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (Exception e) {
                // the input failed: as if it closed
            }
            exit.complete(1);
        });
        return exit.get();
    }
}
