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

    // the layout pass's fence and heading lines (NoteLayout)
    private static final Pattern FENCE_OPEN = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    /** The line range a not-a-trace finding's message opens with (moved with its piece). */
    private static final Pattern LINES = Pattern.compile("^lines (\\d+)-(\\d+) ");

    private SectionedParse() {
    }

    /** Whether {@code text} is long enough to be parsed in pieces ({@link #PIECES_FROM} of them), and can be. */
    static boolean applies(String text, ParseOptions options, int pieceChars) {
        return text.length() >= (long) PIECES_FROM * pieceChars && !options.wholeTrace() && text.indexOf('\t') < 0
                && text.indexOf('\r') < 0 && !text.startsWith("\uFEFF") && !firstLine(text).strip().equals("---");
    }

    /**
     * {@code text} parsed piece by piece with {@code parseWhole} (which parses a text alone, without the
     * depth bound), each piece's sections given to {@code sections} in order and its findings kept; the note
     * with the sections collected, or null when a piece cannot stand alone (the caller then parses the
     * whole text). When {@code keepModel} is false the note has no sections (only the findings are kept).
     */
    static Note parse(Function<String, Note> parseWhole, String source, String text, List<Diagnostic> earlier,
                      int pieceChars, boolean keepModel) {
        List<int[]> cuts = cuts(text, pieceChars);
        if (cuts.size() < 2) {
            return null;
        }
        List<Section> sections = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        try (Pieces pieces = new Pieces(parseWhole, text, cuts)) {
            for (int i = 0; i < cuts.size(); i++) {
                int from = cuts.get(i)[0];
                int lines = cuts.get(i)[1];
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
     * once (the memory stays that of a few pieces, whatever the note's length). With one core, or under
     * {@link #PARALLEL_FROM} pieces, a piece is parsed when it is taken, on the caller's thread, as
     * before. A piece's parse that throws (a stack overflow, say) throws on the caller's thread.
     */
    private static final class Pieces implements AutoCloseable {

        private final Function<String, Note> parseWhole;
        private final String text;
        private final List<int[]> cuts;
        private final ExecutorService workers;
        private final ArrayDeque<Future<Note>> inFlight = new ArrayDeque<>();
        private int submitted;
        private int taken;

        Pieces(Function<String, Note> parseWhole, String text, List<int[]> cuts) {
            this.parseWhole = parseWhole;
            this.text = text;
            this.cuts = cuts;
            int cores = Runtime.getRuntime().availableProcessors();
            this.workers = cores < 2 || cuts.size() < PARALLEL_FROM || ParallelMap.onWorker() ? null : Executors.newFixedThreadPool(cores, r -> {
                Thread t = new Thread(null, r, "tracenotes-piece", DeepStack.STACK_BYTES);
                t.setDaemon(true);
                return t;
            });
            if (workers != null) {
                while (submitted < cuts.size() && submitted < (long) cores * WINDOW_PER_WORKER) {
                    submit();
                }
            }
        }

        private String piece(int i) {
            return text.substring(cuts.get(i)[0], i + 1 < cuts.size() ? cuts.get(i + 1)[0] : text.length());
        }

        private void submit() {
            int i = submitted++;
            inFlight.add(workers.submit(() -> parseWhole.apply(piece(i))));
        }

        /** The next piece's parse. */
        Note next() {
            int i = taken++;
            if (workers == null) {
                return parseWhole.apply(piece(i));
            }
            Future<Note> f = inFlight.remove();
            if (submitted < cuts.size()) {
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
        List<int[]> cuts = new ArrayList<>();
        cuts.add(new int[] {0, 0});
        int last = 0;
        int line = 0;          // 0-based line of `start`
        char fence = 0;        // the open fence's character, 0 outside fences
        int fenceLength = 0;
        boolean gdb = false;
        for (int start = 0; start < text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            // each pattern only on a line whose first characters can start it (a line is copied out for those alone)
            if (fence != 0) {
                if (firstNonWhitespace(text, start, end) == fence) {
                    String t = text.substring(start, end).strip();
                    if (t.length() >= fenceLength && closes(t, fence)) {
                        fence = 0;
                    }
                }
            } else {
                char first = firstNot(text, start, end, " \t");
                Matcher f = first == '`' || first == '~' ? FENCE_OPEN.matcher(text.substring(start, end)) : null;
                if (f != null && f.matches() && !(f.group(2).charAt(0) == '`' && f.group(3).indexOf('`') >= 0)) {
                    fence = f.group(2).charAt(0);
                    fenceLength = f.group(2).length();
                } else if (!gdb && start - last >= pieceChars && firstNot(text, start, Math.min(end, start + 4), " ") == '#'
                        && HEADING.matcher(text.substring(start, end)).matches()) {
                    cuts.add(new int[] {start, line});
                    last = start;
                }
            }
            if (!gdb && hasHashDigit(text, start, end)) {
                gdb = true;   // for good: which later line ends the lexer's gdb frame is the lexer's to know
            }
            start = nl < 0 ? text.length() : nl + 1;
        }
        return cuts;
    }

    /** The first character of [{@code from}, {@code to}) that is not whitespace ({@link String#strip}'s), or 0. */
    private static char firstNonWhitespace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    /** The first character of [{@code from}, {@code to}) that is none of {@code skipped}, or 0. */
    private static char firstNot(String text, int from, int to, String skipped) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (skipped.indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /** Whether [{@code from}, {@code to}) holds a {@code #} followed by a digit (a gdb frame's {@code #3}). */
    private static boolean hasHashDigit(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char next = text.charAt(i + 1);
            if (text.charAt(i) == '#' && next >= '0' && next <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean closes(String line, char fence) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != fence) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
