package org.tracenotes.cli.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Connects a {@link TracenotesServer} to a client over a pair of streams (stdio, or pipes in tests).
 * What the client is told about a failure is a message, never a stack trace: LSP4J's own exception
 * handler would send the stack trace as the error's data, so this one replaces it.
 */
public final class ServerLauncher {

    /** LSP4J's loggers, kept so that their one-line handler is not collected with them. */
    private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

    private ServerLauncher() {
    }

    /** A launcher of {@code server} on {@code in} and {@code out}; call {@code startListening()} on it. */
    public static Launcher<LanguageClient> create(TracenotesServer server, InputStream in, OutputStream out) {
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tracenotes-lsp");
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(threads)
                .setExceptionHandler(ServerLauncher::error)
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /**
     * The error a failed request answers with: a refusal's own, method-not-found for a request the server
     * does not offer, or one line for anything else.
     */
    static ResponseError error(Throwable thrown) {
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ResponseErrorException r) {
                return r.getResponseError();
            }
        }
        Throwable root = thrown;
        while ((root instanceof CompletionException || root instanceof ExecutionException
                || root instanceof InvocationTargetException) && root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof UnsupportedOperationException) {
            // a request of the protocol the server does not offer (its capabilities say so): LSP4J's default
            // methods throw this; a client is told the method is not there, not that the server broke
            return new ResponseError(ResponseErrorCode.MethodNotFound, "tracenotes: this request is not supported"
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()), null);
        }
        return new ResponseError(ResponseErrorCode.InternalError, "tracenotes: internal error: " + root, null);
    }

    /**
     * Sends LSP4J's log records to {@code err} one line each (its message and the exception's), so that
     * nothing it logs is a stack trace and nothing reaches standard output, which carries the protocol.
     */
    public static void logTo(PrintStream err) {
        LSP4J.setUseParentHandlers(false);
        for (Handler h : LSP4J.getHandlers()) {
            LSP4J.removeHandler(h);
        }
        LSP4J.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (isLoggable(r)) {
                    err.println("tracenotes lsp: " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": "
                            + r.getMessage() + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")"));
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        });
        LSP4J.setLevel(Level.WARNING);
    }

}
