package org.tracenotes.core.parse;

import java.util.BitSet;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.tracenotes.grammar.TraceParser;

/**
 * The two-stage parse (SLL prediction, then full LL prediction where SLL fails) with the second stage
 * narrowed to the lines that need it. The note is parsed with SLL prediction and the bail-out strategy;
 * when that fails, it is parsed again with full LL prediction for the decisions taken on the line where
 * it failed and SLL for all the others, and so on while each attempt fails on a new line. A cast such
 * as {@code (u32)leaf} is such a line: SLL, which merges the contexts an expression may end in, takes
 * the parenthesised expression. Before, one such line sent the whole note to LL, where the "C or prose"
 * decision of every line needs full-context prediction: six notes of the shared corpus took a third of
 * the corpus's parse time.
 *
 * <p>The tree is the one the note-wide LL parse builds: a decision SLL takes in a parse that succeeds
 * is the one LL takes (the same argument as for the note-wide two stages), and the LL decisions see the
 * same context stack as in the note-wide LL parse. {@link #note()} throws {@link ParseCancellationException}
 * when an attempt fails again on a line already parsed with LL, or after {@link #MAX_ATTEMPTS}: the caller
 * then parses the whole note with LL and the default error strategy, as before.
 */
final class LineFallbackParser extends TraceParser {

    /** Parses of the note, the first with SLL alone, before giving the whole note to LL. */
    static final int MAX_ATTEMPTS = 8;

    /** The lines (1-based) whose decisions are predicted with full LL. */
    private final BitSet llLines = new BitSet();

    LineFallbackParser(TokenStream input) {
        super(input);
        setInterpreter(new LinePrediction(this));
        removeErrorListeners();
        setErrorHandler(new BailErrorStrategy());
    }

    /** Whether the last {@link #parseNote()} needed LL prediction on some line. */
    boolean usedLl() {
        return !llLines.isEmpty();
    }

    /** The note's tree, or {@link ParseCancellationException} when the lines' LL stage does not make it parse. */
    NoteContext parseNote() {
        for (int attempt = 1; ; attempt++) {
            try {
                return note();
            } catch (ParseCancellationException e) {
                Token offending = e.getCause() instanceof RecognitionException re ? re.getOffendingToken() : null;
                if (offending == null || offending.getLine() < 1 || llLines.get(offending.getLine())
                        || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                llLines.set(offending.getLine());
                _input.seek(0);
                reset();
            }
        }
    }

    /** SLL prediction, except full LL for a decision whose first token is on one of {@link #llLines}. */
    private static final class LinePrediction extends ParserATNSimulator {
        private final LineFallbackParser parser;

        LinePrediction(LineFallbackParser parser) {
            super(parser, _ATN, _decisionToDFA, _sharedContextCache);
            this.parser = parser;
            setPredictionMode(PredictionMode.SLL);
        }

        @Override
        public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
            if (!parser.llLines.isEmpty()) {
                setPredictionMode(parser.llLines.get(input.LT(1).getLine()) ? PredictionMode.LL : PredictionMode.SLL);
            }
            return super.adaptivePredict(input, decision, outerContext);
        }
    }
}
