package org.tracenotes.grammar;

import java.util.Arrays;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's lexer simulator keeps DFA edges for ASCII characters only: every other character is
 * simulated through the ATN again each time it is read, as most characters of a note's Chinese text
 * are. The lexer's rules tell only a few non-ASCII characters apart (no-break and ideographic space,
 * the ellipsis, the full-width comma and semicolon); every other one is in exactly the same sets of
 * every rule, so from a DFA state they all lead to the same state. This simulator keeps that one edge
 * per state beside ANTLR's table, and leaves the characters the rules tell apart to ANTLR. Which
 * characters those are is read from the ATN, not listed here.
 */
final class WideCharLexerSimulator extends LexerATNSimulator {

    /** A wide character no rule names: the one the others are compared with. */
    private static final int SAMPLE = 0x4E00;
    private static final IntervalSet TOLD_APART = toldApart(TraceLexer._ATN);
    /** Per mode, per DFA state number: the state a wide character not told apart leads to. */
    private static volatile DFAState[][] wideEdges = new DFAState[TraceLexer._decisionToDFA.length][];

    WideCharLexerSimulator(Lexer lexer) {
        super(lexer, TraceLexer._ATN, TraceLexer._decisionToDFA, TraceLexer._sharedContextCache);
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        if (t > MAX_DFA_EDGE && !TOLD_APART.contains(t)) {
            DFAState[] row = wideEdges[mode];
            return row != null && s.stateNumber >= 0 && s.stateNumber < row.length ? row[s.stateNumber] : null;
        }
        return super.getExistingTargetState(s, t);
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
        if (t > MAX_DFA_EDGE && !TOLD_APART.contains(t)) {
            if (p.stateNumber >= 0 && p.stateNumber < Integer.MAX_VALUE) {
                record(mode, p.stateNumber, q);
            }
            return;
        }
        super.addDFAEdge(p, t, q);
    }

    private static synchronized void record(int mode, int state, DFAState target) {
        DFAState[][] all = wideEdges;
        DFAState[] row = all[mode];
        if (row == null || state >= row.length) {
            row = Arrays.copyOf(row == null ? new DFAState[0] : row, Math.max(64, 2 * state + 1));
        }
        row[state] = target;
        all[mode] = row;
        wideEdges = all;   // the volatile write publishes the edge
    }

    /**
     * The non-ASCII characters some transition of {@code atn} treats otherwise than {@link #SAMPLE}:
     * in a set that does not hold it, or missing from a set that does.
     */
    static IntervalSet toldApart(ATN atn) {
        IntervalSet wide = IntervalSet.of(MAX_DFA_EDGE + 1, Lexer.MAX_CHAR_VALUE);
        IntervalSet apart = new IntervalSet();
        for (ATNState state : atn.states) {
            if (state == null) {
                continue;
            }
            for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                Transition t = state.transition(i);
                IntervalSet label = t.label();
                if (label != null) {
                    apart.addAll(label.contains(SAMPLE) ? wide.subtract(label) : label.and(wide));
                }
            }
        }
        return apart;
    }
}
