package org.tracenotes.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, {@code java -jar cli/target/tracenotes.jar lsp}, as an editor starts it: JSON-RPC framed
 * by hand ({@code Content-Length} headers) over the process's real standard input and output, so that
 * the shading (LSP4J and Gson inside the jar) and the stdio framing are what is tested.
 */
class LspJarIT {

    static final Path ROOT = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize();
    static final Path JAR = Path.of(System.getProperty("tracenotes.jar", ROOT.resolve("cli/target/tracenotes.jar").toString()));

    @TempDir
    Path dir;
    Process process;
    final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    final ByteArrayOutputStream stray = new ByteArrayOutputStream();
    Path stderr;

    @AfterEach
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void start() throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by `mvn package`");
        stderr = dir.resolve("stderr.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "lsp", "--stdio")
                .redirectError(stderr.toFile()).start();
        Thread reader = new Thread(() -> read(process.getInputStream()), "lsp-it-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Reads frames: headers up to a blank line, then exactly Content-Length bytes of JSON. */
    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                String header;
                while (!(header = line(in)).isEmpty()) {
                    if (header.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(15).strip());
                    } else if (!header.toLowerCase().startsWith("content-type:")) {
                        stray.write(header.getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (length < 0) {
                    return;
                }
                byte[] body = in.readNBytes(length);
                messages.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // the process ended
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0 && b.size() == 0) {
            throw new IOException("end of output");
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private void send(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        OutputStream out = process.getOutputStream();
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String quote(String s) {
        return new com.google.gson.JsonPrimitive(s).toString();
    }

    /** The next message that answers request {@code id}, or is notification {@code method}. */
    private JsonObject next(Object idOrMethod) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            JsonObject m = messages.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (m == null) {
                break;
            }
            if (idOrMethod instanceof Integer id && m.has("id") && !m.has("method") && m.get("id").getAsInt() == id
                    || idOrMethod instanceof String method && m.has("method") && m.get("method").getAsString().equals(method)) {
                return m;
            }
        }
        throw new AssertionError("nothing for " + idOrMethod + " within 60 s; stderr: " + stderrText());
    }

    private String stderrText() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void theJarServesOverStdioFromInitializeToExit() throws Exception {
        Path seed = dir.resolve("notes/soft-offline.md");
        Files.createDirectories(seed.getParent());
        Files.copy(ROOT.resolve("samples/soft-offline.md"), seed);
        String folder = seed.getParent().toUri().toString();
        String uri = seed.toUri().toString();

        long t0 = System.nanoTime();
        start();
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":"
                + quote(folder) + ",\"capabilities\":{}}}");
        JsonObject init = next(1);
        long initMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        JsonObject result = init.getAsJsonObject("result");
        assertEquals("tracenotes", result.getAsJsonObject("serverInfo").get("name").getAsString());
        assertTrue(result.getAsJsonObject("serverInfo").get("version").getAsString().endsWith("-SNAPSHOT"),
                "the jar's manifest version: " + result);
        assertEquals(2, result.getAsJsonObject("capabilities").getAsJsonObject("textDocumentSync").get("change").getAsInt());
        send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

        long t1 = System.nanoTime();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":" + quote(uri)
                + ",\"languageId\":\"markdown\",\"version\":1,\"text\":" + quote(Files.readString(seed)) + "}}}");
        JsonObject published = next("textDocument/publishDiagnostics");
        long diagMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1);
        System.out.println("[lsp] jar: initialize answered " + initMs + " ms after start; first diagnostics on the seed "
                + diagMs + " ms after didOpen (" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms after start)");
        JsonArray diagnostics = published.getAsJsonObject("params").getAsJsonArray("diagnostics");
        List<String> found = new ArrayList<>();
        for (JsonElement d : diagnostics) {
            JsonObject o = d.getAsJsonObject();
            found.add((o.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt() + 1) + " "
                    + o.get("code").getAsString());
        }
        assertTrue(found.containsAll(List.of("34 unknown-function", "41 assignment-in-condition", "67 else-step-arrow")),
                found.toString());
        assertEquals(13, found.size(), found.toString());

        // non-ASCII in both directions: the hover of a line holding Chinese comments, UTF-8 on the wire
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":"
                + quote(uri) + "},\"position\":{\"line\":33,\"character\":36}}}");
        String hover = next(2).getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString();
        assertTrue(hover.startsWith("flio_try_get — unknown"), hover);

        // bad input: parameters of the wrong shape, a method the server does not have
        send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":5},"
                + "\"position\":\"here\"}}");
        JsonObject bad = next(3).getAsJsonObject("error");
        assertNotNull(bad, "an error");
        assertFalse(bad.toString().contains("\\tat ") || bad.toString().contains("\tat "), "no stack trace: " + bad);
        send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/frobnicate\",\"params\":{}}");
        JsonObject unknown = next(4).getAsJsonObject("error");
        assertEquals(-32601, unknown.get("code").getAsInt(), unknown.toString());

        send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}");
        assertTrue(next(5).get("result").isJsonNull());
        send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exits after exit");
        assertEquals(0, process.exitValue(), stderrText());
        assertEquals("", stray.toString(StandardCharsets.UTF_8), "standard output holds only framed messages");
        assertFalse(stderrText().contains("\tat "), "no stack trace on standard error: " + stderrText());
    }

    @Test
    void exitWithoutShutdownOrAClosedInputEndsWithOne() throws Exception {
        start();
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,"
                + "\"capabilities\":{}}}");
        next(1);
        send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), stderrText());

        start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the client went away: the server ends");
        assertEquals(1, process.exitValue(), stderrText());
    }
}
