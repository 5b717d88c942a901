package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * The step arrow drawn with a longer shaft ({@code ==>}, {@code ===>}) is the step arrow {@code =>} wherever
 * {@code =>} is one: in a column-nested tree and after a list bullet (fenced or not); tool output that leads lines with {@code ==>} stays text.
 * Every fragment is made up.
 */
class LongShaftStepArrowsTest {

    private static int traces(String text) {
        return Parsing.parse(text).traceBlocks().size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=>", "==>", "===>"})
    void aLongShaftArrowNestsByItsColumnLikeTheStepArrow(String a) {
        Note note = Parsing.fenced("start_job(j)", "    " + a + " prep_job(j)", "        " + a + " lock_job(j)", "    " + a + " run_job(j)");
        assertEquals("""
                root start_job(j)
                  call prep_job(j)
                    call lock_job(j)
                  call run_job(j)
                """, Parsing.shape(note), a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"==>", "===>"})
    void unfencedBulletsLedByALongShaftArrowAreACallTree(String a) {
        Note note = Parsing.parse("# Open path\n\n- open_dev(d)\n  - " + a + "probe_dev(d)\n    - " + a + "read_id(d)\n  - " + a
                + "start_dev(d)\n\nThat is all.\n");
        assertEquals("""
                root open_dev(d)
                  call probe_dev(d)
                    call read_id(d)
                  call start_dev(d)
                """, Parsing.shape(note), a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"==>", "===>"})
    void aLongShaftArrowAfterABulletIsTheBulletsStep(String a) {
        Note note = Parsing.fenced("open_dev(d)", "  - " + a + "probe_dev(d)", "    - " + a + "read_id(d)", "  - " + a + "start_dev(d)");
        assertEquals("""
                root open_dev(d)
                  call probe_dev(d)
                    call read_id(d)
                  call start_dev(d)
                """, Parsing.shape(note), a);
    }

    @Test
    void packageManagerProgressStaysText() {
        assertEquals(0, traces("```\n==> Downloading https://example.org/pkg/tool-1.2.tar.gz\n==> Pouring tool-1.2.bottle.tar.gz\n"
                + "==> Caveats\n==> Summary\n```\n"));
        assertEquals(0, traces("```console\n$ brew install tool\n==> Fetching tool\n==> Pouring tool-1.2.bottle.tar.gz\n"
                + "  /usr/local/Cellar/tool/1.2: 12 files\n```\n"));
        assertEquals(0, traces("# Install\n\n==> Downloading tool\n==> Pouring tool-1.2.bottle.tar.gz\n\nThen run it.\n"));
    }

    @Test
    void aLongShaftArrowInProseOrAChangelogStaysText() {
        assertEquals(0, traces("# Changes\n\n- renamed the flag ==> `--fast` now means `--quick`\n- old ===> new mapping is kept\n"));
        assertEquals(0, traces("# Notes\n\nA ==> B means A implies B.\nSo x ===> y holds too.\n"));
        assertEquals(0, traces("```\n==> app_one.log <==\nstarted 12:00\n==> app_two.log <==\nstopped 12:01\n```\n"));
    }
}
