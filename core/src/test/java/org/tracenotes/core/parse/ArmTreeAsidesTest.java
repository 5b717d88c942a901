package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Among {@code |--} arms, a {@code <=>} line at the arm column of the step above followed by a prototype names
 * where that step lands (a declaration in its body), and an elision followed by words at the arms' column is a
 * step in words; a {@code <=>} line in words and an elision with a deeper step after it stay remarks. Every
 * fragment is made up.
 */
class ArmTreeAsidesTest {

    @Test
    void aLandingPrototypeIsADeclarationInTheArmStepsBodyAndAnElisionWithWordsIsAStep() {
        assertEquals("""
                root void main_loop(void)
                  call worker_spawn("poller", &poller_fn, NULL, 4)
                    declaration static int poller_fn(void *arg)
                      call poll_once()
                      call flush_all(ctx)
                      prose ... ... 待补充
                """, Parsing.shape(Parsing.parse("""
                ```c
                void main_loop(void)
                        |-- worker_spawn("poller", &poller_fn, NULL, 4);
                        <=> static int poller_fn(void *arg)
                                |-- poll_once();
                                |-- flush_all(ctx);
                                ... ... 待补充
                ```
                """)));
    }

    @Test
    void aLandingInWordsAndAnElisionOverADeeperStepStayRemarks() {
        assertEquals("""
                root void main_loop(void)
                  call worker_spawn(&poller_fn)
                    call poll_once()
                    call flush_all(ctx)
                """, Parsing.shape(Parsing.parse("""
                ```c
                void main_loop(void)
                        |-- worker_spawn(&poller_fn);
                        <=> see the poller below
                                |-- poll_once();
                                ... see also flush
                                |-- flush_all(ctx);
                ```
                """)));
    }
}
