package org.tracenotes.cli.lsp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.tracenotes.core.ide.Folds;
import org.tracenotes.core.ide.Highlights;
import org.tracenotes.core.ide.OutlineTree;
import org.tracenotes.core.ide.TextLines;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Fix;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;

/** Core's values as LSP types: positions, ranges, findings, outline nodes, highlights. Nothing is computed here that core knows. */
final class Lsp {

    /** The {@code source} of every diagnostic. */
    static final String SOURCE = "tracenotes";

    /** Semantic token types, one per highlight kind (a standard type where one fits), and the modifiers. */
    static final List<String> TOKEN_TYPES = List.of("operator", "keyword", "function", "comment", "decorator");
    static final List<String> TOKEN_MODIFIERS = List.of("skipped");

    /** Each highlight kind's token type (an index into {@link #TOKEN_TYPES}) and modifier bits. */
    private static final Map<Highlights.Kind, int[]> TOKENS = new EnumMap<>(Highlights.Kind.class);

    static {
        for (Highlights.Kind k : Highlights.Kind.values()) {
            TOKENS.put(k, switch (k) {
                case ARROW -> new int[] {0, 0};
                case KEYWORD -> new int[] {1, 0};
                case FUNCTION -> new int[] {2, 0};
                case COMMENT -> new int[] {3, 0};
                case ANNOTATION -> new int[] {4, 0};
                case SKIPPED -> new int[] {3, 1};
            });
        }
    }

    private Lsp() {
    }

    static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TOKEN_TYPES, TOKEN_MODIFIERS);
    }

    static Position position(TextLines lines, int offset) {
        TextLines.Position p = lines.position(offset);
        return new Position(p.line(), p.character());
    }

    static int offset(TextLines lines, Position p) {
        return lines.offset(p.getLine(), p.getCharacter());
    }

    static Range range(TextLines lines, int offset, int endOffset) {
        return new Range(position(lines, offset), position(lines, Math.max(offset, endOffset)));
    }

    static Range range(TextLines lines, SourceRange r) {
        return range(lines, r.offset(), r.endOffset());
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    static Severity severity(DiagnosticSeverity s) {
        if (s == null) {
            return Severity.WARNING;
        }
        return switch (s) {
            case Error -> Severity.ERROR;
            case Warning -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }

    /** A lint finding as an LSP diagnostic: its rule id the code, the rule's severity, source {@value #SOURCE}. */
    static org.eclipse.lsp4j.Diagnostic diagnostic(TextLines lines, Diagnostic d) {
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range(lines, d.range()), d.message(),
                severity(d.severity()), SOURCE);
        out.setCode(Either.forLeft(d.ruleId()));
        if (!d.fixes().isEmpty()) {
            // the rule's fixes travel with the diagnostic (LSP keeps `data` for the code action request)
            List<Map<String, Object>> fixes = new ArrayList<>();
            for (Fix f : d.fixes()) {
                fixes.add(Map.of("label", f.label(), "offset", f.offset(), "original", f.original(), "replacement", f.replacement()));
            }
            out.setData(Map.of("fixes", fixes));
        }
        return out;
    }

    /** The fixes a diagnostic carried in its {@code data}, as the client sends it back. */
    private static List<Fix> fixes(Object data) {
        List<Fix> out = new ArrayList<>();
        com.google.gson.JsonElement json = data instanceof com.google.gson.JsonElement j ? j
                : data == null ? null : new com.google.gson.Gson().toJsonTree(data);
        if (json == null || !json.isJsonObject() || !json.getAsJsonObject().has("fixes")
                || !json.getAsJsonObject().get("fixes").isJsonArray()) {
            return out;
        }
        for (com.google.gson.JsonElement e : json.getAsJsonObject().getAsJsonArray("fixes")) {
            try {
                com.google.gson.JsonObject o = e.getAsJsonObject();
                out.add(new Fix(o.get("label").getAsString(), o.get("offset").getAsInt(), o.get("original").getAsString(),
                        o.get("replacement").getAsString()));
            } catch (RuntimeException bad) {
                // not a fix of ours: left out
            }
        }
        return out;
    }

    /**
     * An LSP diagnostic the client sends back (a code action's context) as the finding it stands for,
     * at its range in the text as it is now; null when it is not one of ours.
     */
    static Diagnostic finding(TextLines lines, org.eclipse.lsp4j.Diagnostic d) {
        if (d.getCode() == null || d.getRange() == null || d.getCode().isRight()
                || d.getSource() != null && !SOURCE.equals(d.getSource())) {
            return null;
        }
        int start = offset(lines, d.getRange().getStart());
        int end = offset(lines, d.getRange().getEnd());
        return new Diagnostic(d.getCode().getLeft(), severity(d.getSeverity()), d.getMessage() == null ? "" : d.getMessage(),
                new SourceRange(d.getRange().getStart().getLine() + 1, d.getRange().getStart().getCharacter() + 1,
                        d.getRange().getEnd().getLine() + 1, d.getRange().getEnd().getCharacter() + 1, start, end),
                fixes(d.getData()));
    }

    /**
     * The outline as document symbols. A node's range runs to the last line of its body (where core folds
     * it), so that it holds its children; its selection range is its own line.
     */
    static List<DocumentSymbol> symbols(TextLines lines, List<OutlineTree.Node> nodes, List<Folds.Fold> folds) {
        Map<Integer, Integer> foldEnd = new TreeMap<>();
        for (Folds.Fold f : folds) {
            foldEnd.merge(f.startLine(), f.endLine(), Math::max);
        }
        return symbols(lines, nodes, foldEnd);
    }

    private static List<DocumentSymbol> symbols(TextLines lines, List<OutlineTree.Node> nodes, Map<Integer, Integer> foldEnd) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (OutlineTree.Node n : nodes) {
            List<DocumentSymbol> children = symbols(lines, n.children(), foldEnd);
            Range own = range(lines, n.range());
            Position end = own.getEnd();
            Integer last = foldEnd.get(n.range().line());
            if (last != null) {
                end = later(end, position(lines, lines.lineEnd(last - 1)));
            }
            for (DocumentSymbol c : children) {
                end = later(end, c.getRange().getEnd());
            }
            String name = n.label().isBlank() ? n.kind().name().toLowerCase(java.util.Locale.ROOT) : n.label();
            DocumentSymbol s = new DocumentSymbol(name, kind(n.kind()), new Range(own.getStart(), end), own, detail(n.kind()));
            s.setChildren(children);
            out.add(s);
        }
        return out;
    }

    private static Position later(Position a, Position b) {
        return a.getLine() > b.getLine() || a.getLine() == b.getLine() && a.getCharacter() >= b.getCharacter() ? a : b;
    }

    static SymbolKind kind(OutlineTree.Kind k) {
        return switch (k) {
            case FUNCTION, EXPANSION -> SymbolKind.Function;
            case CALL -> SymbolKind.Event;
            case BRANCH -> SymbolKind.Operator;
        };
    }

    private static String detail(OutlineTree.Kind k) {
        return switch (k) {
            case FUNCTION -> "traced";
            case EXPANSION -> "traced inline";
            case CALL -> "call";
            case BRANCH -> "branch";
        };
    }

    /**
     * Highlights as semantic tokens: five integers per token (line and start relative to the previous
     * token, length, type, modifiers), a highlight over several lines cut into one token per line.
     */
    static List<Integer> tokens(TextLines lines, List<Highlights.Highlight> highlights) {
        List<Integer> data = new ArrayList<>();
        int line = 0;
        int character = 0;
        for (Highlights.Highlight h : highlights) {
            int[] type = TOKENS.get(h.kind());
            for (TextLines.Segment s : lines.segments(h.offset(), h.length())) {
                data.add(s.line() - line);
                data.add(s.line() == line ? s.character() - character : s.character());
                data.add(s.length());
                data.add(type[0]);
                data.add(type[1]);
                line = s.line();
                character = s.character();
            }
        }
        return data;
    }

    /** A request refused: the client gets {@code code} and {@code message}, never a stack trace. */
    static ResponseErrorException error(ResponseErrorCode code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }

    static ResponseErrorException invalidParams(String message) {
        return error(ResponseErrorCode.InvalidParams, message);
    }
}
