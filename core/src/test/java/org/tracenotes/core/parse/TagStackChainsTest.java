package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/** An editor's tag stack copied into a note: each frame called from the one above. Every fragment is made up. */
class TagStackChainsTest {

    @Test
    void numberedFramesAreAChainFromTheFirst() {
        Note note = Parsing.parse("""
                Where we are:

                1  1 boot_main          1  ~/src/boot.c
                2  1 mem_init         412  ~/src/boot.c
                3  1 zone_setup        88  ret = zone_setup(z);
                """);
        assertEquals("""
                root boot_main  1  ~/src/boot.c
                  call mem_init  412  ~/src/boot.c
                    call zone_setup  88  ret = zone_setup(z);
                """, Parsing.shape(note));
    }

    @Test
    void framesAsItemsHangFromTheItemThatHeadsThem() {
        Note note = Parsing.parse("""
                * where we stopped
                 - boot_main          1  ~/src/boot.c
                 - mem_init         412  ~/src/boot.c
                 - zone_setup        88  ~/mm/zone.c
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("  call boot_main  1  ~/src/boot.c\n    call mem_init  412  ~/src/boot.c\n      call zone_setup"), shape);
    }

    @Test
    void aListOfNamesWithNumbersButNoPathsStaysText() {
        Note note = Parsing.parse("""
                * chapters
                 - intro       3  pages of history
                 - setup      12  pages with pictures
                 - usage      40  pages and an index
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aFileListingWithSizesAndPathsStaysText() {
        Note note = Parsing.parse("""
                * build files
                 - Makefile       40  build/Makefile.am
                 - configure     812  build/configure.ac
                 - README         12  docs/README.md
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aNumberedTableNotStartingAtOneStaysText() {
        Note note = Parsing.parse("""
                4  2 boot_main          1  ~/src/boot.c
                5  2 mem_init         412  ~/src/boot.c
                6  2 zone_setup        88  ~/mm/zone.c
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aListOfSettingsWithValuesAndConfigFilesStaysText() {
        Note note = Parsing.parse("""
                * limits
                  - open_files  512  etc/limits.toml
                  - read_ahead   16  etc/limits.toml
                  - cache_size    8  etc/cache.yaml
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aNumberedTableOfJobsStaysText() {
        Note note = Parsing.parse("""
                Slowest jobs

                1  5 pack_assets   30  jobs/pack.yml
                2  2 check_links   14  jobs/links.yml
                3  1 run_smoke      9  jobs/smoke.yml
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aStackAfterAWrappedItemAtItsColumnStaysPartOfThatList() {
        Note note = Parsing.parse("""
                - first we read the log,
                  then we looked at the frames
                - boot_main          1  ~/src/boot.c
                - mem_init         412  ~/src/boot.c
                - zone_setup        88  ~/mm/zone.c
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void framesWithCodeInTheLastColumnAreAStack() {
        Note note = Parsing.parse("""
                1  1 boot_main          1  boot_main(argc);
                2  1 mem_init         412  cfg/mem.conf
                3  1 zone_setup        88  cfg/zone.conf
                """);
        assertEquals(1, note.traceBlocks().size(), () -> Parsing.shape(note));
    }
}
