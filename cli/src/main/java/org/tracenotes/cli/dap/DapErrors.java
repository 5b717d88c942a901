package org.tracenotes.cli.dap;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** A request refused: the error response the client gets, with the reason in words. */
final class DapErrors {

    private DapErrors() {
    }

    /** A refusal of an invalid request, saying why. */
    static ResponseErrorException error(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
    }

    /** A request that needs its arguments and came without them: refused, as a client's mistake. */
    static <T> CompletableFuture<T> withoutArguments(String command) {
        return failed(command + ": the request has no arguments");
    }

    /** An answer that is a refusal. */
    static <T> CompletableFuture<T> failed(String message) {
        return CompletableFuture.failedFuture(error(message));
    }
}
