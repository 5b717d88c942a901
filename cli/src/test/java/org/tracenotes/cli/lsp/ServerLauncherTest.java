package org.tracenotes.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletionException;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** What a client is told when a request fails. */
class ServerLauncherTest {

    @Test
    void aRequestTheServerDoesNotOfferIsMethodNotFoundNotAnInternalError() {
        TracenotesServer server = new TracenotesServer("test", code -> { });
        Throwable thrown;
        try {
            server.getTextDocumentService().completion(new CompletionParams());
            throw new AssertionError("completion is not offered");
        } catch (UnsupportedOperationException e) {
            thrown = new CompletionException(e);
        }
        ResponseError error = ServerLauncher.error(thrown);
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error.getCode(), error.getMessage());
        assertEquals(ResponseErrorCode.InternalError.getValue(), ServerLauncher.error(new IllegalStateException("x")).getCode());
    }
}
