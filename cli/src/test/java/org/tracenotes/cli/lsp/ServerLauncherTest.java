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

    @Test
    void aChangeWhoseRangeHasNoEndIsRefusedAndTheNoteKept() throws Exception {
        LspHarness lsp = new LspHarness();   // fails on an internal error the server logs
        try {
            String text = "```\nf()\n=> a()\n=> b()\n```\n";
            lsp.open(text);
            lsp.message("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\""
                    + LspHarness.URI + "\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":1,\"character\":0}},"
                    + "\"text\":\"x\"}]}}");
            lsp.lint();
            assertEquals(text, lsp.text());
        } finally {
            lsp.close();
        }
    }

    @Test
    void aChangeWithoutAVersionStillEditsTheNote() throws Exception {
        LspHarness lsp = new LspHarness();
        try {
            lsp.open("```\nf()\n=> a()\n=> b()\n```\n");
            lsp.message("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\""
                    + LspHarness.URI + "\"},\"contentChanges\":[{\"text\":\"```\\nf()\\n=> c()\\n=> d()\\n```\\n\"}]}}");
            lsp.lint();
            assertEquals("```\nf()\n=> c()\n=> d()\n```\n", lsp.text());
        } finally {
            lsp.close();
        }
    }
}
