package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two parses that run at once share nothing: notes whose layout learns margins and markers line by line (list
 * bullets, line numbers, an author's own arrow) read on two threads, over and over, as each reads alone.
 * Every note is made up.
 */
class ConcurrentParsesTest {

    private static final String[] NOTES = {
        """
        ```
        01 vfs_open
        02   >path_walk
        03     >dentry_find
        04   >inode_get
        05 vfs_close
        ```
        """,
        """
        - -> net_rx()
          - -> queue_pkt()
          - -> wake_reader()
        - -> net_tx()
        """,
        """
        ```
        ~~> sched_tick()
            ~~> pick_next()
            ~~> switch_to()
        ~~> idle_loop()
        ```
        """,
        """
        ========== boot flow ==========
        mem_init(&cfg);
        irq_setup(cfg.irqs);
        dev_probe_all();
        """,
    };

    private static List<String> readEach() {
        List<String> shapes = new ArrayList<>();
        for (int i = 0; i < NOTES.length; i++) {
            shapes.add(Parsing.shape(new NoteParser().parse("note" + i + ".md", NOTES[i])));
        }
        return shapes;
    }

    @Test
    void notesReadOnTwoThreadsAtOnceReadAsTheyDoOneAfterTheOther() throws Exception {
        List<String> alone = readEach();
        for (int i = 0; i < alone.size(); i++) {
            assertTrue(alone.get(i).contains("call "), "note " + i + ": [" + alone.get(i) + "]");   // each is a trace
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            Callable<List<String>> rounds = () -> {
                List<String> last = null;
                for (int round = 0; round < 50; round++) {
                    last = readEach();
                    assertEquals(alone, last);
                }
                return last;
            };
            runs.add(pool.submit(rounds));
            runs.add(pool.submit(rounds));
            for (Future<List<String>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
