package org.tracenotes.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.cli.TracenotesCommand;
import org.tracenotes.core.ide.TextLines;
import org.tracenotes.core.kernel.ReferenceTraces;

/**
 * {@code tracenotes lsp} in-process, driven through LSP4J's launcher over piped streams as an editor
 * drives it: every message is JSON-RPC. The workspace is a temp folder holding the seed note.
 */
class LanguageServerTest {

    static final Path ROOT = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize();
    static final Path SEED = ROOT.resolve("samples/soft-offline.md");
    static final long TIMEOUT = 60;

    @TempDir
    Path dir;
    Path seed;
    LspClient client;

    @BeforeEach
    void start() throws Exception {
        seed = dir.resolve("soft-offline.md");
        Files.copy(SEED, seed);
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
    }

    private LspClient client() throws Exception {
        client = new LspClient().initialize(dir);
        return client;
    }

    private static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    /** {@code line:col: severity: message [rule]}, 1-based, as {@code tracenotes lint} prints a finding. */
    private static String gcc(Diagnostic d) {
        String severity = switch (d.getSeverity()) {
            case Error -> "error";
            case Warning -> "warning";
            default -> "info";
        };
        return (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1) + ": "
                + severity + ": " + d.getMessage() + " [" + d.getCode().getLeft() + "]";
    }

    /** What {@code tracenotes lint DIR} prints for {@code file}, without the file name. */
    private static List<String> lint(Path dir, Path file) {
        StringWriter out = new StringWriter();
        int code = TracenotesCommand.execute(new String[] {"lint", "--color", "never", dir.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertTrue(code == 0 || code == 1, "lint exit " + code);
        String prefix = file + ":";
        return out.toString().lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    private static Diagnostic on(PublishDiagnosticsParams p, int line1, String rule) {
        return p.getDiagnostics().stream()
                .filter(d -> d.getRange().getStart().getLine() == line1 - 1 && d.getCode().getLeft().equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " on line " + line1 + ": "
                        + p.getDiagnostics().stream().map(LanguageServerTest::gcc).toList()));
    }

    private static String line(String text, int line1) {
        return text.lines().skip(line1 - 1).findFirst().orElseThrow();
    }

    @Test
    void diagnosticsOnOpenAreTheFindingsOfTracenotesLint() throws Exception {
        client();
        long start = System.nanoTime();
        String uri = client.open(seed);
        PublishDiagnosticsParams p = client.nextDiagnostics(uri);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("[lsp] first diagnostics on the seed, in process: " + ms + " ms");
        assertEquals(1, p.getVersion());
        assertEquals(lint(dir, seed), p.getDiagnostics().stream().map(LanguageServerTest::gcc).toList());
        assertTrue(p.getDiagnostics().stream().allMatch(d -> "tracenotes".equals(d.getSource())));
        Diagnostic typo = on(p, 34, "unknown-function");
        assertTrue(typo.getMessage().contains("`flio_try_get`"), typo.getMessage());
        assertEquals(DiagnosticSeverity.Warning, typo.getSeverity());
        assertEquals("flio_try_get(folio)", slice(Files.readString(seed, StandardCharsets.UTF_8), typo.getRange()),
                "the call, as lint's range");
        assertEquals(DiagnosticSeverity.Warning, on(p, 41, "assignment-in-condition").getSeverity());
        assertEquals(DiagnosticSeverity.Warning, on(p, 67, "else-step-arrow").getSeverity());
        assertEquals(DiagnosticSeverity.Information, on(p, 99, "empty-trace-block").getSeverity());
    }

    @Test
    void theFoldersConfigSetsTheRulesAndAnotherNoteTracesWhatTheSeedCalls() throws Exception {
        Files.writeString(dir.resolve(".tracenotes.yaml"), "rules:\n  trailing-space: off\n  unknown-function: error\n");
        Files.writeString(dir.resolve("hugetlb.md"), "```\nflio_try_get(folio)\n=> ret = folio_try_get(folio)\n"
                + "=> return ret\n```\n");
        client();
        String uri = client.open(seed);
        PublishDiagnosticsParams p = client.nextDiagnostics(uri);
        List<String> got = p.getDiagnostics().stream().map(LanguageServerTest::gcc).toList();
        assertEquals(lint(dir, seed), got);
        assertTrue(got.stream().noneMatch(l -> l.contains("[trailing-space]")), got.toString());
        assertTrue(got.stream().noneMatch(l -> l.contains("flio_try_get")), "hugetlb.md traces it: " + got);

        Files.delete(dir.resolve("hugetlb.md"));
        client.server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(doc(uri)));
        PublishDiagnosticsParams after = client.nextDiagnostics(uri);
        assertEquals(DiagnosticSeverity.Error, on(after, 34, "unknown-function").getSeverity(), "the config's severity");
    }

    @Test
    void theConfigsSourceTreeChecksTheNoteAndADefinitionOpensItsCode() throws Exception {
        Path tree = dir.resolve("linux");
        try (java.util.stream.Stream<Path> files = Files.walk(ROOT.resolve("core/src/test/resources/source/kernel"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = tree.resolve(ROOT.resolve("core/src/test/resources/source/kernel").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(dir.resolve(".tracenotes.yaml"), "source: linux\n");
        client();
        String uri = client.open(seed);
        PublishDiagnosticsParams p = client.nextDiagnostics(uri);
        List<String> got = p.getDiagnostics().stream().map(LanguageServerTest::gcc).toList();
        assertEquals(lint(dir, seed), got, "the same findings as tracenotes lint with the config's source");
        assertTrue(got.stream().anyMatch(l -> l.startsWith("34:") && l.contains("folio_try_get")), got.toString());
        assertTrue(got.stream().noneMatch(l -> l.contains("[unknown-function]")), "the source rules replace it: " + got);

        int col = line(Files.readString(seed), 54).indexOf("folio_try_get") + 2;
        List<? extends Location> defs = client.server.getTextDocumentService()
                .definition(new DefinitionParams(doc(uri), new Position(53, col))).get(TIMEOUT, java.util.concurrent.TimeUnit.SECONDS)
                .getLeft();
        assertEquals(tree.resolve("include/linux/page_ref.h").toUri().toString(), defs.get(0).getUri(), defs.toString());
        assertEquals(17, defs.get(0).getRange().getStart().getLine(), "static inline bool folio_try_get is on line 18");
    }

    @Test
    void outlineFoldsAndSemanticTokensComeFromCore() throws Exception {
        client();
        String uri = client.open(seed);
        List<DocumentSymbol> symbols = client.server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(doc(uri))).get(TIMEOUT, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
        assertEquals(List.of("soft_offline_page(pfn, flags)"), symbols.stream().map(DocumentSymbol::getName).toList());
        DocumentSymbol root = symbols.get(0);
        assertEquals(new Range(new Position(8, 0), new Position(94, 13)), root.getRange(), "root line to its last step");
        List<String> functions = new ArrayList<>();
        walk(symbols, functions, root.getRange());
        assertEquals(List.of("soft_offline_page(pfn, flags)", "get_hwpoison_page", "get_any_page", "__get_hwpoison_page",
                "get_hwpoison_hugetlb_folio"), functions);

        List<FoldingRange> folds = client.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(doc(uri)))
                .get(TIMEOUT, TimeUnit.SECONDS);
        assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == 8 && f.getEndLine() == 94), "the traced function");
        assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == 11 && f.getEndLine() == 76), "get_hwpoison_page inline");

        SemanticTokens tokens = client.server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(doc(uri)))
                .get(TIMEOUT, TimeUnit.SECONDS);
        List<Integer> data = tokens.getData();
        assertFalse(data.isEmpty());
        assertEquals(0, data.size() % 5);
        List<String> decoded = decode(Files.readString(seed, StandardCharsets.UTF_8), data);
        assertEquals(List.of("9:function soft_offline_page", "10:comment+skipped ## 和 hotplug相关先不看", "11:operator =>",
                "11:function pfn_to_online_page"), decoded.subList(0, 4));
        assertTrue(decoded.contains("14:keyword if"), decoded.toString());
    }

    private static void walk(List<DocumentSymbol> symbols, List<String> functions, Range parent) {
        for (DocumentSymbol s : symbols) {
            assertTrue(inside(s.getSelectionRange(), s.getRange()), s.getName() + ": selection inside range");
            assertTrue(inside(s.getRange(), parent), s.getName() + ": inside its parent");
            if (s.getKind() == org.eclipse.lsp4j.SymbolKind.Function) {
                functions.add(s.getName());
            }
            walk(s.getChildren(), functions, s.getRange());
        }
    }

    private static boolean inside(Range inner, Range outer) {
        return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    /** Semantic tokens as {@code line:type[+modifier] text}, 1-based lines. */
    private static List<String> decode(String text, List<Integer> data) {
        TextLines lines = TextLines.of(text);
        List<String> out = new ArrayList<>();
        int line = 0;
        int ch = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            ch = data.get(i) == 0 ? ch + data.get(i + 1) : data.get(i + 1);
            int from = lines.offset(line, ch);
            String type = Lsp.TOKEN_TYPES.get(data.get(i + 3)) + (data.get(i + 4) == 1 ? "+skipped" : "");
            out.add((line + 1) + ":" + type + " " + text.substring(from, from + data.get(i + 2)));
        }
        return out;
    }

    @Test
    void hoverDefinitionAndReferencesNavigateLikeEclipse() throws Exception {
        client();
        String uri = client.open(seed);
        var text = client.server.getTextDocumentService();
        Hover typo = text.hover(new HoverParams(doc(uri), new Position(33, 36))).get(TIMEOUT, TimeUnit.SECONDS);
        assertTrue(typo.getContents().getRight().getValue().contains("did you mean `folio_try_get`?"),
                typo.getContents().getRight().getValue());
        assertEquals(new Range(new Position(33, 33), new Position(33, 45)), typo.getRange());
        assertNull(text.hover(new HoverParams(doc(uri), new Position(4, 5))).get(TIMEOUT, TimeUnit.SECONDS), "prose");

        // get_any_page at its use (line 17, expanded inline right there): the model's reference trace, at its root line
        List<? extends Location> defs = text.definition(new DefinitionParams(doc(uri), new Position(16, 22)))
                .get(TIMEOUT, TimeUnit.SECONDS).getLeft();
        assertEquals(1, defs.size(), defs.toString());
        Path reference = NoteDocuments.pathOf(defs.get(0).getUri());
        int rootLine = ReferenceTraces.softOffline66().function("get_any_page").orElseThrow().range().line();
        assertEquals(rootLine - 1, defs.get(0).getRange().getStart().getLine());
        assertEquals(ReferenceTraces.softOffline66().note().text(), Files.readString(reference, StandardCharsets.UTF_8));
        assertTrue(Files.getPosixFilePermissions(reference).stream().noneMatch(x -> x.name().endsWith("_WRITE")),
                "the reference traces open read-only: " + Files.getPosixFilePermissions(reference));
        assertTrue(line(Files.readString(reference), rootLine).contains("get_any_page("), line(Files.readString(reference), rootLine));

        // in the reference traces, opened as the client would after the jump, navigation goes on
        String refUri = defs.get(0).getUri();
        client.open(reference);
        assertEquals(List.of(), client.nextDiagnostics(refUri).getDiagnostics(), "the model is not linted");
        Hover inRef = text.hover(new HoverParams(doc(refUri), new Position(rootLine - 1, 6))).get(TIMEOUT, TimeUnit.SECONDS);
        assertTrue(inRef.getContents().getRight().getValue().startsWith("get_any_page"), inRef.getContents().getRight().getValue());

        // folio_put is called on lines 45 and 58
        List<? extends Location> refs = text.references(new ReferenceParams(doc(uri), new Position(44, 24),
                new ReferenceContext(false))).get(TIMEOUT, TimeUnit.SECONDS);
        String seedText = Files.readString(seed, StandardCharsets.UTF_8);
        assertEquals(List.of("45 folio_put", "58 folio_put"), refs.stream().map(l -> (l.getRange().getStart().getLine() + 1)
                + " " + slice(seedText, l.getRange())).toList());
        assertTrue(refs.stream().allMatch(l -> l.getUri().equals(uri)));
    }

    @Test
    void aCallLinksToItsRootInAnotherNoteOpenOrOnDisk() throws Exception {
        Path other = dir.resolve("any-page.md");
        Files.writeString(other, "# get_any_page\n\n```\nget_any_page(p, flags)\n=> ret = __get_hwpoison_page(p, flags)\n"
                + "=> return ret\n```\n");
        client();
        String uri = client.open(seed);
        var text = client.server.getTextDocumentService();
        List<? extends Location> defs = text.definition(new DefinitionParams(doc(uri), new Position(16, 22)))
                .get(TIMEOUT, TimeUnit.SECONDS).getLeft();
        assertEquals(other.toUri().toString(), defs.get(0).getUri(), "the workspace note's root first");
        assertEquals(new Position(3, 0), defs.get(0).getRange().getStart());
        assertEquals(NoteDocuments.pathOf(defs.get(1).getUri()).getFileName().toString(), "soft-offline-6.6.md");

        // an unsaved note the client has open: its text as typed counts
        Path scratch = dir.resolve("sub/scratch.md");
        Files.createDirectories(scratch.getParent());
        String scratchUri = scratch.toUri().toString();
        text.didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(new org.eclipse.lsp4j.TextDocumentItem(scratchUri,
                "markdown", 1, "```\nsoft_offline_in_use_page(page)\n=> ret = 0\n=> return ret\n```\n")));
        List<? extends Location> inUse = text.definition(new DefinitionParams(doc(uri), new Position(89, 15)))
                .get(TIMEOUT, TimeUnit.SECONDS).getLeft();
        assertEquals(scratchUri, inUse.get(0).getUri(), inUse.toString());

        List<WorkspaceSymbol> symbols = client.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("getany"))
                .get(TIMEOUT, TimeUnit.SECONDS).getRight().stream().map(s -> (WorkspaceSymbol) s).toList();
        assertEquals(List.of("get_any_page traced inline in soft-offline.md", "get_any_page traced in any-page.md"),
                symbols.stream().map(s -> s.getName() + " " + s.getContainerName()).sorted(
                        (a, b) -> b.compareTo(a)).toList());
        List<String> all = client.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")).get(TIMEOUT,
                TimeUnit.SECONDS).getRight().stream().map(s -> s.getName()).toList();
        assertTrue(all.containsAll(List.of("soft_offline_page", "get_hwpoison_page", "soft_offline_in_use_page")), all.toString());
    }

    @Test
    void codeActionsAreCoresQuickFixesTiedToTheirDiagnostic() throws Exception {
        client();
        String uri = client.open(seed);
        PublishDiagnosticsParams p = client.nextDiagnostics(uri);
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Diagnostic assign = on(p, 41, "assignment-in-condition");
        List<CodeAction> actions = actions(uri, assign.getRange(), List.of(assign));
        assertEquals(1, actions.size());
        CodeAction fix = actions.get(0);
        assertEquals("quickfix", fix.getKind());
        assertEquals(List.of(assign), fix.getDiagnostics());
        List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
        assertEquals(1, edits.size());
        assertEquals("==", edits.get(0).getNewText());
        assertEquals("=", slice(text, edits.get(0).getRange()));
        assertEquals("                  => if folio == page_folio(page)", line(apply(text, edits), 41));

        // without the diagnostic in the context (a client asking for the line), the published finding is used
        List<CodeAction> onTypo = actions(uri, new Range(new Position(33, 0), new Position(33, 0)), List.of());
        assertEquals(List.of("Change to `folio_try_get`"), onTypo.stream().map(CodeAction::getTitle).toList());
        assertEquals("=> ret = folio_try_get(folio)", line(apply(text, onTypo.get(0).getEdit().getChanges().get(uri)), 34).strip());
        List<CodeAction> arrow = actions(uri, on(p, 67, "else-step-arrow").getRange(), List.of(on(p, 67, "else-step-arrow")));
        assertEquals("-> else if ret == -EBUSY", line(apply(text, arrow.get(0).getEdit().getChanges().get(uri)), 67).strip());
        Diagnostic trailing = on(p, 31, "trailing-space");
        List<CodeAction> blank = actions(uri, trailing.getRange(), List.of(trailing));
        assertEquals(line(text, 31).stripTrailing(), line(apply(text, blank.get(0).getEdit().getChanges().get(uri)), 31),
                "fmt's fix");
        assertEquals(List.of(), actions(uri, on(p, 99, "empty-trace-block").getRange(), List.of(on(p, 99, "empty-trace-block"))));
    }

    private List<CodeAction> actions(String uri, Range range, List<Diagnostic> diagnostics) throws Exception {
        return client.server.getTextDocumentService().codeAction(new CodeActionParams(doc(uri), range,
                new CodeActionContext(diagnostics))).get(TIMEOUT, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
    }

    private static String slice(String text, Range r) {
        TextLines lines = TextLines.of(text);
        return text.substring(lines.offset(r.getStart().getLine(), r.getStart().getCharacter()),
                lines.offset(r.getEnd().getLine(), r.getEnd().getCharacter()));
    }

    /** Applies edits as a client does: from the last to the first. */
    private static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> compare(b.getRange().getStart(), a.getRange().getStart()));
        for (TextEdit e : sorted) {
            text = TextLines.of(text).replace(new TextLines.Position(e.getRange().getStart().getLine(),
                    e.getRange().getStart().getCharacter()), new TextLines.Position(e.getRange().getEnd().getLine(),
                    e.getRange().getEnd().getCharacter()), e.getNewText());
        }
        return text;
    }

    @Test
    void changesAreLintedAgainAndOnlyTheLastVersionIsPublished() throws Exception {
        // a fixed 200 ms pause, so that the three changes surely fall inside it
        client = new LspClient(TracenotesServer.DEBOUNCE_MS).initialize(dir);
        String uri = client.open(seed);
        PublishDiagnosticsParams first = client.nextDiagnostics(uri);
        Diagnostic assign = on(first, 41, "assignment-in-condition");
        Range eq = new Range(new Position(40, 30), new Position(40, 31));
        assertEquals("=", slice(Files.readString(seed), eq));
        var text = client.server.getTextDocumentService();
        long start = System.nanoTime();
        text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(eq, "=="))));
        // typed right after: the typo, in two keystrokes
        text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
                List.of(new TextDocumentContentChangeEvent(new Range(new Position(33, 34), new Position(33, 34)), "o"))));
        text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 4),
                List.of(new TextDocumentContentChangeEvent(new Range(new Position(33, 34), new Position(33, 35)), ""),
                        new TextDocumentContentChangeEvent(new Range(new Position(33, 34), new Position(33, 34)), "o"))));
        PublishDiagnosticsParams next = client.nextDiagnostics(uri);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.println("[lsp] diagnostics after a change (a fixed 200 ms debounce included): " + ms + " ms");
        assertEquals(4, next.getVersion(), "the changes in between were not linted");
        assertTrue(ms >= TracenotesServer.DEBOUNCE_MS, "debounced: " + ms);
        List<String> codes = next.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
        assertFalse(codes.contains("assignment-in-condition"), codes.toString());
        assertFalse(codes.contains("unknown-function"), "flio_try_get became folio_try_get: " + codes);
        assertEquals(first.getDiagnostics().size() - 2, next.getDiagnostics().size());
        assertTrue(first.getDiagnostics().contains(assign));

        // a whole-text change
        text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 5),
                List.of(new TextDocumentContentChangeEvent("```\nf(x)\n=> if x = 1\n   => g(x)\n```\n"))));
        PublishDiagnosticsParams whole = client.nextDiagnostics(uri);
        assertEquals(5, whole.getVersion());
        assertEquals(2, on(whole, 3, "assignment-in-condition").getRange().getStart().getLine());

        text.didClose(new DidCloseTextDocumentParams(doc(uri)));
        PublishDiagnosticsParams closed = client.nextDiagnostics(uri);
        assertEquals(List.of(), closed.getDiagnostics(), "closing clears its diagnostics");
    }

    @Test
    void aNoteThatLintsQuicklyIsLintedSoonerAfterAChange() throws Exception {
        client();   // the adaptive pause, as tracenotes lsp runs
        String uri = client.open(seed);
        client.nextDiagnostics(uri);
        var text = client.server.getTextDocumentService();
        List<Long> took = new ArrayList<>();
        for (int v = 2; v <= 7; v++) {
            // type an x after folio_put on line 58, then take it away
            Range at = v % 2 == 0 ? new Range(new Position(57, 30), new Position(57, 30))
                    : new Range(new Position(57, 30), new Position(57, 31));
            long start = System.nanoTime();
            text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v),
                    List.of(new TextDocumentContentChangeEvent(at, v % 2 == 0 ? "x" : ""))));
            PublishDiagnosticsParams p = client.nextDiagnostics(uri);
            took.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertEquals(v, p.getVersion());
            assertEquals(v % 2 == 0, p.getDiagnostics().stream().anyMatch(d -> d.getMessage().contains("`folio_putx`")),
                    "version " + v);
        }
        // each change was parsed from the last version's note, by its section alone: as a whole parse parses it
        NoteDocuments.Doc now = client.impl.documents.get(uri);
        assertEquals(org.tracenotes.core.ide.EditorNotes.parse(now.path, now.source, now.text), now.note());
        long pause = client.impl.debounce.delayMs(uri);
        System.out.println("[lsp] diagnostics after a change, adaptive pause (now " + pause + " ms): " + took + " ms");
        assertTrue(pause >= LintDebounce.MIN_MS && pause < TracenotesServer.DEBOUNCE_MS,
                "the seed lints in well under 200 ms, so the pause is shorter: " + pause + " ms");
    }

    @Test
    void aCodeLensRunsAScenarioWhoseValuesAreInlayHints() throws Exception {
        client();
        String uri = client.open(seed);
        var text = client.server.getTextDocumentService();
        List<? extends CodeLens> lenses = text.codeLens(new CodeLensParams(doc(uri))).get(TIMEOUT, TimeUnit.SECONDS);
        assertEquals(List.of("9: Run scenario ▸ lru-anon tracenotes.run [" + uri + ", soft_offline_page, lru-anon]"),
                lenses.stream().map(l -> (l.getRange().getStart().getLine() + 1) + ": " + l.getCommand().getTitle() + " "
                        + l.getCommand().getCommand() + " " + l.getCommand().getArguments().stream()
                        .map(a -> ((com.google.gson.JsonPrimitive) a).getAsString()).toList()).toList());
        assertEquals(List.of(), hints(uri), "no run yet");

        long start = System.nanoTime();
        Object result = client.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("tracenotes.run",
                new ArrayList<>(lenses.get(0).getCommand().getArguments()))).get(TIMEOUT, TimeUnit.SECONDS);
        System.out.println("[lsp] tracenotes.run on the seed (lru-anon): "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        Map<?, ?> run = assertInstanceOf(Map.class, result);
        assertEquals("soft_offline_page", run.get("trace"));
        assertEquals("lru-anon", run.get("scenario"));
        assertEquals("returned 0", run.get("outcome"));
        assertTrue(((List<?>) run.get("values")).contains(Map.of("line", 11.0, "label", "ret = 1")), run.toString());
        assertEquals("inlayHint", client.refreshes.poll(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(client.shown.poll(TIMEOUT, TimeUnit.SECONDS).getMessage().contains("soft_offline_page · lru-anon: returned 0"));
        List<String> hints = hints(uri);
        assertTrue(hints.contains("12:58 ret = 1"), hints.toString());
        assertTrue(hints.stream().anyMatch(h -> h.startsWith("95:") && h.endsWith("return 0")), hints.toString());

        // an edit makes the values stale: they go
        text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), "\n"))));
        assertEquals(List.of(), hints(uri));

        // a note's own scenarios each get a lens
        Path annotated = dir.resolve("annotated.md");
        Files.copy(ROOT.resolve("samples/soft-offline.annotated.md"), annotated);
        String aUri = client.open(annotated);
        List<String> titles = text.codeLens(new CodeLensParams(doc(aUri))).get(TIMEOUT, TimeUnit.SECONDS).stream()
                .map(l -> l.getCommand().getTitle()).toList();
        assertTrue(titles.size() > 1 && titles.stream().allMatch(t -> t.startsWith("Run scenario ▸ ")), titles.toString());
        assertTrue(titles.contains("Run scenario ▸ in-use-lru"), titles.toString());
    }

    private List<String> hints(String uri) throws Exception {
        List<InlayHint> hints = client.server.getTextDocumentService().inlayHint(new InlayHintParams(doc(uri),
                new Range(new Position(0, 0), new Position(200, 0)))).get(TIMEOUT, TimeUnit.SECONDS);
        return hints.stream().map(h -> (h.getPosition().getLine() + 1) + ":" + h.getPosition().getCharacter() + " "
                + h.getLabel().getLeft()).toList();
    }

    @Test
    void badInputGetsAnErrorWithAMessageNeverAStackTrace() throws Exception {
        client();
        String uri = client.open(seed);
        var ws = client.server.getWorkspaceService();
        ResponseError notOpen = error(() -> client.server.getTextDocumentService().hover(new HoverParams(
                doc(dir.resolve("nope.md").toUri().toString()), new Position(0, 0))).get(TIMEOUT, TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), notOpen.getCode());
        assertTrue(notOpen.getMessage().contains("nope.md is not a readable file"), notOpen.getMessage());
        ResponseError scenario = error(() -> ws.executeCommand(new ExecuteCommandParams("tracenotes.run",
                Arrays.asList(uri, null, "lru-anno"))).get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(scenario.getMessage().contains("no scenario `lru-anno` (did you mean `lru-anon`?)"), scenario.getMessage());
        ResponseError trace = error(() -> ws.executeCommand(new ExecuteCommandParams("tracenotes.run",
                Arrays.asList(uri, "soft_ofline_page", null))).get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(trace.getMessage().contains("did you mean `soft_offline_page`?"), trace.getMessage());
        ResponseError number = error(() -> ws.executeCommand(new ExecuteCommandParams("tracenotes.run",
                List.of(uri, 42))).get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(number.getMessage().startsWith("argument 2 is 42, not a string; tracenotes.run takes [note URI"),
                number.getMessage());
        ResponseError none = error(() -> ws.executeCommand(new ExecuteCommandParams("tracenotes.run", List.of()))
                .get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(none.getMessage().contains("got 0 arguments"), none.getMessage());
        ResponseError unknown = error(() -> ws.executeCommand(new ExecuteCommandParams("tracenotes.frob", List.of()))
                .get(TIMEOUT, TimeUnit.SECONDS));
        assertEquals("unknown command `tracenotes.frob`; the server's commands: tracenotes.run, tracenotes.clearRun",
                unknown.getMessage());
        for (ResponseError e : List.of(notOpen, scenario, trace, number, none, unknown)) {
            assertNull(e.getData(), e.getMessage());
            assertFalse(e.getMessage().contains("\tat "), e.getMessage());
        }
        // a change to a document never opened is logged, one line
        client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier("file:///never/opened.md", 2), List.of(new TextDocumentContentChangeEvent("x"))));
        var logged = client.logged.poll(TIMEOUT, TimeUnit.SECONDS);
        assertEquals("tracenotes: textDocument/didChange: file:///never/opened.md was changed but never opened",
                logged.getMessage());
    }

    private interface Call {
        Object get() throws Exception;
    }

    private static ResponseError error(Call call) {
        ExecutionException e = assertThrows(ExecutionException.class, call::get);
        return assertInstanceOf(ResponseErrorException.class, e.getCause()).getResponseError();
    }

    @Test
    void exitAfterShutdownIsZeroAndWithoutItOne() throws Exception {
        client = new LspClient();
        ResponseError early = error(() -> client.server.getTextDocumentService().hover(new HoverParams(
                doc(seed.toUri().toString()), new Position(0, 0))).get(TIMEOUT, TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), early.getCode());
        client.initialize(dir);
        assertNull(client.server.shutdown().get(TIMEOUT, TimeUnit.SECONDS));
        ResponseError after = error(() -> client.server.getTextDocumentService().hover(new HoverParams(
                doc(seed.toUri().toString()), new Position(0, 0))).get(TIMEOUT, TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.InvalidRequest.getValue(), after.getCode());
        client.server.exit();
        assertEquals(0, client.exitCode.get(TIMEOUT, TimeUnit.SECONDS));
        client.close();

        client = new LspClient().initialize(dir);
        client.server.exit();
        assertEquals(1, client.exitCode.get(TIMEOUT, TimeUnit.SECONDS));
    }

    @Test
    void lspHelpDocumentsTheFeaturesAndCommands() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, TracenotesCommand.execute(new String[] {"lsp", "--help"}, new PrintWriter(out), new PrintWriter(err)));
        for (String feature : List.of("diagnostics", "code actions", "outline", "folding", "semantic tokens", "hover",
                "definition", "references", "workspace symbols", "code lenses", "inlay hints", "tracenotes.run [URI, TRACE,"
                + " SCENARIO, GIVEN]", "tracenotes.clearRun [URI]", "--stdio")) {
            assertTrue(out.toString().contains(feature), feature + " in:\n" + out);
        }
        assertTrue(out.toString().lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + out);
        assertEquals(2, TracenotesCommand.execute(new String[] {"lsp", "--port", "9"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err)));
        assertTrue(err.toString().contains("Unknown options: '--port', '9'"), err.toString());
    }

    @Test
    void theCapabilitiesSayWhatTheServerDoes() throws Exception {
        LspClient c = client = new LspClient();
        var result = c.server.initialize(new org.eclipse.lsp4j.InitializeParams()).get(TIMEOUT, TimeUnit.SECONDS);
        var caps = result.getCapabilities();
        assertEquals("tracenotes", result.getServerInfo().getName());
        assertEquals(org.eclipse.lsp4j.TextDocumentSyncKind.Incremental, caps.getTextDocumentSync().getRight().getChange());
        assertEquals(List.of("tracenotes.run", "tracenotes.clearRun"), caps.getExecuteCommandProvider().getCommands());
        assertEquals(Lsp.TOKEN_TYPES, caps.getSemanticTokensProvider().getLegend().getTokenTypes());
        assertTrue(caps.getHoverProvider().getLeft() && caps.getDefinitionProvider().getLeft()
                && caps.getReferencesProvider().getLeft() && caps.getDocumentSymbolProvider().getLeft()
                && caps.getWorkspaceSymbolProvider().getLeft() && caps.getFoldingRangeProvider().getLeft()
                && caps.getInlayHintProvider().getLeft());
        assertEquals(List.of("quickfix"), caps.getCodeActionProvider().getRight().getCodeActionKinds());
    }
}
