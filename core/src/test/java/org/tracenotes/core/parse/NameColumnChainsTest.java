package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A call path written as a flat column of function names, one a line, no arrows: each row is called by the
 * row above it (or, beside an upward arrow, by the row below it), where something says the column is a
 * chain; columns of names that are lists, commands, keys or code keep their reading. Every fragment is made up.
 */
class NameColumnChainsTest {

    private static String shape(String text) {
        return Parsing.shape(Parsing.parse(text));
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aColumnAloneInAnIndentedCodeBlockUnderAHeadingIsAChain() {
        assertEquals("""
                root pump_start()
                  call __pump_start()
                    call pump_prime()
                      call pump_prime_valve()
                """, shape("""
                ## how a pump starts

                    pump_start()
                    __pump_start()
                    pump_prime()
                    pump_prime_valve()

                Then the valve opens.
                """));
    }

    @Test
    void aColumnAloneInAFenceUnderACaptionIsAChain() {
        assertEquals("""
                root tank_fill
                  call tank_fill_locked
                    call __tank_fill_locked
                      call gauge_read()
                """, shape("""
                What filling a tank runs through:

                ```
                tank_fill
                tank_fill_locked
                __tank_fill_locked
                gauge_read()
                ```
                """));
    }

    @Test
    void linkRowsUnderACaptionNamingTheFirstAreAChain() {
        assertEquals("""
                root [Pump::poll][pumpPollLink]
                  call [Valve::open][valveOpenLink]
                    call [Seal::check][sealCheckLink]
                      call [Seal::report][sealReportLink]
                """, shape("""
                Once woken, the worker runs Pump::poll of its pump:

                [Pump::poll][pumpPollLink]  
                [Valve::open][valveOpenLink]  
                [Seal::check][sealCheckLink]  
                [Seal::report][sealReportLink]  

                [pumpPollLink]: https://example.org/pump.cc#L10
                """).replace("\n\n", "\n"));
    }

    @Test
    void rowsOfSourcePathsEndingInTheFunctionAreAChain() {
        assertEquals("""
                root src/main.c/main
                  call src/pump.c/pump_loop
                    call lib/valve.c/valve_cycle
                      call valve_turn  （valve_turn_fast）
                """, shape("""
                Start-up.

                src/main.c/main
                src/pump.c/pump_loop
                lib/valve.c/valve_cycle
                valve_turn（valve_turn_fast）

                That is all.
                """));
    }

    @Test
    void anUpwardArrowReadsEachChainBetweenBreaksFromTheBottomButFromASystemCallHeadingIt() {
        String read = shape("""
                The way up:

                ^
                |     sys_pull          fs/pull.c
                |     pull_read         fs/pull.c
                |     tank_take         lib/tank.c
                |     ------------------------------
                |     tank_put          lib/tank.c
                |     gauge_rx          drivers/gauge.c
                |     gauge_irq         drivers/gauge.c
                """);
        assertEquals("""
                root sys_pull  fs/pull.c
                  call pull_read  fs/pull.c
                    call tank_take  lib/tank.c
                root gauge_irq  drivers/gauge.c
                  call gauge_rx  drivers/gauge.c
                    call tank_put  lib/tank.c
                """, read);
    }

    @Test
    void aColumnDrawnAboveADownwardArrowIsReadFromTheTop() {
        assertEquals("""
                root sys_push  fs/push.c
                  call push_write  fs/push.c
                    call tank_fill  lib/tank.c
                root gauge_tx  drivers/gauge.c
                """, shape("""
                |     sys_push          fs/push.c
                |     push_write        fs/push.c
                |     tank_fill         lib/tank.c
                |     ------------------------------
                |     gauge_tx          drivers/gauge.c
                V
                """));
    }

    @Test
    void aColumnLongerThanAnyCallPathStaysText() {
        StringBuilder rows = new StringBuilder("## every pump hook\n\n    pump_start()\n    pump_start_locked()\n");
        for (int k = 0; k < 70; k++) {
            rows.append("    pump_hook_").append(k).append("()\n");
        }
        assertNoTrace(rows.toString());
    }

    @Test
    void commandsAndFilesInAFenceStayAListing() {
        assertNoTrace("""
                ## build

                ```
                make
                make install
                README.md
                ```
                """);
    }

    @Test
    void aColumnOfEnglishWordsStaysText() {
        assertNoTrace("""
                ## the seasons

                    spring
                    summer
                    autumn
                    winter
                """);
    }

    @Test
    void aTableOfContentsOfLinksStaysText() {
        assertNoTrace("""
                Contents, starting with the Overview:

                [Overview][overview]  
                [Getting started][start]  
                [Pump setup][setup]  
                [Valve_tuning][tuning]  
                """);
    }

    @Test
    void linkRowsUnderACaptionNamingNoneOfThemStayText() {
        assertNoTrace("""
                See also the pump's other entry points:

                [Pump::poll][pumpPollLink]  
                [Pump::drain][pumpDrainLink]  
                [Pump::reset][pumpResetLink]  
                """);
    }

    @Test
    void aTableLedByBarsIsNoDrawnColumn() {
        assertNoTrace("""
                ^
                | pump_pull | fs/pull.c |
                | pull_read | fs/pull.c |
                | tank_take | lib/tank.c |
                """);
    }

    @Test
    void configKeysAndMemberDeclarationsStayListings() {
        assertNoTrace("""
                ## tunables

                ```
                vm.fill_ratio
                vm.drain_ratio
                net.pump.max_rate
                ```
                """);
        assertNoTrace("""
                ## struct pump

                ```
                int rate;
                unsigned long flags;
                struct valve *valve;
                ```
                """);
    }

    @Test
    void twoNamesAreNoChain() {
        assertNoTrace("""
                ## how a pump starts

                    pump_start()
                    __pump_start()
                """);
    }

    @Test
    void aColumnOfSiblingsOrAStackInnermostFirstIsNoChain() {
        assertNoTrace("""
                ## pump hooks

                    pump_init()
                    pump_probe()
                    pump_exit()
                """);
        assertNoTrace("""
                ## where it stopped

                    __pump_prime_valve()
                    pump_prime()
                    pump_start()
                """);
    }

    @Test
    void bareNamesAtTheMarginWithNothingSayingTheyAreAChainStayText() {
        assertNoTrace("""
                Some notes.

                boot_pump(void)
                setup_valves  
                valve_map_early

                more later
                """);
    }

    @Test
    void callStatementsInACodeSampleStayCode() {
        assertNoTrace("""
                ## a sample

                ```c
                pid = fork();
                wait(&status);
                exit(0);
                ```
                """);
    }

    @Test
    void aProseParagraphStaysText() {
        assertNoTrace("""
                ## how a pump starts

                The pump starts
                when its valve
                opens fully.
                """);
    }

    @Test
    void aDrawnColumnNeedsItsArrowAndItsShaft() {
        assertNoTrace("""
                |     pump_pull         fs/pull.c
                |     pull_read         fs/pull.c
                |     tank_take         lib/tank.c
                """);
        assertNoTrace("""
                ^
                pump_pull         fs/pull.c
                pull_read         fs/pull.c
                tank_take         lib/tank.c
                """);
    }

    @Test
    void aPathThatLeavesAFunctionsFamilyAndComesBackIsAChain() {
        assertEquals("""
                root pump()
                  call sys_prime()
                    call _do_pump()
                      call copy_valve()
                """, shape("""
                ## what a pump goes through

                    pump()
                    sys_prime()
                    _do_pump()
                    copy_valve()
                """));
    }

    @Test
    void aListingWithOneNameBuiltOnAnotherStaysText() {
        assertNoTrace("""
                ## Public calls of libgauge

                    gauge_open()
                    gauge_open_at()
                    gauge_close()
                """);
        assertNoTrace("""
                ## Public calls of libgauge

                    gauge_open()
                    gauge_open_at()
                    gauge_read()
                    gauge_close()
                """);
        assertNoTrace("""
                Requirements:

                    pumpkit
                    pumpkit_extras
                    valve_utils
                """);
        assertNoTrace("""
                Tables the upgrade adds:

                    tank
                    tank_level
                    valve_log
                """);
    }

    @Test
    void listingsInAFenceStayText() {
        assertNoTrace("""
                ## Symbols the library exports

                ```
                gauge_init
                gauge_init_bus
                gauge_free
                ```
                """);
        assertNoTrace("""
                Targets of the makefile:

                ```text
                pump_all
                pump_all_docs
                clean_all
                ```
                """);
    }

    @Test
    void upperCaseNamesAreMacrosOrVariablesNotAChain() {
        assertNoTrace("""
                 * New macros for checking the version:

                       GAUGE_LEVEL
                       GAUGE_LEVEL_TEXT
                       GAUGE_RESET
                       GAUGE_RESET_ALL

                   More to come.
                """);
        assertNoTrace("""
                ## Settings

                Export these before the first run:

                    PUMP_HOST
                    PUMP_HOST_TEST
                    PUMP_TOKEN
                    PUMP_TOKEN_OLD
                """);
        assertNoTrace("""
                 * New calls (may change):

                       GAUGE_get_level()
                       GAUGE_get_level_text()
                       GAUGE_set_BUS()
                """);
    }

    @Test
    void rowsGluedToACaptionNamingTheFirstAreASentencesList() {
        assertNoTrace("""
                Run the jobs one after the other, starting with tank_fill:
                tank_fill
                tank_drain
                tank_seal
                """);
    }

    @Test
    void wordsDrawnBesideAnArrowAreNoChain() {
        assertNoTrace("""
                Loudness, softest first:

                ^
                | whisper
                | murmur
                | speech
                | shout
                """);
        assertNoTrace("""
                The day

                | dawn
                | midday
                | dusk
                v
                """);
    }
}
