package org.tracenotes.cli.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.FunctionDef;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.TextRunReport;
import org.tracenotes.core.run.TraceRunner;

/** The {@code workspace/*} methods: symbols over the workspace's notes, the run command, folder and file changes. */
final class NoteWorkspaceService implements WorkspaceService {

    /** At most this many symbols answer one query. */
    static final int MAX_SYMBOLS = 2_000;

    private final TracenotesServer server;
    private final NoteDocuments documents;

    NoteWorkspaceService(TracenotesServer server) {
        this.server = server;
        this.documents = server.documents;
    }

    // ------------------------------------------------------------------ symbols

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return server.answer("workspace/symbol", params, () -> {
            String query = params.getQuery() == null ? "" : params.getQuery();
            List<WorkspaceSymbol> out = new ArrayList<>();
            for (Note n : documents.notes()) {
                for (FunctionDef f : n.functions()) {
                    if (out.size() >= MAX_SYMBOLS || !matches(query, f.name())) {
                        continue;
                    }
                    Location l = server.getTextDocumentService().location(n.source(), f.range());
                    if (l != null) {
                        out.add(new WorkspaceSymbol(f.name(), f.origin() == FunctionDef.Origin.DECLARED
                                ? SymbolKind.Interface : SymbolKind.Function, Either.forLeft(l), container(f, n)));
                    }
                }
            }
            return Either.forRight(out);
        });
    }

    /** A query matches a name whose letters it has in order, case ignored ({@code gap} matches {@code get_any_page}). */
    static boolean matches(String query, String name) {
        String q = query.toLowerCase(Locale.ROOT);
        String s = name.toLowerCase(Locale.ROOT);
        int at = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            at = s.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static String container(FunctionDef f, Note n) {
        String file = Path.of(n.source()).getFileName() == null ? n.source() : Path.of(n.source()).getFileName().toString();
        return switch (f.origin()) {
            case ROOT -> "traced in " + file;
            case INLINE -> "traced inline in " + file;
            case DECLARED -> "declared in " + file;
        };
    }

    // ------------------------------------------------------------------ commands

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        String command = params == null || params.getCommand() == null ? "" : params.getCommand();
        return server.answer("workspace/executeCommand " + command, params, () -> switch (command) {
            case TracenotesServer.RUN_COMMAND -> run(params.getArguments() == null ? List.of() : params.getArguments());
            case TracenotesServer.CLEAR_RUN_COMMAND -> clearRun(params.getArguments() == null ? List.of() : params.getArguments());
            default -> throw Lsp.invalidParams("unknown command `" + command + "`; the server's commands: "
                    + TracenotesServer.RUN_COMMAND + ", " + TracenotesServer.CLEAR_RUN_COMMAND);
        });
    }

    private static final String RUN_USAGE = TracenotesServer.RUN_COMMAND
            + " takes [note URI, trace (null: the note's first), scenario (null: given keys alone), given keys (optional: \"lru, refcount=1\")]";

    /** The argument at {@code i} as a string: null when absent or JSON null; anything else not a string is refused. */
    private static String arg(List<Object> args, int i, String usage) {
        if (i >= args.size() || args.get(i) == null || args.get(i) instanceof JsonNull) {
            return null;
        }
        Object a = args.get(i);
        if (a instanceof String s) {
            return s;
        }
        if (a instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString();
        }
        throw Lsp.invalidParams("argument " + (i + 1) + " is " + (a instanceof JsonElement e ? e.toString() : a)
                + ", not a string; " + usage);
    }

    /**
     * Runs a trace of a note on a scenario with core's {@link TraceRunner}, keeps each line's values for
     * the document's inlay hints, and returns the run: trace, scenario, outcome, summary rows and values.
     */
    private Object run(List<Object> args) {
        if (args.isEmpty() || args.size() > 4) {
            throw Lsp.invalidParams(RUN_USAGE + "; got " + args.size() + " arguments");
        }
        String uri = arg(args, 0, RUN_USAGE);
        if (uri == null) {
            throw Lsp.invalidParams(RUN_USAGE + "; the note URI is missing");
        }
        String trace = arg(args, 1, RUN_USAGE);
        String scenario = arg(args, 2, RUN_USAGE);
        String given = arg(args, 3, RUN_USAGE);
        if (TraceRunner.ALL_SCENARIOS.equals(scenario)) {
            throw Lsp.invalidParams(TracenotesServer.RUN_COMMAND + " runs one scenario; `tracenotes run --scenario all` runs every one");
        }
        NoteDocuments.Doc d = documents.require(uri);
        List<String> keys = given == null ? List.of() : java.util.Arrays.stream(given.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        TraceRunner.Response response = TraceRunner.run(d.note(), documents.notes(), ReferenceTraces.softOffline66(),
                new TraceRunner.Request(trace, scenario, keys, Map.of(), d.reference, RunOptions.defaults()));
        if (response instanceof TraceRunner.Invalid invalid) {
            throw Lsp.invalidParams(invalid.message());
        }
        TraceRunner.Run run = ((TraceRunner.Runs) response).runs().get(0);
        LineCoverage coverage = LineCoverage.of(run.result(), run.events());
        if (documents.get(uri) == d) {
            server.runs.put(uri, new TracenotesServer.LastRun(d, coverage));
        }
        server.refreshInlayHints();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uri", uri);
        out.put("trace", run.result().trace());
        out.put("scenario", run.result().scenario());
        List<TextRunReport.SummaryRow> summary = TextRunReport.summary(run.result());
        out.put("outcome", summary.get(0).value());
        out.put("summary", summary.stream().map(r -> List.of(r.label(), r.value())).toList());
        List<Map<String, Object>> values = new ArrayList<>();
        coverage.values().forEach((line, texts) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("line", line - 1);
            v.put("label", String.join("   ", texts));
            values.add(v);
        });
        out.put("values", values);
        server.client().showMessage(new MessageParams(MessageType.Info, "tracenotes: " + run.result().trace() + " · "
                + run.result().scenario() + ": " + summary.get(0).value()));
        return out;
    }

    private Object clearRun(List<Object> args) {
        String usage = TracenotesServer.CLEAR_RUN_COMMAND + " takes [note URI]";
        String uri = arg(args, 0, usage);
        if (uri == null || args.size() != 1) {
            throw Lsp.invalidParams(usage);
        }
        boolean had = server.runs.remove(uri) != null;
        server.refreshInlayHints();
        return had;
    }

    // ------------------------------------------------------------------ changes

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // settings live in .tracenotes.yaml files, read as lint reads them; a client's settings are not used
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        server.handle("workspace/didChangeWatchedFiles", params, () -> {
            documents.rescan();
            server.lintAll(TracenotesServer.DEBOUNCE_MS);
        });
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        server.handle("workspace/didChangeWorkspaceFolders", params, () -> {
            var event = params.getEvent();
            documents.addRoots(paths(event == null ? null : event.getAdded()), paths(event == null ? null : event.getRemoved()));
            server.lintAll(0);
        });
    }

    private static List<Path> paths(List<WorkspaceFolder> folders) {
        List<Path> out = new ArrayList<>();
        if (folders != null) {
            for (WorkspaceFolder f : folders) {
                Path p = f.getUri() == null ? null : NoteDocuments.pathOf(f.getUri());
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
