package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout pass's hand-written scans ({@link LineScan}, {@link LineMargin#arrowEnd(CharSequence, int, int)}
 * over a {@link CodePointWindow}) decide what the regular expressions and {@code String} scans they
 * replaced decide, on the grammar's inputs and on 200,000 generated lines made of the characters the
 * scans look at and those that trip them (tabs, line separators, ideographic and no-break spaces, a
 * supplementary character, the Kelvin sign and dotted capital I that lower-case to ASCII).
 */
class LineScanTest {

    /** The expressions the scans replaced, as {@code NoteLayout} had them. */
    private static final Pattern FENCE_OPEN = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    private static final Pattern FENCE_LINE = Pattern.compile("^\\s*(?:```|~~~)");
    private static final Pattern GDB_PC = Pattern.compile("^=>\\s*0x[0-9a-fA-F]+");
    private static final Pattern QEMU_TRACE = Pattern.compile("^->\\s*:");

    private static final String[] PIECES = {" ", " ", "  ", "\t", "`", "```", "~", "~~~", "#", "##", "=>", "->", "-",
        "--+->", "|", "| ", "+", "\\", "^ ", "v ", "v", "/*", "//", "*", "0x", "0x1234", "ffff", "F", ":", "cpu0", "CPU",
        "Thread", "task", "Location", "Symbol", "Depends on", "struct ", "union", "enum x", "stack trace",
        "Call Trace", "<STACK>", "sTack tRace", "s", "<", "c", "ck", "call", "\u212Aernel", "\u0130", "\u3000", "\u00A0", "\u2028", "\r", "\u0085", "\u000B",
        "\uD835\uDCB3", "\u4E2D\u6587", "a", "foo_bar", "(", ")", "[=y]", "---", "+0x1a/0x20", "\u0301"};

    @Test
    void everyScanDecidesWhatItsExpressionDecides() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> inputs = Files.list(Path.of("src/test/resources/grammar"))) {
            for (Path p : inputs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                lines.addAll(Files.readString(p, StandardCharsets.UTF_8).lines().toList());
            }
        }
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            lines.add(b.toString());
        }
        for (String line : lines) {
            check(line);
        }
    }

    @Test
    void theStripsCountAsWhitespaceExactlyWhatCharacterDoesForEveryCodePoint() {
        for (int c = -1; c <= Character.MAX_CODE_POINT; c++) {
            assertEquals(Character.isWhitespace(c), LineScan.isWhitespace(c), Integer.toHexString(c));
        }
    }

    @Test
    void theLexerTellsApartOnlySixWideCharactersSoTheOthersShareOneDfaEdge() {
        org.antlr.v4.runtime.misc.IntervalSet apart = WideCharLexerSimulator.toldApart(TraceLexer._ATN);
        assertEquals("{160, 8230, 8594, 12288, 65292, 65307}", apart.toString());
    }

    private static void check(String line) {
        int[] t = line.codePoints().toArray();
        int n = t.length;
        String why = "line " + line.codePoints().mapToObj(Integer::toHexString).toList();

        for (String needle : new String[] {"", "-", "->", ")-+-", "---", "\u4E2D"}) {
            for (int from = 0; from <= Math.min(n, 2); from++) {
                assertEquals(placeByPlace(t, from, n, needle), LineScan.indexOf(t, from, n, needle), why + " " + needle + " from " + from);
            }
        }

        Matcher fence = FENCE_OPEN.matcher(line);
        boolean isFence = fence.matches() && !(fence.group(2).charAt(0) == '`' && fence.group(3).indexOf('`') >= 0);
        assertEquals(isFence ? fence.group(2).length() : 0, LineScan.fenceOpen(t, 0, n), why);
        if (isFence) {
            assertEquals(fence.group(1).length(), LineScan.blanks(t, 0, n), why);
        }
        assertEquals(HEADING.matcher(line).matches(), LineScan.heading(t, 0, n), why);
        assertEquals(FENCE_LINE.matcher(line).find(), LineScan.fenceLine(t, 0, n), why);
        assertEquals(GDB_PC.matcher(line).find(), LineScan.gdbPc(t, 0, n), why);
        assertEquals(QEMU_TRACE.matcher(line).find(), LineScan.qemuTrace(t, 0, n), why);

        String stripped = line.strip();
        int from = LineScan.stripStart(t, 0, n);
        int to = LineScan.stripEnd(t, from, n);
        assertEquals(stripped, new String(t, from, to - from), why);
        assertEquals(line.isBlank(), from == n, why);
        assertEquals(line.length(), LineScan.utf16Length(t, 0, n), why);
        String lower = line.toLowerCase(Locale.ROOT);
        assertEquals(lower.contains("stack trace") || lower.contains("<stack>") || lower.contains("call trace"),
                LineScan.stackWords(t, 0, n), why);
        boolean barLeads = line.indexOf('|') >= 0 && line.charAt(afterBlanks(line)) == '|';
        assertEquals(barLeads, LineScan.barLeads(t, 0, n), why);

        // the conditions the remaining expressions need
        assertTrue(!TraceLookAlikes.TWO_COLUMNS.matcher(line).lookingAt() || LineScan.mayBeTwoColumns(t, 0, n), why);
        assertTrue(!TraceLookAlikes.KCONFIG_HEADER.matcher(line).lookingAt() || LineScan.mayBeKconfigHeader(t, 0, n), why);
        assertTrue(!TraceLookAlikes.TYPE_NODE.matcher(stripped).matches() || LineScan.mayBeTypeNode(t, from, to), why);
        assertTrue(!TraceLookAlikes.BOX_EDGE.matcher(line).find() || LineScan.mayDrawBoxEdge(t, 0, n), why);
        assertEquals(line.contains("---") || line.contains("->") && line.indexOf('|') >= 0, LineScan.mayDrawBoxEdge(t, 0, n), why);

        // the margin scanners, over the code points and over the String, find the same place
        CodePointWindow w = new CodePointWindow(t).over(0, n);
        int arrow = LineMargin.arrowEnd(line);
        int arrowCp = LineMargin.arrowEnd(w, 0, n);
        assertEquals(arrow < 0 ? -1 : line.codePointCount(0, arrow), arrowCp, why);
        for (int i = 0; i < n; i++) {
            assertEquals(Connectors.at(line, line.offsetByCodePoints(0, i)), Connectors.at(w, i, n), why + " at " + i);
        }
    }

    private static int afterBlanks(String s) {
        int p = 0;
        while (p < s.length() - 1 && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /** The first place of {@code needle} in [from, to), tried place by place. */
    private static int placeByPlace(int[] t, int from, int to, String needle) {
        for (int p = from; p + needle.length() <= to; p++) {
            if (LineScan.startsWith(t, p, to, needle)) {
                return p;
            }
        }
        return -1;
    }
}
