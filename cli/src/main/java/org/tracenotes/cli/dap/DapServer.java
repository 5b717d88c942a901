package org.tracenotes.cli.dap;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.eclipse.lsp4j.debug.launch.DSPLauncher;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;

/**
 * Serves the debug adapter over a pair of streams (standard input and output for {@code tracenotes dap}).
 *
 * <p>A request that moves the run must be answered before the run's {@code stopped} event is sent.
 * LSP4J handles each incoming message on its reader thread and writes the answer of a request whose
 * future is already complete before it returns; so the incoming consumer is wrapped, and what a
 * handler asks to run {@link #afterResponse after its response} runs once the message is handled.
 */
public final class DapServer {

    private static final ThreadLocal<List<Runnable>> AFTER = new ThreadLocal<>();

    private DapServer() {
    }

    /**
     * Runs {@code r} once the request being handled on this thread has been answered; at once when
     * not called while a request is handled.
     */
    static void afterResponse(Runnable r) {
        List<Runnable> after = AFTER.get();
        if (after == null) {
            r.run();
        } else {
            after.add(r);
        }
    }

    /** A launcher for {@code adapter} over these streams, connected to it; call {@code startListening()} on it. */
    public static Launcher<IDebugProtocolClient> launcher(TracenotesDebugAdapter adapter, InputStream in, OutputStream out) {
        ExecutorService io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tracenotes-dap-io");
            t.setDaemon(true);
            return t;
        });
        Function<MessageConsumer, MessageConsumer> wrapper = consumer -> consumer instanceof RemoteEndpoint
                ? message -> {
                    List<Runnable> after = new ArrayList<>();
                    AFTER.set(after);
                    try {
                        consumer.consume(message);
                    } finally {
                        AFTER.remove();
                    }
                    after.forEach(Runnable::run);
                }
                : consumer;
        Launcher<IDebugProtocolClient> launcher = DSPLauncher.createServerLauncher(adapter, in, out, io, wrapper);
        adapter.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /** Serves one debug session on these streams until the client disconnects or closes them. */
    public static void serve(InputStream in, OutputStream out) {
        TracenotesDebugAdapter adapter = new TracenotesDebugAdapter();
        Launcher<IDebugProtocolClient> launcher = launcher(adapter, in, out);
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (Exception e) {
                // the input closed or broke: the session is over either way
            }
        });
        CompletableFuture.anyOf(adapter.done(), closed).join();
    }
}
