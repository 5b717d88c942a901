package org.tracenotes.cli.lsp;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The language server's message handlers under any input, fuzzed by Jazzer ({@code JAZZER_FUZZ=1},
 * {@code .ci/fuzz}) and replayed on every build from the inputs under
 * {@code src/test/resources/org/tracenotes/cli/lsp/LspFuzzTestInputs} (what a fuzzing run finds becomes an
 * input there): whatever a client sends, the server answers each request with a well-formed response that
 * is not an internal error, keeps every position it sends inside the note, and publishes diagnostics
 * inside it ({@link LspHarness}).
 */
class LspFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = "# f\n```\nf(page)\n=> if a = b:\n   => g(page)\n=> else\n   => return 1\n```\n";
    private static final List<String> PIECES = List.of("=> ", "-> ", "   ", "\t", "\n", "```\n", "f(page)\n", "if x:", "else",
            "return 0", "folio_put(folio)", "## @scenario a: lru\n", "## @expect $ret == 0", "/*", "*/", "中文", "\r\n", "😀", "{",
            "}", "goto out", "out:", "---\n", "@lint-disable");
    private static final List<String> REQUESTS = List.of("textDocument/hover", "textDocument/definition",
            "textDocument/references", "textDocument/documentSymbol", "textDocument/foldingRange",
            "textDocument/semanticTokens/full", "textDocument/codeAction", "textDocument/codeLens", "textDocument/inlayHint",
            "workspace/symbol", "workspace/executeCommand", "textDocument/didChange", "textDocument/didSave",
            "textDocument/didClose", "textDocument/didOpen", "shutdown", "$/cancelRequest", "textDocument/completion");

    /**
     * Any bytes (read as UTF-8) as one message after the note is open: a request, a notification, or no
     * message at all; the dictionary holds the protocol's words, so that mutations stay near messages.
     */
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"", "\"params\":{", "\"textDocument\":{\"uri\":\"" + LspHarness.URI + "\"}",
        "\"position\":{\"line\":", "\"character\":", "\"range\":{\"start\":", "\"end\":", "\"contentChanges\":[{\"text\":\"",
        "\"version\":", "textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/codeAction",
        "textDocument/didChange", "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full",
        "textDocument/inlayHint", "textDocument/codeLens", "workspace/symbol", "workspace/executeCommand", "\"query\":\"",
        "\"context\":{\"diagnostics\":[]}", "\"arguments\":[", "tracenotes.run", "null", "-1", "2147483647"})
    void anyMessageTextIsAnsweredWellFormedOrDropped(byte[] bytes) throws Exception {
        String message = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        LspHarness lsp = new LspHarness();
        try {
            lsp.open(NOTE);
            lsp.message(message);
            if (!NOTE.equals(lsp.text())) {
                lsp.lint();   // the message edited the note: what is published must fit the new text
            }
        } finally {
            lsp.close();
        }
    }

    /**
     * A generated session: a note of the notation's pieces, then edits with ranges anywhere (inside, past
     * its end, negative) and every request the server offers at positions anywhere, some with parameters
     * missing or of the wrong type; the note is linted between steps.
     */
    @FuzzTest(maxDuration = "30s")
    void generatedEditsAndRequestsKeepEveryAnswerWellFormedAndInsideTheNote(FuzzedDataProvider data) throws Exception {
        LspHarness lsp = new LspHarness();
        try {
            lsp.open(text(data));
            int steps = data.consumeInt(1, 12);
            for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
                String method = data.pickValue(REQUESTS);
                ObjectNode params = params(data, method);
                if (method.startsWith("textDocument/did") || method.startsWith("$/")) {
                    lsp.notify(method, params);
                } else {
                    lsp.request(method, params);
                }
                if (data.consumeBoolean()) {
                    lsp.lint();
                }
            }
            lsp.lint();
        } finally {
            lsp.close();
        }
    }

    private static String text(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        int n = data.consumeInt(0, 40);
        for (int i = 0; i < n; i++) {
            sb.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(8));
        }
        return sb.toString();
    }

    private static ObjectNode params(FuzzedDataProvider data, String method) {
        ObjectNode p = JSON.createObjectNode();
        if (data.consumeProbabilityFloat() < 0.05f) {
            return p;   // every parameter missing
        }
        ObjectNode doc = p.putObject("textDocument").put("uri", data.consumeProbabilityFloat() < 0.1f
                ? "file:///elsewhere/" + data.consumeString(6) : LspHarness.URI);
        doc.put("version", data.consumeInt());
        position(p.putObject("position"), data);
        range(p.putObject("range"), data);
        switch (method) {
            case "textDocument/didChange" -> {
                var change = p.putArray("contentChanges").addObject();
                if (data.consumeBoolean()) {
                    range(change.putObject("range"), data);
                }
                change.put("text", text(data));
            }
            case "textDocument/didOpen" -> doc.put("text", text(data)).put("languageId", "tracenotes");
            case "textDocument/references" -> p.putObject("context").put("includeDeclaration", data.consumeBoolean());
            case "textDocument/codeAction" -> {
                var diagnostics = p.putObject("context").putArray("diagnostics");
                if (data.consumeBoolean()) {
                    var d = diagnostics.addObject().put("message", data.consumeString(20))
                            .put("code", data.pickValue(List.of("assignment-in-condition", "else-step-arrow", "unknown-function",
                                    "trailing-space", data.consumeString(10))));
                    range(d.putObject("range"), data);
                }
            }
            case "workspace/symbol" -> p.put("query", data.consumeString(10));
            case "workspace/executeCommand" -> {
                p.put("command", data.pickValue(List.of(TracenotesServer.RUN_COMMAND, TracenotesServer.CLEAR_RUN_COMMAND,
                        data.consumeString(10))));
                var args = p.putArray("arguments");
                args.add(data.consumeBoolean() ? LspHarness.URI : data.consumeString(10));
                for (int i = data.consumeInt(0, 3); i > 0; i--) {
                    args.add(data.consumeBoolean() ? data.pickValue(List.of("f", "a", "g", "all")) : data.consumeString(6));
                }
            }
            case "$/cancelRequest" -> p.put("id", data.consumeInt());
            default -> { }
        }
        if (data.consumeProbabilityFloat() < 0.05f) {
            p.put(data.pickValue(List.of("position", "range", "textDocument", "contentChanges")), data.consumeString(4));
        }
        return p;
    }

    private static void position(ObjectNode p, FuzzedDataProvider data) {
        p.put("line", data.consumeBoolean() ? data.consumeInt(0, 12) : data.consumeInt());
        p.put("character", data.consumeBoolean() ? data.consumeInt(0, 20) : data.consumeInt());
    }

    private static void range(ObjectNode r, FuzzedDataProvider data) {
        position(r.putObject("start"), data);
        position(r.putObject("end"), data);
    }
}
