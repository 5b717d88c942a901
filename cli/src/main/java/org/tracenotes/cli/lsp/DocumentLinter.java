package org.tracenotes.cli.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.tracenotes.core.ide.EditorLintOptions;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;

/**
 * Lint of the open documents, on a background thread: a lint is scheduled after a pause (replacing one
 * not started yet), runs on the document's text of the moment, and its findings are published to the
 * client unless the document changed meanwhile. The pause after a change is the {@link LintDebounce}'s.
 */
final class DocumentLinter {

    /** The findings last published for a document, on the text they were computed from. */
    record Findings(NoteDocuments.Doc doc, List<Diagnostic> findings) { }

    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tracenotes-lint");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Map<String, Findings> published = new ConcurrentHashMap<>();
    private final NoteDocuments documents;
    private final LintDebounce debounce;
    private final Supplier<LanguageClient> client;
    private final Consumer<String> warnOnce;
    private final BiConsumer<MessageType, String> log;

    /**
     * Lints {@code documents}, publishing to {@code client}; lint's problems and warnings about configs
     * go to {@code warnOnce}, what goes wrong to {@code log}.
     */
    DocumentLinter(NoteDocuments documents, LintDebounce debounce, Supplier<LanguageClient> client,
                   Consumer<String> warnOnce, BiConsumer<MessageType, String> log) {
        this.documents = documents;
        this.debounce = debounce;
        this.client = client;
        this.warnOnce = warnOnce;
        this.log = log;
    }

    /** The findings last published for {@code uri}, or null. */
    Findings published(String uri) {
        return published.get(uri);
    }

    /** Runs {@code work} on the background thread, unless it is shut down. */
    void inBackground(Runnable work) {
        background.execute(work);
    }

    /** Stops the background thread, dropping what is queued. */
    void shutdownNow() {
        background.shutdownNow();
    }

    /** Lints the document {@code delayMs} from now, replacing a lint not started yet. */
    void schedule(String uri, long delayMs) {
        if (background.isShutdown()) {
            return;
        }
        pending.compute(uri, (u, before) -> {
            if (before != null) {
                before.cancel(false);
            }
            return background.schedule(() -> lintNow(u), delayMs, TimeUnit.MILLISECONDS);
        });
    }

    /** Lints every open document {@code delayMs} from now. */
    void all(long delayMs) {
        for (NoteDocuments.Doc d : documents.openDocs()) {
            schedule(d.uri, delayMs);
        }
    }

    /** Lints a changed document after the pause its recent lints call for. */
    void afterChange(String uri) {
        schedule(uri, debounce.delayMs(uri));
    }

    /** Forgets a closed document and clears its diagnostics, after any lint of it already queued. */
    void forget(String uri) {
        ScheduledFuture<?> before = pending.remove(uri);
        if (before != null) {
            before.cancel(false);
        }
        published.remove(uri);
        debounce.forget(uri);
        if (!background.isShutdown()) {
            background.execute(() -> publish(uri, List.of(), null));
        }
    }

    /** Lints the document now, on the calling thread. */
    void lintNow(String uri) {
        long start = System.nanoTime();
        try {
            NoteDocuments.Doc d = documents.get(uri);
            if (d == null) {
                return;
            }
            if (d.reference) {
                publish(uri, List.of(), d.version);
                return;
            }
            LintSession.Result r = LintSession.lint(d.note(), d.path, documents.notes(), EditorLintOptions.forNote(d.path));
            r.problems().forEach(warnOnce);
            r.warnings().forEach(warnOnce);
            List<Diagnostic> findings = r.files().get(0).findings();
            NoteDocuments.Doc now = documents.get(uri);
            if (now != d) {
                return;   // changed or closed meanwhile: a newer lint is scheduled, or none is wanted
            }
            published.put(uri, new Findings(d, findings));
            publish(uri, findings.stream().map(f -> Lsp.diagnostic(d.lines(), f)).toList(), d.version);
            debounce.took(uri, System.nanoTime() - start);
        } catch (RuntimeException | StackOverflowError e) {
            log.accept(MessageType.Error, "internal error linting " + uri + ": " + e);
        }
    }

    private void publish(String uri, List<org.eclipse.lsp4j.Diagnostic> diagnostics, Integer docVersion) {
        LanguageClient c = client.get();
        if (c != null) {
            PublishDiagnosticsParams p = new PublishDiagnosticsParams(uri, diagnostics);
            p.setVersion(docVersion);
            c.publishDiagnostics(p);
        }
    }
}
