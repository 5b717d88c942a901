package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.CorpusFiles;
import org.tracenotes.grammar.TraceLexer;
import org.tracenotes.grammar.TraceParser;

/** Falling back to LL prediction line by line builds the tree the note-wide two-stage parse builds. */
class LineFallbackParserTest {

    private static CommonTokenStream tokens(String text) {
        TraceLexer lexer = new TraceLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        return tokens;
    }

    /** The note-wide two-stage parse: SLL for the whole note, and LL for the whole note where SLL fails. */
    private static String noteWide(String text) {
        CommonTokenStream tokens = tokens(text);
        TraceParser parser = new TraceParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return shape(parser.note());
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            return shape(parser.note());
        }
    }

    private static boolean sllFails(String text) {
        TraceParser parser = new TraceParser(tokens(text));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.note();
            return false;
        } catch (ParseCancellationException e) {
            return true;
        }
    }

    private static String lineByLine(String text) {
        return shape(new LineFallbackParser(tokens(text)).parseNote());
    }

    /** Every context's class (its rule and labelled alternative), every token's index, and error marks. */
    private static String shape(ParseTree tree) {
        StringBuilder out = new StringBuilder();
        shape(tree, out);
        return out.toString();
    }

    private static void shape(ParseTree tree, StringBuilder out) {
        if (tree instanceof TerminalNode t) {
            out.append(' ').append(t.getSymbol().getTokenIndex());
            return;
        }
        ParserRuleContext c = (ParserRuleContext) tree;
        out.append(" (").append(c.getClass().getSimpleName()).append(c.exception != null ? "!" : "")
                .append(' ').append(c.start.getTokenIndex()).append('-').append(c.stop == null ? -1 : c.stop.getTokenIndex());
        for (int i = 0; i < c.getChildCount(); i++) {
            shape(c.getChild(i), out);
        }
        out.append(')');
    }

    @Test
    void aCastThatSllCannotParseIsParsedWithLlAndTheLinesAroundItWithSll() {
        String note = "```\nf()\n=> a = g(x)\n    -> c->leaf = (u32)leaf;\n=> if (x) h(y)\n"
                + "=> install = (plugin_func_t) sym;\n=> done\n```\n";
        assertTrue(sllFails(note), "the note needs the LL stage");
        assertEquals(noteWide(note), lineByLine(note));
    }

    @Test
    void everyCorpusNoteAndTheSeedParseToTheNoteWideTree() throws Exception {
        List<Path> files = new ArrayList<>(CorpusFiles.all());
        files.add(Path.of("../samples/soft-offline.md"));
        int needingLl = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            needingLl += sllFails(text) ? 1 : 0;
            assertEquals(noteWide(text), lineByLine(text), f.toString());
        }
        assertTrue(needingLl >= 1, "some corpus note needs the LL stage, or this test proves little");
    }
}
