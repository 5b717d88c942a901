package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.tracenotes.core.DeepStack;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.grammar.EntityArrows;
import org.tracenotes.grammar.HtmlPreText;
import org.tracenotes.grammar.LayoutFinding;
import org.tracenotes.grammar.TraceLexer;
import org.tracenotes.grammar.TraceParser;
import org.tracenotes.core.lint.rules.parse.EmptyNote;
import org.tracenotes.core.lint.rules.parse.LongLine;
import org.tracenotes.core.lint.rules.parse.NotATrace;
import org.tracenotes.core.lint.rules.parse.ParserLimit;
import org.tracenotes.core.lint.rules.parse.SyntaxError;
import org.tracenotes.core.lint.rules.parse.UnterminatedComment;
import org.tracenotes.core.lint.rules.parse.UnterminatedFence;

/**
 * Parses notes into the model. Never throws on bad input: whatever is wrong is a diagnostic. Safe to
 * share between threads.
 */
public final class NoteParser {

    private final ParseOptions options;
    /** Long notes are parsed in pieces of at least this many characters ({@link SectionedParse}). */
    private final int pieceChars;
    /** Whether the notes keep their model; false: text, front matter and findings only ({@link #findingsOnly}). */
    private final boolean model;

    public NoteParser(ParseOptions options) {
        this(options, SectionedParse.PIECE_CHARS, true);
    }

    /** A parser that cuts notes into pieces of at least {@code pieceChars} characters (tests cut at every heading). */
    NoteParser(ParseOptions options, int pieceChars, boolean model) {
        this.options = options;
        this.pieceChars = Math.max(1, pieceChars);
        this.model = model;
    }

    /**
     * This parser, its notes keeping only their text, front matter and findings (no sections): what
     * {@code check} needs. The findings are the ones a full parse makes; a long note's model is then
     * dropped piece by piece as it is read, so reading it takes a fraction of the memory.
     */
    public NoteParser findingsOnly() {
        return new NoteParser(options, pieceChars, false);
    }

    /** This parser with other options (and the same model setting). */
    public NoteParser withOptions(ParseOptions other) {
        return new NoteParser(other, pieceChars, model);
    }

    public NoteParser() {
        this(ParseOptions.defaults());
    }

    public ParseOptions options() {
        return options;
    }

    /**
     * Parses one C expression or statement as written in an annotation ({@code $ret == 0},
     * {@code ret = -EIO}); empty when the text is not C.
     */
    public Optional<Expr> expression(String text) {
        if (text.isBlank() || text.contains("\n")) {
            return Optional.empty();
        }
        Note n = new NoteParser(options.withWholeTrace(true)).parse("expression", "=> " + text.strip() + "\n");
        List<Step> steps = n.steps();
        if (steps.size() != 1 || steps.get(0).kind() == StepKind.PROSE || steps.get(0).expression() == null
                || !steps.get(0).comments().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(steps.get(0).expression());
    }

    /** The note's text as lines, measured once for many {@link #tabWidthOf} calls. */
    public static final class Lines {
        private final SourceText source;

        public Lines(String text) {
            this.source = new SourceText(text);
        }
    }

    /**
     * The tab width this parser read {@code block} of {@code note} with: the configured width, else
     * the note's front matter {@code tracenotes.tab-width}, else the width guessed for the block.
     * {@code lines} is the note's text measured once by the caller, so that asking for every block
     * stays linear in the note.
     */
    public int tabWidthOf(Note note, TraceBlock block, Lines lines) {
        if (options.tabWidth() != ParseOptions.AUTO_TAB_WIDTH) {
            return options.tabWidth();
        }
        if (note.frontMatter().get("tracenotes") instanceof Map<?, ?> tn && tn.get("tab-width") instanceof Integer w
                && w >= 1 && w <= 16) {
            return w;
        }
        return TabWidth.detect(lines.source, block.range().line(), block.range().endLine() + 1);
    }

    /**
     * What {@link #parse} gives for {@code before}'s text with the UTF-16 range [{@code from}, {@code to})
     * replaced by {@code inserted}, {@code before} having been parsed by a parser with these options. A
     * change inside one section is parsed by parsing that section alone and moving the model of the
     * sections after it ({@link IncrementalParse}); a change the section alone cannot decide parses the
     * whole new text.
     */
    public Note reparse(Note before, int from, int to, String inserted) {
        Note quick = model ? IncrementalParse.apply(this, before, from, to, inserted) : null;
        return quick != null ? DepthLimits.bound(quick)
                : parse(before.source(), before.text().substring(0, from) + inserted + before.text().substring(to));
    }

    /** Parses {@code text}, read from {@code source} (a path or any name, used in diagnostics). */
    public Note parse(String source, String text) {
        return parse(source, text, List.of());
    }

    /** Parses {@code text} and adds {@code earlier} diagnostics (e.g. from decoding its bytes). */
    Note parse(String source, String text, List<Diagnostic> earlier) {
        DeepStack.Outcome<Note> outcome = DeepStack.call("tracenotes-parse", () -> parseHere(source, text, earlier));
        if (outcome.value() != null) {
            Note n = DepthLimits.bound(outcome.value());
            return model ? n : new Note(n.source(), n.text(), n.frontMatter(), List.of(), n.diagnostics());
        }
        List<Diagnostic> ds = new ArrayList<>(earlier);
        Throwable t = outcome.failure();
        String why = t instanceof StackOverflowError ? "note nests too deeply to parse"
                : t instanceof OutOfMemoryError ? "note is too large for the memory given to Java (raise -Xmx)"
                : t instanceof InterruptedException ? "parsing was interrupted"
                : "could not parse the note: " + t;
        ds.add(new Diagnostic(ParserLimit.ID, Severity.ERROR, why, SourceRange.at(1, 1, 0)));
        return new Note(source, text, Map.of(), List.of(), ds);
    }

    private Note parseHere(String source, String text, List<Diagnostic> earlier) {
        if (SectionedParse.applies(text, options, pieceChars)) {
            // without the model, a piece's depth is bounded as it is read (a piece too deep sends the note to a whole parse)
            Note pieces = SectionedParse.parse(model ? piece -> parseWhole(source, piece, List.of())
                            : piece -> DepthLimits.bound(parseWhole(source, piece, List.of())),
                    source, text, earlier, pieceChars, model);
            if (pieces != null) {
                return pieces;
            }
        }
        return parseWhole(source, text, earlier);
    }

    /** {@code text} parsed in pieces, or null when it is not cut or a piece cannot stand alone (for tests). */
    Note parseInPieces(String source, String text) {
        return DeepStack.call("tracenotes-parse", () -> SectionedParse.applies(text, options, pieceChars)
                ? SectionedParse.parse(piece -> parseWhole(source, piece, List.of()), source, text, List.of(), pieceChars, true)
                : null).value();
    }

    /** Parses the whole of {@code text} at once. */
    private Note parseWhole(String source, String text, List<Diagnostic> earlier) {
        String read = DashedArms.plain(EntityArrows.shown(HtmlPreText.shown(QuotedBlocks.unquoted(text))));   // the same length: every offset of the note stays
        SourceText src = new SourceText(read);
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        if (text.isEmpty()) {
            diagnostics.add(new Diagnostic(EmptyNote.ID, Severity.INFO, "note is empty", SourceRange.at(1, 1, 0)));
        }
        TraceLexer lexer = TraceLexer.over(read, source);
        lexer.setWholeInputIsTrace(options.wholeTrace());
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener(src, diagnostics));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        TraceParser.NoteContext tree;
        try {
            tree = new LineFallbackParser(tokens).parseNote();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            TraceParser parser = new TraceParser(tokens);
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(listener(src, diagnostics));
            tree = parser.note();
        }

        for (LayoutFinding f : lexer.layoutFindings()) {
            diagnostics.add(layoutDiagnostic(src, f));
        }
        FrontMatter fm = frontMatter(tree, src, diagnostics);
        int tabWidth = options.tabWidth() != ParseOptions.AUTO_TAB_WIDTH ? options.tabWidth()
                : fm.tabWidth().orElse(ParseOptions.AUTO_TAB_WIDTH);
        NoteBuilder builder = new NoteBuilder(src, tokens, tabWidth, options.dialect(), fm.dialect(), diagnostics);
        List<Section> sections = builder.build(tree);
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.range().offset())
                .thenComparing(Diagnostic::ruleId));
        return new Note(source, text, fm.values(), sections, diagnostics);
    }

    private record FrontMatter(Map<String, Object> values, Optional<Dialect> dialect, Optional<Integer> tabWidth) { }

    /**
     * YAML front matter. Tracenotes reads its own keys under {@code tracenotes:}: {@code dialect}
     * ({@code seed|call|tree}) and {@code tab-width}.
     */
    private static FrontMatter frontMatter(TraceParser.NoteContext tree, SourceText src, List<Diagnostic> diagnostics) {
        // the lexer makes the front matter the note's first token, so it can only be the tree's first
        // child (FRONT_MATTER() would walk every element of the note)
        if (tree.getChildCount() == 0 || !(tree.getChild(0) instanceof org.antlr.v4.runtime.tree.TerminalNode fm)
                || fm.getSymbol().getType() != TraceLexer.FRONT_MATTER) {
            return new FrontMatter(Map.of(), Optional.empty(), Optional.empty());
        }
        String block = fm.getText();
        String yaml = block.substring(block.indexOf('\n') + 1);
        yaml = yaml.substring(0, Math.max(0, yaml.stripTrailing().lastIndexOf('\n') + 1));
        SourceRange at = SourceRange.at(1, 1, 0);
        Map<String, Object> values;
        try {
            values = NoteBuilder.frontMatterMap(org.tracenotes.core.YamlInput.load(yaml));
        } catch (YamlEngineException e) {
            String first = e instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m
                    ? m.getProblem() + m.getProblemMark().map(k -> " (line " + (k.getLine() + 2) + ")").orElse("")
                    : e.getMessage() == null ? "invalid YAML" : e.getMessage().lines().findFirst().orElse("");
            diagnostics.add(new Diagnostic(org.tracenotes.core.lint.rules.parse.FrontMatter.ID, Severity.WARNING, "front matter is not valid YAML: " + first, at));
            return new FrontMatter(Map.of(), Optional.empty(), Optional.empty());
        }
        Optional<Dialect> dialect = Optional.empty();
        Optional<Integer> tabWidth = Optional.empty();
        if (values.get("tracenotes") instanceof Map<?, ?> own) {
            for (Map.Entry<?, ?> e : own.entrySet()) {
                String key = String.valueOf(e.getKey());
                String value = String.valueOf(e.getValue());
                switch (key) {
                    case "dialect" -> {
                        dialect = Dialect.byId(value);
                        if (dialect.isEmpty()) {
                            diagnostics.add(new Diagnostic(org.tracenotes.core.lint.rules.parse.FrontMatter.ID, Severity.WARNING,
                                    "unknown dialect `" + value + "`; expected seed, call or tree", at));
                        }
                    }
                    case "tab-width" -> {
                        if (e.getValue() instanceof Integer w && w >= 1 && w <= 16) {
                            tabWidth = Optional.of(w);
                        } else {
                            diagnostics.add(new Diagnostic(org.tracenotes.core.lint.rules.parse.FrontMatter.ID, Severity.WARNING,
                                    "tab-width must be a whole number from 1 to 16, not `" + value + "`", at));
                        }
                    }
                    default -> diagnostics.add(new Diagnostic(org.tracenotes.core.lint.rules.parse.FrontMatter.ID, Severity.WARNING,
                            "unknown key `tracenotes." + key + "`; known: dialect, tab-width", at));
                }
            }
        }
        return new FrontMatter(values, dialect, tabWidth);
    }

    private static Diagnostic layoutDiagnostic(SourceText src, LayoutFinding f) {
        int line = Math.min(f.line(), src.lineCount());
        String text = src.line(line);
        int col = Math.min(f.column(), text.codePointCount(0, text.length()) + 1);
        int offset = src.lineStart(line) + text.offsetByCodePoints(0, col - 1);
        SourceRange range = src.range(offset, src.lineStart(line) + text.length());
        return switch (f.kind()) {
            case NOT_A_TRACE -> new Diagnostic(NotATrace.ID, Severity.INFO, f.message(), range);
            case UNTERMINATED_FENCE -> new Diagnostic(UnterminatedFence.ID, Severity.WARNING, f.message(), range);
            case UNTERMINATED_COMMENT -> new Diagnostic(UnterminatedComment.ID, Severity.WARNING, f.message(), range);
            case LONG_LINE -> new Diagnostic(LongLine.ID, Severity.WARNING, f.message(), range);
        };
    }

    private static BaseErrorListener listener(SourceText src, List<Diagnostic> out) {
        return new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                                    RecognitionException e) {
                SourceRange range;
                if (offending instanceof Token t && t.getStartIndex() >= 0) {
                    range = src.rangeOfCodePoints(t.getStartIndex(), Math.max(t.getStartIndex(), t.getStopIndex() + 1));
                } else {
                    int l = Math.max(1, Math.min(line, src.lineCount()));
                    range = SourceRange.at(l, column + 1, src.lineStart(l));
                }
                out.add(new Diagnostic(SyntaxError.ID, Severity.ERROR, msg, range));
            }
        };
    }
}
