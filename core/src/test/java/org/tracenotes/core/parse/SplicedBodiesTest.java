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
}
