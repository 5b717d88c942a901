package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Two ways a note packs a step into one line: a loop macro with its one statement after it
 * ({@code for_each_cpu(c) wake_cpu(c);}), a loop whose body is that statement, as {@code while (1) f();} is;
 * and calls offered as alternatives joined by a slash ({@code a_init()/b_init();}), a call. Made-up fragments,
 * the expected tree written as indented {@code kind text} lines.
 */
class InlineLoopsAndSlashedCallsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void aLoopMacroWithItsStatementOnTheLineIsALoopOverTheCalleesBelow() {
        assertEquals("""
                root start_cpus()
                  call prepare_cpus()
                  loop for_each_online_cpu(cpu) wake_cpu(cpu);
                    call kick_cpu(cpu)
                  call finish_cpus()
                """, read(
                "start_cpus()",
                "    |-- prepare_cpus();",
                "    |-- for_each_online_cpu(cpu) wake_cpu(cpu);",
                "        |-- kick_cpu(cpu);",
                "    `-- finish_cpus();"));
    }

    @Test
    void anIteratorTakingACallbackStaysACall() {
        assertEquals("""
                root probe_all()
                  call bus_for_each_dev(bus, NULL, data, match_dev)
                  call report_found()
                """, read(
                "probe_all()",
                "    bus_for_each_dev(bus, NULL, data, match_dev);",
                "    report_found();"));
    }

    @Test
    void callsJoinedBySlashesAreAlternativesOfOneCall() {
        assertEquals("""
                root setup_board()
                  call read_config()
                    call parse_args()
                    call early_a_config()/early_b_config();/early_c_config();
                  call init_mem(); / init_numa_mem();
                  call start_board()
                """, read(
                "setup_board()",
                "    |-- read_config();",
                "        |-- parse_args();",
                "        `-- early_a_config()/early_b_config();/early_c_config();",
                "    |-- init_mem(); / init_numa_mem();",
                "    `-- start_board();"));
    }

    @Test
    void aSlashBetweenValuesIsNoAlternative() {
        assertEquals("""
                root setup_board()
                  call read_config()
                    call parse_args()
                    expression pages / 2
                  call init_mem()
                  call start_board()
                """, read(
                "setup_board()",
                "    |-- read_config();",
                "        |-- parse_args();",
                "        `-- pages / 2",
                "    |-- init_mem();",
                "    `-- start_board();"));
    }
}
