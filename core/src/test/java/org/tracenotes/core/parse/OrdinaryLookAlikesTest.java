package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Ordinary documents drawn in the shapes the recent rules read (arm trees in {@code +--}, {@code |--->} lists,
 * fences ruled with {@code ===}, data flowing along arrows) stay text. Every fragment is made up.
 */
class OrdinaryLookAlikesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void boxesWiredToRacksAreAsciiArtNoTree() {
        assertEquals("", read(
                "                 +--------+",
                "                 | router |",
                "                 +--------+",
                "                     |",
                "     +---------------+---------------+",
                "     |               |               |",
                " +--rack-a       +--rack-b       +--rack-c",
                " |  web_01       |  db_01        |  cache_01",
                " +--switch-a     +--switch-b     +--switch-c"));
    }

    @Test
    void aFamilyTreeInArmsIsNoCallTree() {
        assertEquals("", read(
                "Grandma Rose",
                "+-- Uncle Tom",
                "|   +-- cousin Mia",
                "|   `-- cousin Leo",
                "`-- Mum",
                "    `-- me"));
    }

    @Test
    void aChecklistLedByLongArmsIsNoTrace() {
        assertEquals("", read(
                "|---> freeze the branch",
                "|---> run_all_tests.sh (must pass)",
                "|---> tag the release",
                "|---> upload_artifacts()",
                "|---> announce on the mailing list"));
    }

    @Test
    void minutesBetweenRulesAreNoTrace() {
        assertEquals("", read(
                "=====================================",
                " Weekly sync, 3 March",
                "=====================================",
                "Attendees: Ana, Bo, Chen",
                "-------------------------------------",
                "1. review open tickets",
                "2. plan the release",
                "=====================================",
                "Actions:",
                "  - Ana: update_docs",
                "  - Bo:  fix flaky_test",
                "====================================="));
        assertEquals("", read("***", "Chapter one", "***", "It was a dark night; the wind blew.", "***",
                "Chapter two", "***", "{ nothing happened }"));
    }

    @Test
    void filesFlowingThroughFunctionsAreNoCallChain() {
        assertEquals("", read(
                "raw_logs -> parse_lines() -> clean_rows() -> load_table()",
                "events.json -> normalise() -> events_clean.json",
                "sales -> aggregate() -> report.pdf"));
    }
}
