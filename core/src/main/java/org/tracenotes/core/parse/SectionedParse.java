package org.tracenotes.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.DeepStack;
import org.tracenotes.core.ParallelMap;
import org.tracenotes.core.lint.rules.parse.NotATrace;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Section;

/**
 * A long note parsed piece by piece: the text is cut at headings into pieces of at least
 * {@code pieceChars} characters, each piece is lexed, parsed and built alone, its model moved into place
 * ({@link IncrementalParse#shift}) and its tokens and parse tree dropped before the next piece is read.
 * The heap then holds one piece's code points, tokens and tree at a time besides the model, instead of the
 * whole note's (a 20 MB note: 3.3 million tokens).
 *
 * <p>A piece is parsed alone exactly as {@link IncrementalParse} parses a section alone, on the same
 * grounds: a heading the layout pass sees as one ends every block, fence, comment and joined line, so
 * what follows it depends on nothing before it, provided the note has no front matter, no tab (the tab
 * width is guessed from the whole note) and no carriage return. A piece is cut only at a heading outside
 * fences (found with the layout pass's own rules for fences and headings), and never after a line
 * that could be a pasted gdb frame ({@code #1 foo (…)}): the lexer carries "in a gdb frame" over headings
 * until a trace line it reads ends it, which a scan of the lines cannot tell. Every piece's parse is then checked: every finding of a kind a
 * section makes alone ({@link IncrementalParse#regionLocal}: an unclosed fence or comment, a syntax error
 * and the like are not), and every piece after the first opening with a section at its first line. When
 * a check fails, {@link #parse} answers null and the caller parses the whole text.
 * {@code SectionedParseTest} checks the result equals a whole parse, over the corpus and the seed, cut at
 * every heading. The pieces are parsed on every core, a few at a time ({@link Pieces}), and taken in order.
 */
final class SectionedParse {

    /**
     * Pieces are at least this many characters long, and only notes of at least {@link #PIECES_FROM} times
     * as many are cut (a note of under a megabyte parses whole, as before). 64 Ki characters: a piece's
     * tokens and tree (a few MB) then die young, in the young generation, instead of being promoted with
     * the note's text (pieces of 256 Ki characters: a 20 MB note's check peaked at 430 MB resident instead
     * of 290 MB with the serial collector, the same CPU time).
     */
    static final int PIECE_CHARS = 1 << 16;
    /** How many pieces' worth of characters a note needs to be cut. */
    static final int PIECES_FROM = 16;
    /** Pieces are parsed on every core when there are at least this many. */
    static final int PARALLEL_FROM = 4;
    /** At most this many pieces a worker are handed out and not yet taken (parsed, in parsing or queued). */
    static final int WINDOW_PER_WORKER = 2;

    /** The line range a not-a-trace finding's message opens with (moved with its piece). */
    private static final Pattern LINES = Pattern.compile("^lines (\\d+)-(\\d+) ");

    private SectionedParse() {
    }

    /**
     * Whether {@code text} is long enough to be parsed in pieces ({@link #PIECES_FROM} of them), and has
     * no front matter, byte order mark or whole-trace option. A tab or a carriage return also keeps a note
     * whole; {@link #parse} finds them in the scan that finds the cuts (one pass over the text instead of
     * three) and then answers null.
     */
    static boolean applies(String text, ParseOptions options, int pieceChars) {
        return text.length() >= (long) PIECES_FROM * pieceChars && !options.wholeTrace()
                && !text.startsWith("\uFEFF") && !firstLine(text).strip().equals("---");
    }

    /**
     * {@code text} parsed piece by piece with {@code parseWhole} (which parses a text alone, without the
     * depth bound), each piece's sections given to {@code sections} in order and its findings kept; the note
     * with the sections collected, or null when the note holds a tab or a carriage return, or a piece cannot
     * stand alone (the caller then parses the whole text). When {@code keepModel} is false the note has no
     * sections (only the findings are kept).
     */
    static Note parse(Function<String, Note> parseWhole, String source, String text, List<Diagnostic> earlier,
                      int pieceChars, boolean keepModel) {
        PieceCuts cuts = new PieceCuts(text, pieceChars);
        List<Section> sections = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        try (Pieces pieces = Pieces.start(parseWhole, text, cuts)) {
            if (pieces == null) {
                return null;
            }
            for (int i = 0; i < cuts.found(); i++) {
                int from = cuts.offset(i);
                int lines = cuts.line(i);
                Note piece = pieces.next();
                if (!standsAlone(piece, i > 0)) {
                    return null;
                }
                for (Diagnostic d : piece.diagnostics()) {
                    diagnostics.add(moved(d, from, lines));
                }
                if (keepModel) {
                    for (Section s : piece.sections()) {
                        sections.add(from == 0 ? s : IncrementalParse.shift(s, from, lines));
                    }
                }
            }
        }
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.range().offset()).thenComparing(Diagnostic::ruleId));
        return new Note(source, text, Map.of(), sections, diagnostics);
    }

    /**
     * The pieces' parses, in order, made on every core: a worker per core, each piece handed out as the
     * one before is taken, so at most {@link #WINDOW_PER_WORKER} pieces a worker are parsed or waiting at
     * once (the memory stays that of a few pieces, whatever the note's length). The workers start on the
     * first pieces as soon as their cuts are found; the caller's thread then finds the rest of the cuts
     * while they parse (the scan was a serial stage before every parse). With one core, or under
     * {@link #PARALLEL_FROM} pieces, a piece is parsed when it is taken, on the caller's thread, as before.
     * A piece's parse that throws (a stack overflow, say) throws on the caller's thread.
     */
    private static final class Pieces implements AutoCloseable {

        private final Function<String, Note> parseWhole;
        private final String text;
        private final PieceCuts cuts;
        private final ExecutorService workers;
        private final ArrayDeque<Future<Note>> inFlight = new ArrayDeque<>();
        private int submitted;
        private int taken;

        private Pieces(Function<String, Note> parseWhole, String text, PieceCuts cuts, ExecutorService workers) {
            this.parseWhole = parseWhole;
            this.text = text;
            this.cuts = cuts;
            this.workers = workers;
        }

        /**
         * The pieces of {@code text}, the first ones handed to the workers and every cut found; null when the
         * note is not to be cut (a tab or carriage return in it, or no cut at all).
         */
        static Pieces start(Function<String, Note> parseWhole, String text, PieceCuts cuts) {
            int cores = Runtime.getRuntime().availableProcessors();
            int window = cores * WINDOW_PER_WORKER;
            boolean more = cuts.findPast(window);   // else the text was scanned to its end (or to a tab or CR)
            if (cuts.keepsWhole()) {
                return null;
            }
            if (cores < 2 || ParallelMap.onWorker() || !more && cuts.found() < PARALLEL_FROM) {
                cuts.findAll();
                return cuts.keepsWhole() || cuts.found() < 2 ? null : new Pieces(parseWhole, text, cuts, null);
            }
            Pieces p = new Pieces(parseWhole, text, cuts, Executors.newFixedThreadPool(cores, r -> {
                Thread t = new Thread(null, r, "tracenotes-piece", DeepStack.STACK_BYTES);
                t.setDaemon(true);
                return t;
            }));
            while (p.submitted < window && p.submitted < cuts.found()) {   // each of these pieces' end is known
                p.submit();
            }
            cuts.findAll();           // while the workers parse
            if (cuts.keepsWhole()) {
                p.close();
                return null;
            }
            return p;
        }

        private String piece(int i) {
            return text.substring(cuts.offset(i), end(i));
        }

        private int end(int i) {
            return i + 1 < cuts.found() ? cuts.offset(i + 1) : text.length();
        }

        private void submit() {
            int i = submitted++;
            int from = cuts.offset(i);   // read here: the caller's thread may still be finding cuts
            int to = end(i);
            inFlight.add(workers.submit(() -> parseWhole.apply(text.substring(from, to))));
        }

        /** The next piece's parse. */
        Note next() {
            int i = taken++;
            if (workers == null) {
                return parseWhole.apply(piece(i));
            }
            Future<Note> f = inFlight.remove();
            if (submitted < cuts.found()) {
                submit();
            }
            try {
                return f.get();
            } catch (ExecutionException e) {
                throw ParallelMap.<RuntimeException>rethrow(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ParallelMap.<RuntimeException>rethrow(e); // NoteParser names it: "parsing was interrupted"
            }
        }

        @Override
        public void close() {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    private static boolean standsAlone(Note piece, boolean startsAtHeading) {
        for (Diagnostic d : piece.diagnostics()) {
            if (!IncrementalParse.regionLocal(d.ruleId()) || !d.fixes().isEmpty()) {
                return false;
            }
        }
        if (!startsAtHeading) {
            return true;
        }
        List<Section> ss = piece.sections();
        return !ss.isEmpty() && ss.get(0).heading() != null && ss.get(0).heading().offset() == 0 && ss.get(0).level() > 0;
    }

    /** A piece's finding where it stands in the whole note; a "lines a-b" message names the note's lines. */
    private static Diagnostic moved(Diagnostic d, int by, int lines) {
        if (by == 0 && lines == 0) {
            return d;
        }
        String message = d.message();
        if (d.ruleId().equals(NotATrace.ID)) {
            Matcher m = LINES.matcher(message);
            if (m.find()) {
                message = "lines " + (Integer.parseInt(m.group(1)) + lines) + "-" + (Integer.parseInt(m.group(2)) + lines)
                        + " " + message.substring(m.end());
            }
        }
        return new Diagnostic(d.ruleId(), d.severity(), message, IncrementalParse.shift(d.range(), by, lines));
    }

    /**
     * Where the pieces start: {UTF-16 offset, lines before it}, the first at {0, 0}, each next one at the
     * first heading at least {@code pieceChars} past the last cut that is outside fences and before any
     * possible gdb frame.
     */
    static List<int[]> cuts(String text, int pieceChars) {
        PieceCuts cuts = new PieceCuts(text, pieceChars);
        cuts.findAll();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < cuts.found(); i++) {
            out.add(new int[] {cuts.offset(i), cuts.line(i)});
        }
        return out;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
