package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
