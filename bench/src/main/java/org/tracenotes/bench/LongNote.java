package org.tracenotes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long note written the way the seed is: the seed's heading, prose and trace block copied part
 * after part until the note has the lines asked for, each part tracing its own functions (the seed's
 * traced and inline-expanded names get the suffix {@code _pN}; the page-model primitives it calls
 * stay), with the seed's comments, blank lines, if / else chains and findings (13 a part, as the seed
 * has: style warnings and infos), except that the misspelt {@code flio_try_get} is kept in every
 * tenth part only. 10,000 lines are 104 parts, 367 KB, with 1,364 findings.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.tracenotes.bench.LongNote 10000 out.md} writes one.
 */
public final class LongNote {

    /** The names the seed traces or expands inline: each part renames them. */
    static final List<String> TRACED = List.of("soft_offline_page", "get_hwpoison_page", "get_any_page",
            "__get_hwpoison_page", "get_hwpoison_hugetlb_folio");

    private static final Pattern TRACED_NAME = Pattern.compile("\\b(" + String.join("|", TRACED) + ")\\b");

    private LongNote() {
    }

    /** The seed, read from {@code samples/soft-offline.md} under the working directory (or {@code -Dtracenotes.seed}). */
    public static String seed() throws IOException {
        Path file = Path.of(System.getProperty("tracenotes.seed", "samples/soft-offline.md"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A note of at least {@code lines} lines from {@code seed}; it ends with the seed's empty placeholder block. */
    public static String of(String seed, int lines) {
        int fence = seed.indexOf("```sh\n");
        int placeholder = seed.indexOf("## soft_offline_in_use_page");
        if (fence < 0 || placeholder < 0) {
            throw new IllegalArgumentException("not the seed: no ```sh block followed by ## soft_offline_in_use_page");
        }
        String head = seed.substring(0, fence);          // heading, root name, prose
        String block = seed.substring(fence, placeholder); // the fenced trace block and the blank line after it
        String tail = seed.substring(placeholder);
        int perPart = count(head) + count(block);
        StringBuilder sb = new StringBuilder(seed.length() * (lines / perPart + 2));
        int written = 0;
        for (int part = 0; written + count(tail) < lines; part++) {
            String suffix = "_p" + part;
            String h = head.replaceFirst("^## softoffline", "## softoffline, part " + part);
            String b = block;
            if (part % 10 != 0) {
                b = b.replace("flio_try_get(", "folio_try_get(");
            }
            sb.append(rename(h, suffix)).append(rename(b, suffix));
            written += perPart;
        }
        sb.append(tail);
        return sb.toString();
    }

    private static String rename(String text, String suffix) {
        Matcher m = TRACED_NAME.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + suffix));
    }

    private static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path out = Path.of(args.length > 1 ? args[1] : "long-note.md");
        String text = of(seed(), lines);
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println(out + ": " + count(text) + " lines, " + Files.size(out) + " bytes");
    }
}
