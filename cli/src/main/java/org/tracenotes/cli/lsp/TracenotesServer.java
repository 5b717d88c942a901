package org.tracenotes.cli.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.ide.Navigation;
import org.tracenotes.core.ide.NavigationCache;

/**
 * {@code tracenotes lsp}: the Language Server Protocol over core's editor services, as the Eclipse
 * plugin adapts the same services. Requests are answered on the protocol's message thread, in the order
 * they come; lint runs on a background thread, after a pause from the last change that
 * {@link LintDebounce} sets from how long the document's lints take.
 */
public final class TracenotesServer implements LanguageServer, LanguageClientAware {

    /** The longest pause between the last change and a lint, and the pause before a document's first lint is timed. */
    static final long DEBOUNCE_MS = LintDebounce.MAX_MS;
    /** The command a code lens runs: arguments note URI, trace, scenario. */
    static final String RUN_COMMAND = "tracenotes.run";
    /** Removes a document's run values: argument note URI. */
    static final String CLEAR_RUN_COMMAND = "tracenotes.clearRun";

    /** A document's last run: the text it ran on, and what each line did. */
    record LastRun(NoteDocuments.Doc doc, LineCoverage coverage) { }


    private final String version;
    private final IntConsumer onExit;
    final NoteDocuments documents;
    private final NoteTextService text;
    private final NoteWorkspaceService workspace;
    final LintDebounce debounce;
    /** Lints the open documents and publishes their findings. */
    final DocumentLinter linter;
    final Map<String, LastRun> runs = new ConcurrentHashMap<>();
    private final NavigationCache navigation = new NavigationCache();
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private volatile LanguageClient client;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private volatile boolean initialized;
    private volatile boolean shutdown;

    /**
     * @param version the version {@code initialize} reports
     * @param onExit  called with the exit code when the client sends {@code exit}: 0 after {@code shutdown}, else 1
     */
    public TracenotesServer(String version, IntConsumer onExit) {
        this(version, onExit, LintDebounce.fromSystemProperty());
    }

    /**
     * A server that lints a changed document {@code debounceMs} after the last change, always: for
     * measuring and tests. A negative {@code debounceMs} is the adaptive pause {@code tracenotes lsp} uses.
     */
    public TracenotesServer(String version, IntConsumer onExit, long debounceMs) {
        this(version, onExit, new LintDebounce(debounceMs));
    }

    private TracenotesServer(String version, IntConsumer onExit, LintDebounce debounce) {
        this.version = version;
        this.onExit = onExit;
        this.debounce = debounce;
        this.documents = new NoteDocuments(this::warnOnce);
        this.linter = new DocumentLinter(documents, debounce, () -> client, this::warnOnce, this::log);
        this.text = new NoteTextService(this);
        this.workspace = new NoteWorkspaceService(this);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    LanguageClient client() {
        return client;
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return answer("initialize", params, () -> {
            if (params.getCapabilities() != null) {
                capabilities = params.getCapabilities();
            }
            documents.setRoots(roots(params));
            initialized = true;
            return new InitializeResult(serverCapabilities(), new ServerInfo("tracenotes", version));
        });
    }

    @SuppressWarnings("deprecation")   // rootUri and rootPath: older clients send only these
    private static List<Path> roots(InitializeParams params) {
        List<Path> out = new ArrayList<>();
        if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                Path p = f.getUri() == null ? null : NoteDocuments.pathOf(f.getUri());
                if (p != null) {
                    out.add(p);
                }
            }
        } else if (params.getRootUri() != null && NoteDocuments.pathOf(params.getRootUri()) != null) {
            out.add(NoteDocuments.pathOf(params.getRootUri()));
        } else if (params.getRootPath() != null && !params.getRootPath().isBlank()) {
            out.add(Path.of(params.getRootPath()));
        }
        return out;
    }

    static ServerCapabilities serverCapabilities() {
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        c.setDocumentSymbolProvider(true);
        c.setFoldingRangeProvider(true);
        c.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(Lsp.legend(), true, false));
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setWorkspaceSymbolProvider(true);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        c.setCodeLensProvider(new CodeLensOptions(false));
        c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(RUN_COMMAND, CLEAR_RUN_COMMAND)));
        c.setInlayHintProvider(true);
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        WorkspaceServerCapabilities ws = new WorkspaceServerCapabilities(folders);
        c.setWorkspace(ws);
        return c;
    }

    @Override
    public void initialized(InitializedParams params) {
        // read the workspace's notes now, so that the first lint does not wait for them
        linter.inBackground(() -> {
            try {
                documents.notes();
            } catch (RuntimeException e) {
                log(MessageType.Error, "reading the workspace's notes: " + e);
            }
        });
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        linter.shutdownNow();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        linter.shutdownNow();
        onExit.accept(shutdown ? 0 : 1);
    }

    @Override
    public void cancelProgress(org.eclipse.lsp4j.WorkDoneProgressCancelParams params) {
        // the server reports no progress, so there is none to cancel (LSP4J's default throws)
    }

    @Override
    public NoteTextService getTextDocumentService() {
        return text;
    }

    @Override
    public NoteWorkspaceService getWorkspaceService() {
        return workspace;
    }

    // ------------------------------------------------------------------ answers and errors

    /**
     * Answers a request with {@code work}'s value. A request core refuses is an LSP error with core's
     * message; anything else thrown is an internal error with one line, logged, never a stack trace.
     */
    <T> CompletableFuture<T> answer(String method, Supplier<T> work) {
        if (!initialized && !method.equals("initialize")) {
            return CompletableFuture.failedFuture(Lsp.error(ResponseErrorCode.ServerNotInitialized,
                    "tracenotes: " + method + " before initialize"));
        }
        if (shutdown && !method.equals("initialize")) {
            return CompletableFuture.failedFuture(Lsp.error(ResponseErrorCode.InvalidRequest,
                    "tracenotes: the server is shut down; " + method + " is not answered"));
        }
        try {
            return CompletableFuture.completedFuture(work.get());
        } catch (ResponseErrorException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException | StackOverflowError e) {
            log(MessageType.Error, "internal error in " + method + ": " + e);
            return CompletableFuture.failedFuture(Lsp.error(ResponseErrorCode.InternalError,
                    "tracenotes: internal error in " + method + ": " + e + " (a bug: please report it with the note)"));
        }
    }

    /** Answers a request that must have parameters: without them it is invalid, not an internal error. */
    <T> CompletableFuture<T> answer(String method, Object params, Supplier<T> work) {
        return answer(method, () -> {
            if (params == null) {
                throw Lsp.invalidParams(method + " without parameters");
            }
            return work.get();
        });
    }

    /** Handles a notification that must have parameters: without them it is logged and dropped. */
    void handle(String method, Object params, Runnable work) {
        handle(method, () -> {
            if (params == null) {
                throw Lsp.invalidParams(method + " without parameters");
            }
            work.run();
        });
    }

    /** Handles a notification; what goes wrong is logged to the client in one line. */
    void handle(String method, Runnable work) {
        if (!initialized) {
            return;   // notifications before initialize are dropped, as the protocol says
        }
        try {
            work.run();
        } catch (ResponseErrorException e) {
            log(MessageType.Warning, method + ": " + e.getResponseError().getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            log(MessageType.Error, "internal error in " + method + ": " + e);
        }
    }

    void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, "tracenotes: " + message));
        }
    }

    private void warnOnce(String message) {
        if (told.add(message)) {
            LanguageClient c = client;
            if (c != null) {
                c.showMessage(new MessageParams(MessageType.Warning, "tracenotes: " + message));
            }
        }
    }

    // ------------------------------------------------------------------ lint

    /** Lints the document {@code delayMs} from now, replacing a lint not started yet. */
    void scheduleLint(String uri, long delayMs) {
        linter.schedule(uri, delayMs);
    }

    /** Lints every open document: a saved note changes what the others know. */
    void lintAll(long delayMs) {
        linter.all(delayMs);
    }

    /** Clears a closed document's diagnostics and run values, after any lint of it already queued. */
    void forget(String uri) {
        runs.remove(uri);
        linter.forget(uri);
    }

    /** The pause, in ms, between a change of {@code uri} and its lint, as things stand (for measuring). */
    public long lintPauseMs(String uri) {
        return debounce.delayMs(uri);
    }

    /** Lints a changed document after the pause its recent lints call for. */
    void scheduleLintAfterChange(String uri) {
        linter.afterChange(uri);
    }

    /** Lints the document now, on the calling thread (the scheduled lints call it; so do the fuzz tests). */
    void lintNow(String uri) {
        linter.lintNow(uri);
    }

    // ------------------------------------------------------------------ shared by the services

    /** Navigation in {@code doc} over every note the server knows; kept while neither changes. */
    Navigation navigation(NoteDocuments.Doc doc) {
        return navigation.of(doc, doc.note(), documents.notes());
    }

    /** Asks the client to ask again for inlay hints, when it can be asked. */
    void refreshInlayHints() {
        LanguageClient c = client;
        ClientCapabilities caps = capabilities;
        if (c != null && caps.getWorkspace() != null && caps.getWorkspace().getInlayHint() != null
                && Boolean.TRUE.equals(caps.getWorkspace().getInlayHint().getRefreshSupport())) {
            c.refreshInlayHints();
        }
    }
}
