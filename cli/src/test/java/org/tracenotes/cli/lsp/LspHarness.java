package org.tracenotes.cli.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.tracenotes.core.ide.TextLines;

/**
 * A language server in-process behind LSP4J's own JSON handling and endpoint, without threads or
 * streams: a message (JSON text) goes in as LSP4J would read it from a client, and what the server sends
 * back is collected. It checks what a client may rely on: every request gets one well-formed response
 * with its id and either a result or an error, never an internal error or a stack trace; every range and
 * position in a response about the open note, and in its published diagnostics, lies inside the note.
 */
final class LspHarness implements LanguageClient {

    /**
     * A Java stack frame as it reads in a JSON string ({@code \tat org.x.Y.m(Y.java:1)}): a message that only
     * echoes the client's own text (a method name with a tab and "at " in it, a JSON path with "at org." in
     * it) is not one.
     */
    private static final java.util.regex.Pattern JAVA_FRAME =
            java.util.regex.Pattern.compile("\\\\tat [\\w$]+(\\.[\\w$<>]+)+\\(");


    static final String URI = "file:///tracenotes-fuzz/n.md";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonRpcMethod> METHODS = methods();

    final TracenotesServer server = new TracenotesServer("fuzz", code -> { }, 3_600_000L);
    private final MessageJsonHandler handler = new MessageJsonHandler(METHODS);
    private final List<Message> sent = new ArrayList<>();
    private final RemoteEndpoint endpoint = new RemoteEndpoint(sent::add, ServiceEndpoints.toEndpoint(server),
            ServerLauncher::error);
    private final List<String> internalErrors = new ArrayList<>();
    private int nextId = 1;

    LspHarness() {
        server.connect(this);
    }

    private static Map<String, JsonRpcMethod> methods() {
        Map<String, JsonRpcMethod> m = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(TracenotesServer.class));
        m.putAll(ServiceEndpoints.getSupportedMethods(LanguageClient.class));
        return m;
    }

    /** Sends {@code initialize}, {@code initialized} and opens {@link #URI} with {@code text}. */
    void open(String text) throws Exception {
        request("initialize", JSON.createObjectNode().put("processId", 1));
        notify("initialized", JSON.createObjectNode());
        var item = JSON.createObjectNode();
        item.putObject("textDocument").put("uri", URI).put("languageId", "tracenotes").put("version", 1).put("text", text);
        notify("textDocument/didOpen", item);
    }

    void request(String method, JsonNode params) throws Exception {
        var m = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", nextId++).put("method", method);
        m.set("params", params);
        message(JSON.writeValueAsString(m));
    }

    void notify(String method, JsonNode params) throws Exception {
        var m = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        m.set("params", params);
        message(JSON.writeValueAsString(m));
    }

    /**
     * One message as LSP4J's stream reader hands it on: parsed, then consumed, or its issues answered;
     * text that is not JSON-RPC at all LSP4J drops before the server sees it.
     */
    void message(String text) throws Exception {
        Message parsed;
        try {
            parsed = handler.parseMessage(text);
        } catch (MessageIssueException e) {
            if (e.getRpcMessage() != null) {
                endpoint.handle(e.getRpcMessage(), e.getIssues());
            }
            check();
            return;
        } catch (RuntimeException e) {
            return;   // not JSON, or JSON of no message shape: LSP4J's reader reports and skips it
        }
        endpoint.consume(parsed);
        check();
    }

    /** Lints the open note now and checks what is published. */
    void lint() throws Exception {
        if (server.documents.get(URI) != null) {
            server.lintNow(URI);
        }
        check();
    }

    /** The open note's text, or null once closed. */
    String text() {
        NoteDocuments.Doc d = server.documents.get(URI);
        return d == null ? null : d.text;
    }

    void close() {
        server.shutdown();
    }

    private void check() throws Exception {
        if (!internalErrors.isEmpty()) {
            throw new AssertionError("the server logged " + internalErrors);
        }
        for (Message m : sent) {
            JsonNode json = JSON.readTree(handler.serialize(m));
            if (!"2.0".equals(json.path("jsonrpc").asText())) {
                throw new AssertionError("not JSON-RPC 2.0: " + json);
            }
            if (m instanceof ResponseMessage) {
                if (!json.has("id")) {
                    throw new AssertionError("a response without an id: " + json);
                }
                if (json.has("error") == json.has("result") && json.has("error")) {
                    throw new AssertionError("a response with a result and an error: " + json);
                }
                JsonNode error = json.path("error");
                if (!error.isMissingNode()) {
                    if (error.path("code").asInt() == -32603) {
                        throw new AssertionError("an internal error: " + json);
                    }
                    if (JAVA_FRAME.matcher(error.toString()).find()) {   // the message and its data
                        throw new AssertionError("a stack trace sent to the client: " + json);
                    }
                } else {
                    String text = text();
                    if (text != null) {
                        inside(json.path("result"), TextLines.of(text), true);
                    }
                }
            }
        }
        sent.clear();
    }

    /** Every range and position in {@code node} (outside objects about another document) lies in {@code lines}. */
    private static void inside(JsonNode node, TextLines lines, boolean ours) {
        if (node.isArray()) {
            for (JsonNode n : node) {
                inside(n, lines, ours);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("uri")) {
            ours = URI.equals(node.get("uri").asText());
        }
        if (ours) {
            for (String key : List.of("range", "selectionRange", "position", "targetRange", "targetSelectionRange")) {
                JsonNode r = node.get(key);
                if (r != null && r.has("start")) {
                    position(r.get("start"), lines, node);
                    position(r.get("end"), lines, node);
                } else if (r != null && r.has("line")) {
                    position(r, lines, node);
                }
            }
            if (node.has("startLine") && node.has("endLine")) {
                int s = node.get("startLine").asInt();
                int e = node.get("endLine").asInt();
                if (s < 0 || s > e || e >= lines.lineCount()) {
                    throw new AssertionError("a folding range outside the note of " + lines.lineCount() + " lines: " + node);
                }
            }
        }
        for (JsonNode child : node) {
            inside(child, lines, ours);
        }
    }

    static void position(JsonNode p, TextLines lines, Object where) {
        int line = p.path("line").asInt(-1);
        int character = p.path("character").asInt(-1);
        if (line < 0 || line >= lines.lineCount() || character < 0
                || character > lines.lineEnd(line) - lines.lineStart(line)) {
            throw new AssertionError("position " + line + ":" + character + " outside the note of " + lines.lineCount()
                    + " lines: " + where);
        }
    }

    // ------------------------------------------------------------------ the client's side

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        String text = text();
        if (text == null || !URI.equals(params.getUri())) {
            return;
        }
        TextLines lines = TextLines.of(text);
        for (var d : params.getDiagnostics()) {
            for (var p : List.of(d.getRange().getStart(), d.getRange().getEnd())) {
                position(JSON.valueToTree(p), lines, d);
            }
            if (d.getCode() == null || d.getMessage() == null || d.getMessage().isEmpty()) {
                throw new AssertionError("a diagnostic without its rule or message: " + d);
            }
        }
    }

    @Override
    public void showMessage(MessageParams params) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        if (params.getType() == MessageType.Error && params.getMessage().startsWith("tracenotes: internal error")) {
            internalErrors.add(params.getMessage());
        }
    }

    @Override
    public CompletableFuture<Void> refreshInlayHints() {
        return CompletableFuture.completedFuture(null);
    }
}
