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

    @Test
    void aRequestWithoutParametersIsInvalidParamsNotAnInternalError() throws Exception {
        TracenotesServer server = new TracenotesServer("test", code -> { });
        server.initialize(new org.eclipse.lsp4j.InitializeParams()).get();
        try {
            server.getTextDocumentService().hover(null).get();
            throw new AssertionError("hover without parameters is answered");
        } catch (java.util.concurrent.ExecutionException e) {
            ResponseError error = ServerLauncher.error(e.getCause());
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), error.getMessage());
        } finally {
            server.shutdown();
        }
    }
}
