package org.tracenotes.cli.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.tracenotes.core.ide.EditorLintOptions;
import org.tracenotes.core.ide.Folds;
import org.tracenotes.core.ide.Highlights;
import org.tracenotes.core.ide.Navigation;
import org.tracenotes.core.ide.OutlineTree;
import org.tracenotes.core.ide.QuickFixes;
import org.tracenotes.core.ide.TextLines;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.run.NoteAnnotations;
import org.tracenotes.core.run.TraceRunner;

/** The {@code textDocument/*} methods: each maps one of core's editor services to its LSP type. */
final class NoteTextService implements TextDocumentService {

    /** The scenario a lens offers on a note that declares none: an in-use LRU page, as Eclipse's "Execute This Branch" uses. */
    static final String DEFAULT_SCENARIO = "lru-anon";

    private final TracenotesServer server;
    private final NoteDocuments documents;

    NoteTextService(TracenotesServer server) {
        this.server = server;
        this.documents = server.documents;
    }

    private static String uri(TextDocumentIdentifier id) {
        if (id == null || id.getUri() == null) {
            throw Lsp.invalidParams("no textDocument.uri given");
        }
        return id.getUri();
    }

    // ------------------------------------------------------------------ sync

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        server.handle("textDocument/didOpen", params, () -> {
            var item = params.getTextDocument();
            if (item == null || item.getUri() == null || item.getText() == null) {
                throw Lsp.invalidParams("didOpen without a textDocument's uri and text");
            }
            documents.open(item.getUri(), item.getVersion(), item.getText());
            server.scheduleLint(item.getUri(), 0);
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        server.handle("textDocument/didChange", params, () -> {
            String uri = uri(params.getTextDocument());
            NoteDocuments.Doc before = documents.get(uri);
            if (before == null) {
                throw Lsp.invalidParams(uri + " was changed but never opened");
            }
            // a client that leaves the version out still edits the note: the next version is taken
            int version = params.getTextDocument().getVersion() == null ? before.version + 1
                    : params.getTextDocument().getVersion();
            List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
            if (changes == null) {
                throw Lsp.invalidParams("didChange without contentChanges");
            }
            for (TextDocumentContentChangeEvent c : changes) {
                if (c == null || c.getText() == null || c.getRange() != null
                        && (c.getRange().getStart() == null || c.getRange().getEnd() == null)) {
                    throw Lsp.invalidParams("didChange with a change that has no text, or a range without its start or end");
                }
            }
            NoteDocuments.Doc after;
            if (changes.size() == 1 && changes.get(0).getRange() != null && changes.get(0).getText() != null) {
                // one range: the note can be parsed again from this one's, section by section
                TextDocumentContentChangeEvent c = changes.get(0);
                TextLines lines = before.lines();
                int from = lines.offset(c.getRange().getStart().getLine(), c.getRange().getStart().getCharacter());
                int to = lines.offset(c.getRange().getEnd().getLine(), c.getRange().getEnd().getCharacter());
                after = documents.change(uri, version, Math.min(from, to), Math.max(from, to),
                        c.getText());
            } else {
                after = documents.change(uri, version, text -> {
                    for (TextDocumentContentChangeEvent c : changes) {
                        text = c.getRange() == null ? c.getText() : TextLines.of(text).replace(
                                new TextLines.Position(c.getRange().getStart().getLine(), c.getRange().getStart().getCharacter()),
                                new TextLines.Position(c.getRange().getEnd().getLine(), c.getRange().getEnd().getCharacter()),
                                c.getText());
                    }
                    return text;
                });
            }
            TracenotesServer.LastRun run = server.runs.get(uri);
            if (run != null && !run.doc().text.equals(after.text)) {
                // the values were those of the text that ran
                server.runs.remove(uri);
                server.refreshInlayHints();
            }
            server.scheduleLintAfterChange(uri);
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        server.handle("textDocument/didClose", params, () -> {
            String uri = uri(params.getTextDocument());
            documents.close(uri);
            server.forget(uri);
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        server.handle("textDocument/didSave", params, () -> {
            uri(params.getTextDocument());
            documents.rescan();
            server.lintAll(0);
        });
    }

    // ------------------------------------------------------------------ structure

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return server.answer("textDocument/documentSymbol", params, () -> {
            NoteDocuments.Doc d = documents.require(uri(params.getTextDocument()));
            Note note = d.note();
            return Lsp.symbols(d.lines(), OutlineTree.of(note), Folds.of(note)).stream()
                    .map(Either::<SymbolInformation, DocumentSymbol>forRight).toList();
        });
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return server.answer("textDocument/foldingRange", params, () -> {
            NoteDocuments.Doc d = documents.require(uri(params.getTextDocument()));
            int last = d.lines().lineCount() - 1;
            return Folds.of(d.note()).stream().filter(f -> f.startLine() - 1 < last)
                    .map(f -> new FoldingRange(f.startLine() - 1, Math.min(f.endLine() - 1, last))).toList();
        });
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return server.answer("textDocument/semanticTokens/full", params, () -> {
            NoteDocuments.Doc d = documents.require(uri(params.getTextDocument()));
            return new SemanticTokens(Lsp.tokens(d.lines(), Highlights.of(d.note())));
        });
    }

    // ------------------------------------------------------------------ navigation

    private record At(NoteDocuments.Doc doc, Navigation nav, Navigation.Symbol symbol) { }

    private At symbolAt(TextDocumentIdentifier id, Position position) {
        NoteDocuments.Doc d = documents.require(uri(id));
        if (position == null) {
            throw Lsp.invalidParams("no position given");
        }
        Navigation nav = server.navigation(d);
        return nav.symbolAt(Lsp.offset(d.lines(), position)).map(s -> new At(d, nav, s)).orElse(null);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return server.answer("textDocument/hover", params, () -> {
            At at = symbolAt(params.getTextDocument(), params.getPosition());
            if (at == null) {
                return null;
            }
            return new Hover(new MarkupContent(MarkupKind.PLAINTEXT, at.nav().hover(at.symbol())),
                    Lsp.range(at.doc().lines(), at.symbol().range()));
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return server.answer("textDocument/definition", params, () -> {
            At at = symbolAt(params.getTextDocument(), params.getPosition());
            List<Location> out = new ArrayList<>();
            if (at != null) {
                List<Navigation.Target> targets = at.nav().definitions(at.symbol());
                if (at.doc().path != null && targets.stream().allMatch(t -> t.where() == Navigation.Where.REFERENCE)) {
                    // traced in no note: first its definition in the source tree `source:` names, if any
                    EditorLintOptions.forNote(at.doc().path).sourceIndex().ifPresent(index -> {
                        for (org.tracenotes.core.source.SourceFunction f : index.lookup(at.symbol().name())) {
                            Position p = new Position(Math.max(0, f.startLine() - 1), 0);
                            out.add(new Location(f.file().toUri().toString(), new Range(p, p)));
                        }
                    });
                }
                for (Navigation.Target t : targets) {
                    Location l = location(t.source(), t.range());
                    if (l != null) {
                        out.add(l);
                    }
                }
            }
            return Either.forLeft(out);
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return server.answer("textDocument/references", params, () -> {
            At at = symbolAt(params.getTextDocument(), params.getPosition());
            List<Location> out = new ArrayList<>();
            if (at == null) {
                return out;
            }
            if (params.getContext() != null && params.getContext().isIncludeDeclaration()) {
                for (Navigation.Target t : at.nav().definitions(at.symbol())) {
                    Location l = location(t.source(), t.range());
                    if (l != null) {
                        out.add(l);
                    }
                }
            }
            for (Navigation.Reference r : at.nav().references(at.symbol())) {
                Location l = location(r.source(), r.range());
                if (l != null) {
                    out.add(l);
                }
            }
            return out;
        });
    }

    /** Where a note of {@code source} has {@code range}: its open document's text, else the note's own text. */
    Location location(String source, org.tracenotes.core.model.SourceRange range) {
        String uri = documents.uriOf(source);
        if (uri == null) {
            return null;
        }
        NoteDocuments.Doc open = documents.get(uri);
        TextLines lines;
        if (open != null) {
            lines = open.lines();
        } else {
            String text = textOf(source);
            if (text == null) {
                return null;
            }
            lines = TextLines.of(text);
        }
        return new Location(uri, Lsp.range(lines, range));
    }

    private String textOf(String source) {
        if (org.tracenotes.core.kernel.ReferenceTraces.SOFT_OFFLINE_6_6.equals(source)) {
            return org.tracenotes.core.kernel.ReferenceTraces.softOffline66().note().text();
        }
        for (Note n : documents.notes()) {
            if (n.source().equals(source)) {
                return n.text();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ fixes

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return server.answer("textDocument/codeAction", params, () -> {
            NoteDocuments.Doc d = documents.require(uri(params.getTextDocument()));
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            var context = params.getContext();
            if (context != null && context.getOnly() != null && context.getOnly().stream()
                    .noneMatch(k -> k.isEmpty() || k.equals(CodeActionKind.QuickFix))) {
                return out;
            }
            List<org.eclipse.lsp4j.Diagnostic> asked = context == null || context.getDiagnostics() == null ? List.of()
                    : context.getDiagnostics().stream().filter(x -> Lsp.SOURCE.equals(x.getSource())).toList();
            if (asked.isEmpty() && params.getRange() != null) {
                asked = publishedOn(d, params.getRange());
            }
            for (org.eclipse.lsp4j.Diagnostic lsp : asked) {
                Diagnostic finding = Lsp.finding(d.lines(), lsp);
                if (finding == null) {
                    continue;
                }
                for (QuickFixes.QuickFix fix : QuickFixes.all(d.note(), finding, d.parser())) {
                    CodeAction a = new CodeAction(fix.label());
                    a.setKind(CodeActionKind.QuickFix);
                    a.setDiagnostics(List.of(lsp));
                    a.setIsPreferred(true);
                    a.setEdit(new WorkspaceEdit(Map.of(d.uri, List.of(new TextEdit(
                            Lsp.range(d.lines(), fix.offset(), fix.offset() + fix.length()), fix.replacement())))));
                    out.add(Either.forRight(a));
                }
            }
            return out;
        });
    }

    /** The findings last published for the text as it is now, on the lines of {@code range}. */
    private List<org.eclipse.lsp4j.Diagnostic> publishedOn(NoteDocuments.Doc d, org.eclipse.lsp4j.Range range) {
        DocumentLinter.Findings f = server.linter.published(d.uri);
        if (f == null || !f.doc().text.equals(d.text)) {
            return List.of();
        }
        int from = range.getStart().getLine();
        int to = range.getEnd().getLine();
        return f.findings().stream().map(x -> Lsp.diagnostic(d.lines(), x))
                .filter(x -> x.getRange().getEnd().getLine() >= from && x.getRange().getStart().getLine() <= to).toList();
    }

    // ------------------------------------------------------------------ runs

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return server.answer("textDocument/codeLens", params, () -> {
            NoteDocuments.Doc d = documents.require(uri(params.getTextDocument()));
            List<CodeLens> out = new ArrayList<>();
            if (d.reference) {
                return out;
            }
            Note note = d.note();
            List<String> scenarios = new NoteAnnotations(note).scenarios().stream().map(s -> s.scenario().name()).toList();
            if (scenarios.isEmpty()) {
                scenarios = List.of(DEFAULT_SCENARIO);
            }
            for (Root r : TraceRunner.tracedRoots(note)) {
                for (String scenario : scenarios) {
                    out.add(new CodeLens(Lsp.range(d.lines(), r.range()), new Command("Run scenario ▸ " + scenario,
                            TracenotesServer.RUN_COMMAND, List.of(d.uri, r.name(), scenario)), null));
                }
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return server.answer("textDocument/inlayHint", params, () -> {
            NoteDocuments.Doc d = documents.require(uri(params.getTextDocument()));
            TracenotesServer.LastRun run = server.runs.get(d.uri);
            List<InlayHint> out = new ArrayList<>();
            if (run == null || !run.doc().text.equals(d.text)) {
                return out;
            }
            int from = params.getRange() == null ? 0 : params.getRange().getStart().getLine();
            int to = params.getRange() == null ? Integer.MAX_VALUE : params.getRange().getEnd().getLine();
            run.coverage().values().forEach((line, texts) -> {
                int l = line - 1;
                if (l >= from && l <= to && l < d.lines().lineCount() && !texts.isEmpty()) {
                    out.add(hint(d.lines(), l, texts));
                }
            });
            return out;
        });
    }

    /** The values a run left on a 0-based line, at the line's end. */
    static InlayHint hint(TextLines lines, int line, List<String> texts) {
        InlayHint h = new InlayHint(Lsp.position(lines, lines.lineEnd(line)), Either.forLeft(String.join("   ", texts)));
        h.setPaddingLeft(true);
        return h;
    }
}
