package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/** Bulleted list items that each hold a call chain on one line: every item a root of its own. */
class BulletedChainItemsTest {

    @Test
    void eachChainItemOfALogIsARootOfItsOwn() {
        Note note = Parsing.parse("""
                ### week 12
                - 2020.01.04, room B (6 people)
                - boot_x()->mem_init_x()->zone_init_x()
                - boot_x()->irq_init_x() ~
                - boot_x()->board->early_init()
                """);
        assertEquals(3, note.traceBlocks().size(), () -> Parsing.shape(note));
        assertEquals("""
                root boot_x()->mem_init_x()->zone_init_x()
                root boot_x()->irq_init_x() ~
                root boot_x()->board->early_init()
                """, Parsing.shape(note));
    }

    @Test
    void starAndPlusBulletsWithSpacedArrowsOrCodeSpansAreChainsToo() {
        Note note = Parsing.parse("""
                Paths read so far:

                * `open_x()` => `lookup_x()` => `walk_x()`
                + read_x() -> vfs_read_x() -> ops->read()
                """);
        assertEquals(2, note.traceBlocks().size(), () -> Parsing.shape(note));
        assertEquals("""
                root `open_x()` => `lookup_x()` => `walk_x()`
                root read_x() -> vfs_read_x() -> ops->read()
                """, Parsing.shape(note));
    }

    @Test
    void itemsOfStructuresOrWordsJoinedByArrowsAreNoChains() {
        Note note = Parsing.parse("""
                - task_struct -> mm_struct -> vm_area_struct
                - user space -> kernel space
                - see how open() -> lookup() works in the next part
                - `TASK_RUNNING` -> `TASK_DEAD`
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void aListOfRenamesWithArrowsDrawnToLineUpIsNoChain() {
        Note note = Parsing.parse("""
                * API changes
                  * open_x('a') ---------> open_y('a')
                  * read_x() ------------> read_y()
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void anItemWrappedOntoTheNextLineIsASentenceNoChain() {
        Note note = Parsing.parse("""
                - open_x()->lookup_x()
                  is the path we follow when the cache misses
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void twoLinkItemsWrittenTightAreChainsMemberCallsToo() {
        Note note = Parsing.parse("""
                - boot_x()->cpu_init_x()
                - boot_x()->desc->early_init()
                """);
        assertEquals(2, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void renamesInAChangelogAreNoChains() {
        Note note = Parsing.parse("""
                ## Breaking changes

                - `open_file()` -> `open_path()`
                - `read_all()` -> `read_to_end()`
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void renamesInAMigrationGuideWithSpacedArrowsAreNoChains() {
        Note note = Parsing.parse("""
                Rename these calls:

                - load_config() -> read_config()
                - save_config(cfg) -> write_config(cfg)
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void signaturesMappedToTheirReturnTypesAreNoChains() {
        Note note = Parsing.parse("""
                - `get(key)` -> `value`
                - `set(key, value)` -> `None`
                - `delete(key)` -> `bool`
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void deprecationsMappedWithDoubleArrowsAreNoChains() {
        Note note = Parsing.parse("""
                * `Client.connect()` => `Client.open()`
                * `Client.close()` => `Client.shutdown()`
                * fetch_one() => fetch_row()
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }
}
