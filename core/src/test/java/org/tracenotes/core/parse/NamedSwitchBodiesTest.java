package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Pseudo-C written flush left in a note's text, no fence: bare names over a bare brace, a loop of calls
 * without semicolons around a switch whose case labels hang under it with no braces. One name over the
 * brace is the root; two names or more are steps of a caller left implied. In an indented code block, bare
 * names each over a deeper tree, a blank line between the trees, are roots. Every fragment is made up.
 */
class NamedSwitchBodiesTest {

    private static final String BODY = """
            {
                while (1) {
                    talk_to_driver()
                    switch (cmd)
                        case R_DONE:
                        case R_FAIL:  goto finish;
                        default: run_command() //go on
                            obj.handle(&reply)
                            send_reply(reply)
                }
            }
            """;

    @Test
    void aNameOverABraceIsTheRootOfItsBracelessSwitch() {
        String shape = Parsing.shape(Parsing.parse("## Reply\n\nwait_reply\n" + BODY + "\nSome words after it.\n"));
        assertTrue(shape.startsWith("root wait_reply\n"), shape);
        assertTrue(shape.contains("    switch switch (cmd)\n      case case R_DONE:\n      case case R_FAIL:"), shape);
        assertTrue(shape.contains("      case default: run_command()  // go on\n        call obj.handle(&reply)\n        call send_reply(reply)"), shape);
    }

    @Test
    void twoNamesOverABraceAreStepsOfAnImpliedCaller() {
        String shape = Parsing.shape(Parsing.parse("## Client\n\nsend_data //BC_SEND\nwait_reply\n" + BODY));
        assertTrue(shape.startsWith("root \n  call send_data  // BC_SEND\n  call wait_reply\n"), shape);
        assertTrue(shape.contains("switch (cmd)"), shape);
    }

    @Test
    void cPastedWithSemicolonsIsNoSuchTrace() {
        String shape = Parsing.shape(Parsing.parse("""
                ## Code

                wait_reply
                {
                    int rc = 0;
                    switch (cmd)
                        case R_DONE:
                    rc = talk(x);
                }
                """));
        assertTrue(!shape.contains("case R_DONE"), shape);
    }

    @Test
    void aBracedSwitchOrNoSwitchIsLeftToTheOtherRules() {
        String shape = Parsing.shape(Parsing.parse("""
                ## Words

                Overview
                {
                    some words here
                    more words
                }
                """));
        assertEquals("", shape);
    }
    @Test
    void namesInAnIndentedCodeBlockWithABlankBetweenTheirTreesAreRoots() {
        String shape = Parsing.shape(Parsing.parse("""
                ## Paths

                    talk_driver
                        thread_write //BC
                          thread_x
                        thread_read

                    run_command
                        case CMD_X:
                            obj.handle(&reply)
                """));
        assertTrue(shape.startsWith("root talk_driver\n"), shape);
        assertTrue(shape.contains("\nroot run_command\n  case case CMD_X:\n"), shape);
    }

    @Test
    void namesOfOneTreeWithNoBlankBetweenStayStepsOfAnImpliedCaller() {
        String shape = Parsing.shape(Parsing.parse("""
                ## Paths

                    talk_driver
                        thread_write
                        thread_x
                    run_command
                        thread_read
                """));
        assertTrue(!shape.contains("root talk_driver"), shape);
    }

    @Test
    void aHeadingWordOverTheBraceIsNoFunctionsName() {
        for (String word : new String[] {"Usage", "Example", "output"}) {
            String shape = Parsing.shape(Parsing.parse("## Tool\n\n" + word + "\n" + BODY));
            assertTrue(!shape.contains("root " + word + "\n"), shape);
        }
    }

    @Test
    void namesShapedLikeCodeHeadTheBody() {
        for (String name : new String[] {"waitReply", "reply2", "Conn::wait", "wait()"}) {
            String shape = Parsing.shape(Parsing.parse("## Tool\n\n" + name + "\n" + BODY));
            assertTrue(shape.startsWith("root " + name + "\n"), shape);
        }
    }

    @Test
    void aSlashPairInAStringIsNoRemarkTheStatementStaysC() {
        String shape = Parsing.shape(Parsing.parse("""
                ## Code

                fetch_page
                {
                    while (1) {
                        wait_event()
                        switch (ev)
                            case EV_GET:
                        http_get("http://example.test/a");
                    }
                }
                """));
        assertTrue(!shape.contains("root fetch_page\n"), shape);
    }

    @Test
    void aRemarkAfterALabelStillEndsItsCode() {
        String shape = Parsing.shape(Parsing.parse("## Reply\n\nwait_reply\n" + BODY.replace("case R_FAIL:  goto finish;",
                "case R_FAIL:  // see \"x//y\"")));
        assertTrue(shape.startsWith("root wait_reply\n"), shape);
    }
}
