package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deep notes and long expressions are walked by every command, not overflowed into a stack trace. */
class DeepInputTest {

    private static String[] result(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TracenotesCommand.executeOnDeepStack(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aNoteNestedTwelveHundredLevelsDeepIsLintedGraphedAndOutlinedAsJson(@TempDir Path dir) throws Exception {
        StringBuilder note = new StringBuilder("```\nf()\n");
        for (int i = 0; i < 1200; i++) {
            note.append(" ".repeat(i)).append("=> g").append(i).append("()\n");
        }
        Path file = Files.writeString(dir.resolve("nest.md"), note.append("```\n").toString());
        for (String[] args : new String[][] {{"lint", file.toString()}, {"graph", file.toString()},
                {"outline", "--format", "json", file.toString()}, {"fmt", "--check", file.toString()}}) {
            String[] r = result(args);
            assertEquals("0", r[0], String.join(" ", args) + ": " + r[2]);
            assertFalse(r[2].contains("Exception") || r[2].contains("Error:"), r[2]);
        }
    }

    @Test
    void anExpressionOfSixThousandTermsIsLintedAndGraphed(@TempDir Path dir) throws Exception {
        String sum = String.join("+", java.util.Collections.nCopies(6000, "a"));
        Path file = Files.writeString(dir.resolve("deep.md"), "```\nf()\n=> x = " + sum + "\n=> g()\n```\n");
        for (String command : new String[] {"lint", "graph"}) {
            String[] r = result(command, file.toString());
            assertEquals("0", r[0], command + ": " + r[2]);
            assertFalse(r[2].contains("Exception"), r[2]);
        }
    }

    /** Every command that reads a note, as run on the hostile inputs below. */
    private static final String[][] COMMANDS = {{"outline"}, {"outline", "--format", "json"}, {"graph"}, {"lint"},
        {"fmt", "--check"}, {"explore"}, {"run"}, {"check"}};

    private static String nested(int levels) {
        StringBuilder note = new StringBuilder("```\nf()\n");
        for (int i = 0; i < levels; i++) {
            note.append(" ".repeat(i)).append("=> g").append(i).append("()\n");
        }
        return note.append("```\n").toString();
    }

    /**
     * Runs every command on {@code note}: none prints a stack trace or an internal error; when
     * {@code tooDeep}, each says why in one line naming the file, line and rule, and exits 1.
     */
    private static void everyCommand(Path dir, String name, String note, boolean tooDeep, String where) throws Exception {
        Path file = Files.writeString(dir.resolve(name), note);
        for (String[] command : COMMANDS) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of(file.toString()))
                    .toArray(String[]::new);
            String[] r = result(args);
            String what = String.join(" ", command) + " " + name + " exit " + r[0] + ": " + r[2];
            assertFalse(r[2].contains("Exception") || r[2].contains("Error") || r[2].contains("\tat "), what);
            assertFalse(r[2].contains("internal error") || r[2].contains("nests too deeply to process"), what);
            if (tooDeep) {
                assertEquals("1", r[0], what);
                String all = r[1] + r[2];
                assertTrue(all.contains(file + ":" + where + ": error:") && all.contains("[parser-limit]"), what + r[1]);
            } else {
                assertTrue(r[0].equals("0") || r[0].equals("1"), what);
                assertFalse((r[1] + r[2]).contains("parser-limit"), what);
            }
        }
    }

    @Test
    void notesNestedOneAndThreeThousandLevelsGoThroughEveryCommand(@TempDir Path dir) throws Exception {
        everyCommand(dir, "n1000.md", nested(1_000), false, null);
        everyCommand(dir, "n3000.md", nested(3_000), false, null);
    }

    @Test
    void aNoteNestedSixThousandLevelsIsRefusedByEveryCommandAtTheFirstLineTooDeep(@TempDir Path dir) throws Exception {
        // step 5,001 is on line 5,003, indented 5,000 columns
        everyCommand(dir, "n6000.md", nested(6_000), true, "5003:5001");
    }

    @Test
    void eightThousandUnaryOperatorsAndFiveThousandFiveHundredTermsGoThroughEveryCommand(@TempDir Path dir) throws Exception {
        everyCommand(dir, "unary.md", "```\nf()\n=> q = " + "-".repeat(8_000) + "1\n=> g()\n```\n", false, null);
        String sum = String.join("+", java.util.Collections.nCopies(5_500, "a"));
        everyCommand(dir, "flat.md", "```\nf()\n=> x = " + sum + "\n=> g()\n```\n", false, null);
    }

    @Test
    void anExpressionOfThirtyTwoThousandTermsOverFourLinesIsRefusedByEveryCommand(@TempDir Path dir) throws Exception {
        String line = String.join("+", java.util.Collections.nCopies(8_000, "a"));
        String expr = String.join("+\n    ", java.util.Collections.nCopies(4, line));
        everyCommand(dir, "long.md", "```\nf()\n=> x = " + expr + "\n=> g()\n```\n", true, "3:8");
    }
}
