package org.tracenotes.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHintWorkspaceCapabilities;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A client of an in-process {@link TracenotesServer}, talking JSON-RPC through piped streams as an
 * editor talks to {@code tracenotes lsp} over stdio: every request and notification is serialized.
 */
final class LspClient implements LanguageClient, AutoCloseable {

    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> logged = new LinkedBlockingQueue<>();
    final BlockingQueue<String> refreshes = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    final LanguageServer server;
    /** The server itself, for what the protocol does not show (its lint pause). */
    final TracenotesServer impl;
    private final PipedOutputStream toServer;

    LspClient() {
        this(-1);
    }

    /** @param debounceMs the server's fixed pause before a lint after a change, or -1 for its adaptive pause */
    LspClient(long debounceMs) {
        try {
            PipedInputStream serverIn = new PipedInputStream(1 << 16);
            toServer = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 16);
            PipedOutputStream toClient = new PipedOutputStream(clientIn);
            impl = new TracenotesServer("test", exitCode::complete, debounceMs);
            ServerLauncher.create(impl, serverIn, toClient).startListening();
            Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(this, clientIn, toServer);
            client.startListening();
            server = client.getRemoteProxy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Initializes with {@code folder} as the one workspace folder, inlay-hint refresh supported. */
    LspClient initialize(Path folder) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        if (folder != null) {
            p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString())));
        }
        ClientCapabilities caps = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setInlayHint(new InlayHintWorkspaceCapabilities(true));
        caps.setWorkspace(ws);
        p.setCapabilities(caps);
        server.initialize(p).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return this;
    }

    /** Opens the file as the client would: its URI and its text. */
    String open(Path file) throws IOException {
        String uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1,
                Files.readString(file, StandardCharsets.UTF_8))));
        return uri;
    }

    /** The next diagnostics published for {@code uri} (others are dropped). */
    PublishDiagnosticsParams nextDiagnostics(String uri) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            PublishDiagnosticsParams p = diagnostics.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (p != null && p.getUri().equals(uri)) {
                return p;
            }
        }
        assertNotNull(null, "no diagnostics for " + uri + " within 60 s");
        return null;
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
        shown.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        logged.add(params);
    }

    @Override
    public CompletableFuture<Void> refreshInlayHints() {
        refreshes.add("inlayHint");
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() throws IOException {
        toServer.close();
    }
}
