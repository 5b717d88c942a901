package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Goldens of the grammar, as grammars-v4 keeps them: for each input under
 * {@code src/test/resources/grammar/}, its tokens (with channels), its parse tree and its syntax errors,
 * compared with {@code NAME.tree} beside it. The inputs together must reach every parser rule and
 * alternative label and every token type, so a change anywhere in the grammars shows in a golden.
 * Accept a deliberate change with {@code -Dtracenotes.updateGolden=true} and review the diff.
 */
class GrammarGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/grammar");
    private static final boolean UPDATE = Boolean.getBoolean("tracenotes.updateGolden");
    /** Token types no input can produce, with why. */
    private static final Set<String> UNREACHABLE_TOKENS = Set.of(
            "LINE_COMMENT_TEXT" /* declared for core's comment model, never emitted by the base class */);

    private static final BitSet RULES = new BitSet();
    private static final Set<String> LABELS = new TreeSet<>();
    private static final BitSet TOKENS = new BitSet();

    @TestFactory
    Stream<DynamicTest> everyInputMatchesItsGolden() throws IOException {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(DIR)) {
            inputs = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(inputs.size() >= 5, "the grammar inputs are missing: " + DIR.toAbsolutePath());
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> check(in)));
    }

    private static void check(Path input) throws IOException {
        String text = Files.readString(input, StandardCharsets.UTF_8);
        String actual = render(text);
        Path golden = DIR.resolve(input.getFileName().toString().replaceFirst("\\.md$", ".tree"));
        if (UPDATE || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            assertTrue(UPDATE, golden + " was missing and has been written: review it and run again");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                golden + " differs (-Dtracenotes.updateGolden=true accepts the change)");
    }

    static String render(String text) {
        List<String> errors = new ArrayList<>();
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int col, String msg, RecognitionException e) {
                errors.add(line + ":" + (col + 1) + " " + msg);
            }
        };
        TraceLexer lexer = new TraceLexer(CharStreams.fromString(text, "input"));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        TraceParser parser = new TraceParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        ParseTree tree = parser.note();

        StringBuilder out = new StringBuilder("== tokens\n");
        for (Token t : tokens.getTokens()) {
            TOKENS.set(Math.max(0, t.getType()));
            String channel = t.getChannel() == Token.DEFAULT_CHANNEL ? "" : " @" + lexer.getChannelNames()[t.getChannel()];
            out.append(t.getLine()).append(':').append(t.getCharPositionInLine() + 1).append(' ')
                    .append(t.getType() == Token.EOF ? "EOF" : lexer.getVocabulary().getSymbolicName(t.getType()))
                    .append(channel).append(' ').append(quote(t.getText())).append('\n');
        }
        out.append("== tree\n");
        tree(tree, 0, parser, out);
        out.append("== errors\n");
        errors.forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }

    private static void tree(ParseTree node, int depth, TraceParser parser, StringBuilder out) {
        out.append("  ".repeat(depth));
        if (node instanceof TerminalNode t) {
            Token tok = t.getSymbol();
            out.append(tok.getType() == Token.EOF ? "EOF" : parser.getVocabulary().getSymbolicName(tok.getType()))
                    .append(' ').append(quote(tok.getText())).append('\n');
            return;
        }
        ParserRuleContext ctx = (ParserRuleContext) node;
        String rule = parser.getRuleNames()[ctx.getRuleIndex()];
        RULES.set(ctx.getRuleIndex());
        String cls = ctx.getClass().getSimpleName().replaceFirst("Context$", "");
        String label = Character.toLowerCase(cls.charAt(0)) + cls.substring(1);
        out.append(rule);
        if (!label.equals(rule)) {
            out.append('#').append(label);
            LABELS.add(rule + "#" + label);
        }
        out.append('\n');
        for (int i = 0; i < ctx.getChildCount(); i++) {
            tree(ctx.getChild(i), depth + 1, parser, out);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }

    /** After all inputs: every rule, every labelled alternative and every token type was seen. */
    @AfterAll
    static void theInputsReachEveryRuleAndToken() throws Exception {
        List<String> missing = new ArrayList<>();
        String[] ruleNames = TraceParser.ruleNames;
        for (int i = 0; i < ruleNames.length; i++) {
            if (!RULES.get(i)) {
                missing.add("rule " + ruleNames[i]);
            }
        }
        for (Class<?> c : TraceParser.class.getDeclaredClasses()) {
            // a labelled alternative's context extends its rule's; a rule's extends the grammar's base, TraceRuleContext
            if (ParserRuleContext.class.isAssignableFrom(c) && c.getSuperclass() != TraceRuleContext.class) {
                String rule = c.getSuperclass().getSimpleName().replaceFirst("Context$", "");
                rule = Character.toLowerCase(rule.charAt(0)) + rule.substring(1);
                String cls = c.getSimpleName().replaceFirst("Context$", "");
                String label = rule + "#" + Character.toLowerCase(cls.charAt(0)) + cls.substring(1);
                if (!LABELS.contains(label)) {
                    missing.add("alternative " + label);
                }
            }
        }
        for (int t = 1; t <= TraceLexer.VOCABULARY.getMaxTokenType(); t++) {
            String name = TraceLexer.VOCABULARY.getSymbolicName(t);
            if (name != null && !TOKENS.get(t) && !UNREACHABLE_TOKENS.contains(name)) {
                missing.add("token " + name);
            }
        }
        assertEquals(List.of(), missing, "no input of " + DIR + " reaches these: add one");
    }
}
