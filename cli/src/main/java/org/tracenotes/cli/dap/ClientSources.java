package org.tracenotes.cli.dap;

import java.nio.file.Path;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceArguments;
import org.eclipse.lsp4j.debug.SourcePresentationHint;
import org.tracenotes.core.debug.TraceSession;

/**
 * Sources and lines as the client writes them: a note by path, the model's reference traces by
 * {@link #REFERENCE_SOURCE}; lines from 1 unless the client said they start at 0.
 */
final class ClientSources {

    /** The {@code sourceReference} of the model's reference traces (they are in the jar, not on disk). */
    static final int REFERENCE_SOURCE = 1;

    private boolean linesStartAt1 = true;

    /** The client counts lines from 0. */
    void linesStartAt0() {
        linesStartAt1 = false;
    }

    /** A session's line as the client counts it. */
    int toClient(int line) {
        return linesStartAt1 ? line : line - 1;
    }

    /** A client's line as a session counts it. */
    int fromClient(int line) {
        return linesStartAt1 ? line : line + 1;
    }

    /** The client's source for the session's source {@code name}: the reference traces by reference, a note by path. */
    Source source(TraceSession session, String name) {
        Source s = new Source();
        if (session != null && name.equals(session.referenceSource()) && !name.equals(session.mainSource())) {
            s.setName(Path.of(name).getFileName() + " (linux-6.6 reference traces)");
            s.setSourceReference(REFERENCE_SOURCE);
            s.setOrigin("the page model's kernel reference traces");
            s.setPresentationHint(SourcePresentationHint.DEEMPHASIZE);
        } else {
            s.setName(Path.of(name).getFileName().toString());
            s.setPath(name);
        }
        return s;
    }

    /** The session's name for a client's source: a note by path, or the reference traces by reference. */
    String sourceOf(TraceSession session, Source source) {
        if (session == null || source == null) {
            return null;
        }
        if (source.getSourceReference() != null && source.getSourceReference() == REFERENCE_SOURCE) {
            return session.referenceSource();
        }
        return session.sourceFor(source.getPath()).orElse(null);
    }

    /** The text of the source a {@code source} request asks for, by reference or by path; null if there is none. */
    String text(TraceSession session, SourceArguments args) {
        int ref = args.getSource() != null && args.getSource().getSourceReference() != null
                ? args.getSource().getSourceReference() : args.getSourceReference();
        String name = ref == REFERENCE_SOURCE ? (session == null ? null : session.referenceSource())
                : session == null ? null : sourceOf(session, args.getSource());
        return name == null ? null : session.sourceText(name).orElse(null);
    }
}
