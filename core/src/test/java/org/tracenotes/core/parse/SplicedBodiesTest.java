package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A C function pasted into a fence with its callees' bodies spliced in one level deeper under their call
 * lines, without braces of their own, is a trace: braces and the spliced indentation nest its steps. An
 * ordinary, well-indented function (continued arguments, brace-less bodies, labels, cases) stays code, and
 * so does a function with one odd line. Every fragment is made up.
 */
class SplicedBodiesTest {

    @Test
    void calleeBodiesSplicedUnderTheirCallsNestUnderThem() {
        assertEquals("""
                root int attach_fd(struct sock *s)
                  brace {
                  assign int fd = grab_fd(&f)
                    assign fd = find_free_fd()
                    return return fd
                  if if (fd >= 0)
                    assign d = d_make(root, &name)
                      assign d = cache_alloc(d_cache, GFP_KERNEL)
                      assign d->parent = get(parent)
                    call install_fd(fd, f)
                    brace }
                  return return fd
                  brace }
                """, Parsing.shape(Parsing.parse("""
                ```c
                int attach_fd(struct sock *s)
                {
                \tint fd = grab_fd(&f);
                \t\tfd = find_free_fd();
                \t\treturn fd;
                \tif (fd >= 0) {
                \t\td = d_make(root, &name);
                \t\t\td = cache_alloc(d_cache, GFP_KERNEL);
                \t\t\td->parent = get(parent);
                \t\tinstall_fd(fd, f);
                \t}
                \treturn fd;
                }
                ```
                """)));
    }

    @Test
    void aWellIndentedFunctionStaysCode() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```c
                int attach_fd(struct sock *s)
                {
                \tint fd = grab_fd(&f);
                \tif (fd >= 0) {
                \t\td = d_make(root,
                \t\t\t\t&name);
                \t\tif (!d)
                \t\t\treturn -ENOMEM;
                \t\tinstall_fd(fd, f);
                \t}
                \tswitch (fd) {
                \tcase 1:
                \t\tput_fd(fd);
                \t\tbreak;
                \t}
                out:
                \treturn fd;
                }
                ```
                """)));
    }

    @Test
    void oneDeeperLineUnderACallIsASlipNotTheNotation() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```c
                int attach_fd(struct sock *s)
                {
                \tint fd = grab_fd(&f);
                \t\tfd = find_free_fd();
                \treturn fd;
                }
                ```
                """)));
    }

    @Test
    void knrDefinitionsStayCode() {   // parameter declarations under an `f(a, b)` head are not spliced bodies
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```c
                long
                sum_pair(x, y)
                \tint x;
                \tint y;
                {
                \treturn add_two(x, y);
                }

                long
                diff_pair(x, y)
                \tint x;
                \tint y;
                {
                \treturn sub_two(x, y);
                }
                ```
                """)));
    }

    @Test
    void trailingCommentsWrappedOntoAnAlignedLineStayCode() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```c
                static int qux_setup(void)
                {
                \tmutex_init(&qux_mtx);\t/* guards qux_table and
                \t\t\t\t\t   the totals */
                \tqux_reset(&qux_table);
                \tqux_q = make_queue("qux", 4);\t/* shared by every
                \t\t\t\t\t\t   port */
                \treturn 0;
                }
                ```
                """)));
    }

    @Test
    void unstarredBlockCommentsOverLinesStayCode() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```c
                int start_engine(int n)
                {
                    warm_up(n);
                    /* Warming comes first so that a cold part
                       fails before anything is spent. */
                    fill_tanks(n);
                    check_valves(n);
                    /* Ignition waits for the valves; the
                       manual says why. */
                    ignite(n);
                    return 0;
                }
                ```
                """)));
    }

    @Test
    void anUntaggedFenceMixingTabsAndBlanksStaysCode() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```
                void board_up(void)
                {
                    clocks_on();
                \tserial_on(9600);
                    pins_on();
                \tticker_on(TICK1);
                    go();
                }
                ```
                """)));
    }

    @Test
    void braceLessBlocksOfAnotherLanguageStayCode() {   // `IF … THEN` bodies are not spliced C
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```
                CREATE FUNCTION tidy() RETURNS void AS $$
                BEGIN
                  PERFORM wait_for(2);
                  IF NOT idle THEN
                    PERFORM note_it('busy');
                    PERFORM wait_for(3);
                  END IF;
                  IF over THEN
                    PERFORM note_it('over');
                    PERFORM wake_all('y');
                  END IF;
                END;
                $$ LANGUAGE plpgsql;
                ```
                """)));
    }
}
