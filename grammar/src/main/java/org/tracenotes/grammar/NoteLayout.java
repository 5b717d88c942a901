package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown layer of a note, decided line by line before any token is lexed: front matter,
 * headings, prose, fences, and which fenced or unfenced runs of lines are trace blocks. A trace block
 * is found by content (two or more lines led by an arrow), never by a fence's info string.
 *
 * <p>Positions are code-point indices, the unit of ANTLR's {@code CharStream}.
 */
final class NoteLayout {

    enum Role { FRONT_MATTER, HEADING, TEXT, BLANK, FENCE_OPEN, FENCE_CLOSE, CODE, TRACE }

    /** A payload that is a bare type: {@code struct iommu_param}, {@code struct iopf_queue *}. */
    private static final Pattern TYPE_NODE = Pattern.compile("^(?:struct|union|enum)\\s+\\w+\\s*\\**\\s*$");
    /** A payload led by an address, or addresses joined by arrows. */
    private static final Pattern HEX_CHAIN = Pattern.compile("^0x[0-9a-fA-F]{4,}\\b(?!:)");
    /** Two column headings on one line: {@code CPU0 ... CPU1}, {@code CPU 1: ... CPU 2:}. */
    private static final Pattern TWO_COLUMNS =
            Pattern.compile("(?i)^\\s*(?:cpu|thread|task)\\s*[0-9A-Z]\\b:?\\s{6,}(?:cpu|thread|task)\\s*[0-9A-Z]\\b:?\\s*$");
    /** A fence line. */
    private static final Pattern FENCE_LINE = Pattern.compile("^\\s*(?:```|~~~)");
    private static final Pattern FENCE_OPEN = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    private static final Pattern FTRACE_FRAME =
            Pattern.compile("^=>\\s*[A-Za-z_][\\w.]*(?:\\+0x[0-9a-fA-F]+/0x[0-9a-fA-F]+)?\\s*(?:\\[[^\\]]*\\])?\\s*$");
    private static final Pattern GDB_PC = Pattern.compile("^=>\\s*0x[0-9a-fA-F]+");
    private static final Pattern KCONFIG_CRUMB = Pattern.compile("^->\\s*[A-Z][^_=;{}]*$");
    private static final Pattern KCONFIG_HEADER =
            Pattern.compile("^\\s*(?:Location|Symbol|Prompt|Depends on|Selected by)\\s*:");
    private static final Pattern KCONFIG_MENU = Pattern.compile(
            "^->\\s*(?:Device Drivers|General setup|Networking support|File systems|Kernel hacking"
                    + "|Processor type and features|Security options|Cryptographic API|Memory Management options"
                    + "|Power management|Virtualization|Library routines)\\b");
    /** Box edges ({@code +----+}), lines into a box ({@code ---->|}), box walls ({@code | uart |}). */
    private static final Pattern BOX_EDGE =
            Pattern.compile("\\+-{3,}+\\+|\\+-{3,}+(?!>)|-{3,}+\\+|-++>\\s*+\\||\\|\\s*+-{3,}|<-{3,}+\\+");
    private static final Pattern BOX_WALL = Pattern.compile("\\S\\s*(?<!\\|)\\|(?!\\|)\\s+\\S.*(?<!\\|)\\|(?!\\|)");
    private static final Pattern QEMU_TRACE = Pattern.compile("^->\\s*:");

    /** Trace-block lines longer than this are not lexed; they become a prose step. */
    static final int MAX_LEXED_LINE = 16_384;

    private final int[] text;
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> contentEnds = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();
    private String[] lineTexts;
    private Role[] roles;
    private int[] blockOf;
    private final List<LayoutFinding> findings = new ArrayList<>();

    NoteLayout(int[] text, boolean wholeTrace) {
        this.text = text;
        splitLines();
        roles = new Role[lineCount()];
        blockOf = new int[lineCount()];
        java.util.Arrays.fill(blockOf, -1);
        if (wholeTrace) {
            for (int i = 0; i < lineCount(); i++) {
                roles[i] = Role.TRACE;
                blockOf[i] = 0;
            }
        } else {
            classify();
        }
    }

    int lineCount() { return starts.size(); }
    int start(int line) { return starts.get(line); }
    int contentEnd(int line) { return contentEnds.get(line); }
    int end(int line) { return ends.get(line); }
    Role role(int line) { return roles[line]; }
    int block(int line) { return blockOf[line]; }
    List<LayoutFinding> findings() { return findings; }

    String lineText(int line) {
        if (lineTexts == null) {
            lineTexts = new String[lineCount()];
        }
        String t = lineTexts[line];
        if (t == null) {
            t = new String(text, start(line), contentEnd(line) - start(line));
            lineTexts[line] = t;
        }
        return t;
    }

    private void splitLines() {
        int s = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                starts.add(s);
                contentEnds.add(i > s && text[i - 1] == '\r' ? i - 1 : i);
                ends.add(i + 1);
                s = i + 1;
            }
        }
        if (s < text.length) {
            starts.add(s);
            contentEnds.add(text[text.length - 1] == '\r' ? text.length - 1 : text.length);
            ends.add(text.length);
        }
    }

    private void classify() {
        int n = lineCount();
        int first = frontMatter();
        int blockId = 0;
        int i = first;
        while (i < n) {
            String line = lineText(i);
            Matcher fence = FENCE_OPEN.matcher(line);
            if (fence.matches() && !(fence.group(2).charAt(0) == '`' && fence.group(3).indexOf('`') >= 0)) {
                int close = findFenceClose(i, fence.group(2));
                int last = close < 0 ? n - 1 : close - 1;
                if (close < 0) {
                    findings.add(new LayoutFinding(LayoutFinding.Kind.UNTERMINATED_FENCE, i + 1,
                            fence.group(1).length() + 1,
                            "code fence is never closed; it runs to the end of the note"));
                }
                roles[i] = Role.FENCE_OPEN;
                boolean trace = isTraceBlock(i + 1, last);
                for (int j = i + 1; j <= last; j++) {
                    roles[j] = trace ? Role.TRACE : Role.CODE;
                    blockOf[j] = trace ? blockId : -1;
                }
                if (trace) {
                    blockId++;
                }
                if (close >= 0) {
                    roles[close] = Role.FENCE_CLOSE;
                }
                i = (close < 0 ? n : close + 1);
                continue;
            }
            if (line.isBlank()) {
                roles[i] = Role.BLANK;
            } else if (HEADING.matcher(line).matches()) {
                roles[i] = Role.HEADING;
            } else {
                roles[i] = Role.TEXT;
            }
            i++;
        }
        unfencedRuns(blockId);
    }

    /** YAML front matter: {@code ---} on the first line, closed by {@code ---} or {@code ...}. */
    private int frontMatter() {
        if (lineCount() == 0 || !lineText(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lineCount(); i++) {
            String s = lineText(i).strip();
            if (s.equals("---") || s.equals("...")) {
                for (int j = 0; j <= i; j++) {
                    roles[j] = Role.FRONT_MATTER;
                }
                return i + 1;
            }
        }
        return 0;
    }

    private int findFenceClose(int open, String marker) {
        char c = marker.charAt(0);
        for (int j = open + 1; j < lineCount(); j++) {
            String s = lineText(j).strip();
            if (s.length() >= marker.length() && s.chars().allMatch(ch -> ch == c)) {
                return j;
            }
        }
        return -1;
    }

    /** Runs of arrow lines outside fences: the line just above (a root) and children belong to it. */
    private void unfencedRuns(int blockId) {
        int n = lineCount();
        int i = 0;
        while (i < n) {
            if (roles[i] != Role.TEXT || arrowEnd(lineText(i)) < 0) {
                i++;
                continue;
            }
            int first = i;
            if (i > 0 && roles[i - 1] == Role.TEXT && arrowEnd(lineText(i - 1)) < 0
                    && indentOf(lineText(i - 1)) <= indentOf(lineText(i))
                    && lineText(i - 1).length() <= 160) {
                first = i - 1;
            }
            int last = i;
            int base = indentOf(lineText(first));
            for (int j = i + 1; j < n && (roles[j] == Role.TEXT || roles[j] == Role.BLANK); j++) {
                String s = lineText(j);
                if (roles[j] == Role.BLANK) {
                    continue;
                }
                String rest = s.strip();
                // arrows, lines deeper than the run's first line, comments, and a new root directly
                // above more arrows continue the run; prose back at the margin ends it
                boolean continues = arrowEnd(s) >= 0 || indentOf(s) > base || rest.startsWith("|")
                        || rest.startsWith("/*") || rest.startsWith("*") || rest.startsWith("//")
                        || (j + 1 < n && roles[j + 1] == Role.TEXT && arrowEnd(lineText(j + 1)) >= 0);
                if (!continues) {
                    break;
                }
                last = j;
            }
            if (isTraceBlock(first, last)) {
                for (int j = first; j <= last; j++) {
                    roles[j] = Role.TRACE;
                    blockOf[j] = blockId;
                }
                blockId++;
            }
            i = last + 1;
        }
    }

    /**
     * Two or more arrow-led lines make a trace block, unless the lines are a look-alike (ftrace or
     * bpftrace stack dump, gdb current-instruction markers, Kconfig breadcrumbs, QEMU trace lines).
     */
    private boolean isTraceBlock(int first, int last) {
        int arrowLines = 0;
        for (int j = first; j <= last && arrowLines < 2; j++) {
            arrowLines += arrowEnd(lineText(j)) >= 0 ? 1 : 0;
        }
        if (arrowLines < 2) {
            return false;
        }
        List<String> payloads = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        boolean header = false;
        boolean stackWords = false;
        int boxLines = 0;
        int nonBlank = 0;
        List<String> texts = new ArrayList<>();
        boolean timeline = false;
        boolean typeRoot = false;
        int barLines = 0;
        int hanging = 0;
        boolean seenCode = false;
        for (int j = first; j <= last; j++) {
            String s = lineText(j);
            timeline |= TWO_COLUMNS.matcher(s).lookingAt();   // anchored at ^: find() would try every start
            if (!seenCode && !s.isBlank() && !FENCE_LINE.matcher(s).find()) {
                seenCode = true;
                typeRoot = TYPE_NODE.matcher(s.strip()).matches();
            }
            if (s.indexOf('|') >= 0 && s.charAt(indexAfterBlanks(s)) == '|') {
                barLines++;
                hanging += hangsInsideText(first, j) ? 1 : 0;
            }
            if (!s.isBlank()) {
                nonBlank++;
                boolean box = s.length() <= MAX_LEXED_LINE
                        && (mayDrawBoxEdge(s) && BOX_EDGE.matcher(s).find() || hasTwoBars(s) && BOX_WALL.matcher(s).find());
                boxLines += box ? 1 : 0;
            }
            int a = arrowEnd(s);
            if (a >= 0) {
                payloads.add(s.substring(leadingStructure(s)).strip());
                texts.add(s.substring(a).strip());
                indents.add(indentOf(s));
            }
            header |= KCONFIG_HEADER.matcher(s).lookingAt();   // anchored at ^
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            stackWords |= lower.contains("stack trace") || lower.contains("<stack>") || lower.contains("call trace");
        }
        if (payloads.size() < 2) {
            return false;
        }
        String why = null;
        if (payloads.stream().filter(p -> GDB_PC.matcher(p).find()).count() * 2 > payloads.size()) {
            why = "gdb current-instruction markers (`=> 0x…`)";
        } else if (payloads.stream().allMatch(p -> FTRACE_FRAME.matcher(p).matches())
                && indents.stream().distinct().count() == 1
                && (stackWords || payloads.stream().anyMatch(p -> p.contains("+0x")))) {
            why = "an ftrace/bpftrace stack dump (flat `=> func+0x…` frames)";
        } else if (header || payloads.stream().allMatch(p -> KCONFIG_CRUMB.matcher(p).matches() && p.contains(" "))
                && payloads.stream().anyMatch(p -> p.contains("[=") || KCONFIG_MENU.matcher(p).find())) {
            why = "Kconfig menu breadcrumbs (`-> Device Drivers`)";
        } else if (payloads.stream().allMatch(p -> QEMU_TRACE.matcher(p).find())) {
            why = "QEMU trace-event lines (`->:event`)";
        } else if (texts.stream().filter(p -> HEX_CHAIN.matcher(p).find()).count() * 2 > texts.size()) {
            why = "a chain of addresses (`-> 0xffff…`)";
        } else if (timeline) {
            why = "a timeline of two CPUs side by side";
        } else if ((texts.stream().filter(p -> TYPE_NODE.matcher(p).matches()).count() + (typeRoot ? 1 : 0)) * 2
                > texts.size() + 1) {
            why = "a diagram of which structure holds which (`+-> struct …`)";
        } else if (hanging >= 2 && hanging * 2 >= barLines) {
            why = "a diagram whose branches hang from inside a line's text (`|-->` under an argument), not from a step";
        } else if (boxLines >= 3 && boxLines * 4 >= nonBlank) {
            why = "an ASCII diagram (" + boxLines + " of " + nonBlank + " lines draw boxes or wires)";
        }
        if (why != null) {
            findings.add(new LayoutFinding(LayoutFinding.Kind.NOT_A_TRACE, first + 1, 1,
                    "lines " + (first + 1) + "-" + (last + 1) + " look like " + why
                            + ", not a trace; read as plain text"));
            return false;
        }
        return true;
    }

    private static int indexAfterBlanks(String s) {
        int p = 0;
        while (p < s.length() - 1 && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /**
     * Whether the {@code |} leading line {@code j} hangs from inside the text of the nearest line above
     * that starts left of it: more than three columns past where that line's text starts and before its
     * end (under an argument or the middle of a name). A call tree's connectors stand under an arrow or
     * the start of a step's text; a diagram of what points to what draws them from inside a line.
     */
    private boolean hangsInsideText(int first, int j) {
        String s = lineText(j);
        int bar = s.indexOf('|');
        if (s.substring(0, bar).indexOf('\t') >= 0) {
            return false;
        }
        for (int k = j - 1; k >= first; k--) {
            String above = lineText(k);
            if (above.isBlank()) {
                continue;
            }
            int lead = above.length() - above.stripLeading().length();
            if (lead >= bar) {
                continue;
            }
            int textStart = lead;   // past the indentation and any arrow or connector (`|=>`, `\->`, `+--`)
            while (textStart < above.length() && " \t|\\+-=>".indexOf(above.charAt(textStart)) >= 0) {
                textStart++;
            }
            return above.substring(0, textStart).indexOf('\t') < 0 && bar > textStart + 3
                    && bar < above.stripTrailing().length() && above.charAt(bar) != '|';
        }
        return false;
    }

    /**
     * Whether {@code s} holds what every alternative of {@link #BOX_EDGE} needs: three dashes, or an
     * arrow and a bar. Most lines hold neither, and the pattern is tried at every position.
     */
    private static boolean mayDrawBoxEdge(String s) {
        return s.contains("---") || s.contains("->") && s.indexOf('|') >= 0;
    }

    /** Whether {@code s} holds two bars, as {@link #BOX_WALL} needs. */
    private static boolean hasTwoBars(String s) {
        int bar = s.indexOf('|');
        return bar >= 0 && s.indexOf('|', bar + 1) >= 0;
    }

    /** Index just past the leading arrow of a line (after indentation and `|` connectors), or -1. */
    static int arrowEnd(String line) {
        int p = leadingStructure(line);
        int n = line.length();
        if (p >= n) {
            return -1;
        }
        char c = line.charAt(p);
        if (c == '=') {
            return p + 1 < n && line.charAt(p + 1) == '>' ? p + 2 : -1;
        }
        int fork = p;
        while (fork < n && line.charAt(fork) == '-') {
            fork++;
        }
        if (fork > p && fork < n && line.charAt(fork) == '+') {
            p = fork;   // `--+->`: a fork off a vertical line
            c = '+';
        }
        int q = c == '-' ? p : (c == '+' || c == '|' || c == '\\') ? p + 1 : -1;
        if (q < 0 || q >= n || line.charAt(q) != '-') {
            return -1;
        }
        while (q < n && line.charAt(q) == '-') {
            q++;
        }
        return q < n && line.charAt(q) == '>' ? q + 1 : -1;
    }

    /** Index of the first character after indentation and bare {@code |} connectors. */
    static int leadingStructure(String line) {
        int p = 0;
        while (p < line.length()) {
            char c = line.charAt(p);
            if (c == ' ' || c == '\t') {
                p++;
            } else if (Connectors.at(line, p)) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    private static int indentOf(String line) {
        int w = 0;
        for (int p = 0; p < line.length(); p++) {
            char c = line.charAt(p);
            if (c == ' ') {
                w++;
            } else if (c == '\t') {
                w += 4 - (w % 4);
            } else {
                break;
            }
        }
        return w;
    }
}
