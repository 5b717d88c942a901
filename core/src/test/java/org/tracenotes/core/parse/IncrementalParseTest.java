package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.CorpusFiles;
import org.tracenotes.core.Golden;
import org.tracenotes.core.model.Note;

/**
 * A change parsed again by parsing only its section ({@link IncrementalParse}) gives exactly the note a
 * whole parse of the new text gives: over the seed, a long note of seed sections and every corpus note,
 * for random one-character edits of every kind (letters, blanks, arrows, braces, fences, headings,
 * comment marks, line breaks), one at a time and chained.
 */
class IncrementalParseTest {

    private static final String TYPED = "ax_( )=>-{}|#`~*/;!\n\n\n略.";

    private static String seed() throws IOException {
        return Files.readString(Golden.repositoryRoot().resolve("samples/soft-offline.md"), StandardCharsets.UTF_8);
    }

    /** The seed's sections three times over, each part's traced functions renamed. */
    private static String longNote(String seed) {
        StringBuilder sb = new StringBuilder();
        for (int part = 0; part < 3; part++) {
            sb.append(seed.replace("soft_offline_page", "soft_offline_page_" + part)
                    .replace("get_any_page", "get_any_page_" + part));
            sb.append("\n");
        }
        return sb.toString();
    }

    /** Random edits of {@code text}: each parsed again from the last, checked against a whole parse. */
    private static int check(String name, String text, Random random, int edits, boolean chained) {
        NoteParser parser = new NoteParser();
        Note before = parser.parse(name, text);
        int quick = 0;
        for (int i = 0; i < edits; i++) {
            String old = before.text();
            int from = random.nextInt(old.length() + 1);
            int to = from;
            String inserted = "";
            switch (random.nextInt(3)) {
                case 0 -> inserted = String.valueOf(TYPED.charAt(random.nextInt(TYPED.length())));
                case 1 -> to = Math.min(old.length(), from + 1);
                default -> {
                    to = Math.min(old.length(), from + 1);
                    inserted = String.valueOf(TYPED.charAt(random.nextInt(TYPED.length())));
                }
            }
            String now = old.substring(0, from) + inserted + old.substring(to);
            Note whole = parser.parse(name, now);
            Note incremental = IncrementalParse.apply(parser, before, from, to, inserted);
            if (incremental != null) {
                quick++;
                String where = name + ": [" + from + ", " + to + ") replaced by `" + inserted + "` (line "
                        + old.substring(0, from).lines().count() + ")";
                assertEquals(whole, incremental, where);
            }
            assertEquals(whole, parser.reparse(before, from, to, inserted));
            before = chained ? (incremental != null ? incremental : whole) : before;
        }
        return quick;
    }

    @Test
    void aChangeInTheSeedIsParsedAsAWholeParseParsesIt() throws IOException {
        String seed = seed();
        int quick = check("seed.md", seed, new Random(1), 400, false);
        assertTrue(quick > 200, "most one-character edits are parsed alone: " + quick + " of 400");
        check("seed.md", seed, new Random(2), 300, true);
    }

    @Test
    void aChangeInALongNoteIsParsedAsAWholeParseParsesIt() throws IOException {
        String text = longNote(seed());
        int quick = check("long.md", text, new Random(3), 300, false);
        assertTrue(quick > 150, quick + " of 300");
        check("long.md", text, new Random(4), 300, true);
    }

    @Test
    void everyCorpusNoteEditedAtRandomParsesAsAWhole() throws IOException {
        Random random = new Random(5);
        int quick = 0;
        int notes = 0;
        for (Path f : CorpusFiles.all()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                continue;
            }
            quick += check(f.toString(), text, random, 12, true);
            notes++;
        }
        System.out.println("[incremental parse] corpus: " + notes + " notes, " + quick + " of " + notes * 12
                + " random edits parsed by their section alone, each equal to a whole parse");
        assertTrue(quick > 0);
    }

    @Test
    void typingInATraceLineIsParsedAloneAndWhatCannotBeIsParsedWhole() throws IOException {
        String seed = seed();
        NoteParser parser = new NoteParser();
        Note before = parser.parse("seed.md", seed);
        int at = seed.indexOf("folio_put(folio);") + "folio_put".length();
        Note typed = IncrementalParse.apply(parser, before, at, at, "x");
        assertNotNull(typed, "one character in a trace line");
        assertEquals(parser.parse("seed.md", seed.substring(0, at) + "x" + seed.substring(at)), typed);
        Note broken = IncrementalParse.apply(parser, before, at, at, "\n");
        assertNotNull(broken, "a line break inside a section");
        assertEquals(parser.parse("seed.md", seed.substring(0, at) + "\n" + seed.substring(at)), broken);
        int heading = seed.indexOf("## soft_offline_in_use_page");
        assertNull(IncrementalParse.apply(parser, before, heading - 1, heading, ""), "joining a heading to the line above");
        assertNull(IncrementalParse.apply(parser, before, at, at, "\t"), "a tab");
        int fence = seed.indexOf("```sh");
        Note unfenced = IncrementalParse.apply(parser, before, fence, fence + 1, "");
        assertNull(unfenced, "a fence no longer closed: its section alone cannot say how far it reaches");
        assertEquals(parser.parse("seed.md", seed.substring(0, fence) + seed.substring(fence + 1)),
                parser.reparse(before, fence, fence + 1, ""));
        Note withFrontMatter = parser.parse("fm.md", "---\ntracenotes:\n  tab-width: 4\n---\n" + seed);
        assertNull(IncrementalParse.apply(parser, withFrontMatter, withFrontMatter.text().length() - 3,
                withFrontMatter.text().length() - 3, "x"), "front matter sets what every section is read with");
    }

    @Test
    void aChangeBeforeTheFirstHeadingOrInAHeadingIsParsedRight() {
        NoteParser parser = new NoteParser();
        String text = "intro\n```\nf()\n=> g()\n=> h()\n```\n\n## A\n=> x()\n=> y()\n\n## B\n```\nk()\n=> z()\n=> w()\n```\n";
        Note before = parser.parse("n.md", text);
        for (String edit : List.of("x", "#", "# ", "`", "=> ")) {
            for (int at = 0; at <= text.length(); at++) {
                String now = text.substring(0, at) + edit + text.substring(at);
                assertEquals(parser.parse("n.md", now), parser.reparse(before, at, at, edit), "`" + edit + "` at " + at);
                if (at < text.length()) {
                    String cut = text.substring(0, at) + text.substring(at + 1);
                    assertEquals(parser.parse("n.md", cut), parser.reparse(before, at, at + 1, ""), "cut at " + at);
                }
            }
        }
    }
}
