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
import org.junit.jupiter.api.Test;
import org.tracenotes.core.CorpusFiles;
import org.tracenotes.core.Golden;
import org.tracenotes.core.lint.rules.parse.NotATrace;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;

/**
 * A note parsed in pieces cut at its headings ({@link SectionedParse}) is the note a whole parse gives:
 * the same sections, steps, ranges and findings, over every corpus note and the seed cut at every
 * heading; a note a piece of which cannot stand alone is parsed whole; a parser keeping findings only
 * finds the same findings.
 */
class SectionedParseTest {

    /** Never cuts: the whole parse. */
    private static final NoteParser WHOLE = new NoteParser(ParseOptions.defaults(), Integer.MAX_VALUE, true);
    /** Cuts at every heading it may. */
    private static final NoteParser EVERY_HEADING = new NoteParser(ParseOptions.defaults(), 1, true);

    private static String seed() throws IOException {
        return Files.readString(Golden.repositoryRoot().resolve("samples/soft-offline.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyCorpusNoteCutAtEveryHeadingParsesAsAWhole() throws IOException {
        int notes = 0;
        int cut = 0;
        int pieces = 0;
        int moved = 0;
        int parsedWhole = 0;
        for (Path f : CorpusFiles.all()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Note whole = WHOLE.parse(f.toString(), text);
            Note inPieces = EVERY_HEADING.parseInPieces(f.toString(), text);
            if (inPieces == null && SectionedParse.applies(text, ParseOptions.defaults(), 1)
                    && SectionedParse.cuts(text, 1).size() > 1) {
                parsedWhole++;
            }
            if (inPieces != null) {
                assertEquals(whole, inPieces, f.toString());
                cut++;
                pieces += SectionedParse.cuts(text, 1).size();
                moved += (int) whole.diagnostics().stream().filter(d -> d.ruleId().equals(NotATrace.ID)
                        && d.range().line() > 1).count();
            }
            assertEquals(whole, EVERY_HEADING.parse(f.toString(), text), f.toString());
            assertEquals(whole.diagnostics(), EVERY_HEADING.findingsOnly().parse(f.toString(), text).diagnostics());
            notes++;
        }
        System.out.println("[sectioned parse] corpus: " + cut + " of " + notes + " notes cut into " + pieces
                + " pieces, each equal to its whole parse (" + moved + " not-a-trace findings among them); " + parsedWhole
                + " more had cuts but a piece that could not stand alone");
        assertTrue(cut >= 40 && pieces >= 10 * cut, cut + " notes cut into " + pieces + " pieces");
    }

    @Test
    void aLongNoteOfSeedsIsCutAndParsesAsAWhole() throws IOException {
        String text = seed().repeat(40);
        Note whole = WHOLE.parse("long.md", text);
        Note inPieces = EVERY_HEADING.parseInPieces("long.md", text);
        assertNotNull(inPieces);
        assertEquals(whole, inPieces);
        assertEquals(2 * 40, SectionedParse.cuts(text, 1).size(),
                "one piece per heading outside fences (two of the seed's five; three are `##` comments in its fenced trace)");
        NoteParser byDefault = new NoteParser();
        String twentyPieces = seed().repeat(SectionedParse.PIECE_CHARS * 20 / seed().length() + 1);
        assertTrue(SectionedParse.applies(twentyPieces, ParseOptions.defaults(), SectionedParse.PIECE_CHARS));
        assertTrue(SectionedParse.cuts(twentyPieces, SectionedParse.PIECE_CHARS).size() >= 15);
        assertEquals(WHOLE.parse("big.md", twentyPieces), byDefault.parse("big.md", twentyPieces));
    }

    @Test
    void aNotATraceFindingInALaterPieceNamesTheNotesLines() throws IOException {
        String diagram = "## a diagram\n\n+------+    +------+\n| a    | -> | b    |\n+------+    +------+\n"
                + "-> +------+\n-> | c    |\n-> +------+\n\n";
        String text = seed() + diagram + seed();
        Note whole = WHOLE.parse("d.md", text);
        List<Diagnostic> found = whole.diagnostics().stream().filter(d -> d.ruleId().equals(NotATrace.ID)).toList();
        assertTrue(!found.isEmpty() && found.get(0).message().startsWith("lines " + found.get(0).range().line() + "-"),
                "the whole parse names the diagram's lines: " + found);
        assertEquals(whole, EVERY_HEADING.parseInPieces("d.md", text));
    }

    @Test
    void aPieceThatCannotStandAloneSendsTheNoteToAWholeParse() throws IOException {
        // a fence opened in one section and never closed runs over the headings after it
        String open = seed() + "## open\n```\n=> a()\n=> b()\n\n## later\n=> c()\n=> d()\n";
        assertNull(EVERY_HEADING.parseInPieces("open.md", open));
        assertEquals(WHOLE.parse("open.md", open), EVERY_HEADING.parse("open.md", open));
        // a `/*` comment left open at the end of a block
        String comment = seed() + "## c\n=> a() /* starts\n=> b()\n\n" + seed();
        assertEquals(WHOLE.parse("c.md", comment), EVERY_HEADING.parse("c.md", comment));
        // front matter and tabs are read note-wide: not cut
        String fm = "---\ntracenotes:\n  dialect: call\n---\n" + seed().repeat(3);
        assertNull(EVERY_HEADING.parseInPieces("fm.md", fm));
        assertNull(EVERY_HEADING.parseInPieces("tab.md", seed().repeat(3).replace("    => ", "\t=> ")));
    }

    @Test
    void aTabOrCarriageReturnFarPastTheFirstPiecesStillSendsTheNoteToAWholeParse() throws IOException {
        // the scan that finds the cuts meets them only after the workers started on the first pieces
        String tab = seed().repeat(40) + "## late\n\t=> a()\n";
        assertNull(EVERY_HEADING.parseInPieces("tab.md", tab));
        assertEquals(WHOLE.parse("tab.md", tab), EVERY_HEADING.parse("tab.md", tab));
        String cr = seed().repeat(40) + "## late\r\n=> a()\r\n";
        assertNull(EVERY_HEADING.parseInPieces("cr.md", cr));
        assertEquals(WHOLE.parse("cr.md", cr), EVERY_HEADING.parse("cr.md", cr));
    }

    @Test
    void aHeadingAfterAPastedGdbFrameIsNotACut() {
        String text = "## a\n=> f()\n=> g()\n#1  0xffff in do_boot_cpu (cpu=1)\n\n## b\n  f(x)\n  => h()\n";
        assertEquals(1, SectionedParse.cuts(text, 1).size());
        assertEquals(WHOLE.parse("g.md", text), EVERY_HEADING.parse("g.md", text));
    }

    @Test
    void noHeadingAfterAnIndentedGdbFrameIsACutEvenPastArrowsTheLexerDoesNotRead() {
        String text = "## a\n=> f()\n=> g()\n    #1  0xffff in do_boot_cpu (cpu=1)\n\nStack at the time:\n\n"
                + "=> dump_stack+0x10/0x20\n=> g+0x20/0x40\n\n## b\n  f(x)\n  => h()\n  => i()\n\n## c\n=> j()\n=> k()\n";
        assertEquals(1, SectionedParse.cuts(text, 1).size());
        assertEquals(WHOLE.parse("g.md", text), EVERY_HEADING.parse("g.md", text));
    }

    @Test
    void findingsOnlyKeepsTheTextAndFindingsButNoModel() throws IOException {
        String text = seed().repeat(20) + "## bad\n=> a(\n=> b()\n";
        Note whole = WHOLE.parse("f.md", text);
        Note findings = EVERY_HEADING.findingsOnly().parse("f.md", text);
        assertEquals(whole.diagnostics(), findings.diagnostics());
        assertEquals(text, findings.text());
        assertTrue(findings.sections().isEmpty());
        assertTrue(!whole.sections().isEmpty());
    }
}
