package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * In a fence of call trees drawn with {@code |-} arms under root lines, what the author wrote between the
 * trees at the margin is no root: a sentence standing alone (also one glued to a call) and a struct's
 * definition listing are text, a lone declaration is a declaration of no root. A line with arms under
 * it stays a root, and a fence with anything else in it, or without arm trees, keeps its reading. Every
 * fragment is made up.
 */
class ArmTreeFenceTextTest {

    @Test
    void sentencesBetweenAndAfterArmTreesAreTextNotRoots() {
        Note note = Parsing.parse("""
                ```
                foo_start(int cpu)
                |-foo_prepare()
                  |-q = foo_queue_get()

                全局变量foo_table在初始化时注册了处理函数bar_handler

                bar_handler(struct foo_req *r)
                |-bar_check(r)
                |-ops->run(r)

                ops->run()会调用之前注册的函数foo_run或者bar_run
                ```
                """);
        assertEquals("""
                root foo_start(int cpu)
                  call foo_prepare()
                    assign q = foo_queue_get()
                root bar_handler(struct foo_req *r)
                  call bar_check(r)
                  call ops->run(r)
                """, Parsing.shape(note));
        List<String> remarks = comments(note);
        assertTrue(remarks.contains("全局变量foo_table在初始化时注册了处理函数bar_handler"), remarks.toString());
        assertTrue(remarks.contains("ops->run()会调用之前注册的函数foo_run或者bar_run"), remarks.toString());
    }

    @Test
    void aDefinitionListingIsTextAndALoneDeclarationBelongsToNoRoot() {
        Note note = Parsing.parse("""
                ```
                struct foo_queue {
                    struct bar *head;   // 队列头
                    struct bar *tail;   // 队列尾
                };

                struct foo_action foo_vec[10] // 分别对应：FOO_A, FOO_B,
                                              //         FOO_C, FOO_D

                foo_recv(struct foo_queue *q)
                |-b = q->head
                |-foo_action_run(b)
                  |-h->action(h)

                the table keeps the addresses of foo_rcv() and bar_rcv()
                ```
                """);
        assertEquals("""
                root\s
                  declaration struct foo_action foo_vec[10]  // 分别对应：FOO_A, FOO_B,
                root foo_recv(struct foo_queue *q)
                  assign b = q->head
                  call foo_action_run(b)
                    call h->action(h)
                """, Parsing.shape(note));
        Step declaration = note.traceBlocks().get(0).roots().get(0).body().get(0);
        assertTrue(declaration.comments().stream().anyMatch(c -> c.text().contains("FOO_C")),
                "the `//` continuation is the declaration's comment: " + declaration.comments());
        List<String> remarks = comments(note);
        assertTrue(remarks.contains("struct foo_queue {"), remarks.toString());
        assertTrue(remarks.contains("the table keeps the addresses of foo_rcv() and bar_rcv()"), remarks.toString());
    }

    @Test
    void treesDrawnWithStemsAreReadSoToo() {
        Note note = Parsing.parse("""
                ```
                struct foo_action foo_vec[10] // 分别对应：FOO_A, FOO_B,
                                              //         FOO_C, FOO_D

                foo_start(int cpu)
                |-foo_prepare()
                | |-foo_queue_get()
                |-foo_finish()

                之后由软中断调用它。
                ```
                """);
        assertEquals("""
                root\s
                  declaration struct foo_action foo_vec[10]  // 分别对应：FOO_A, FOO_B,
                root foo_start(int cpu)
                  call foo_prepare()
                    call foo_queue_get()
                  call foo_finish()
                """, Parsing.shape(note));
        assertTrue(comments(note).contains("之后由软中断调用它。"), comments(note).toString());
    }

    @Test
    void aRootWithWordsAfterItsCallAndArmsUnderItStaysTheRoot() {
        assertEquals("""
                root foo_start(int cpu)  这里开始处理队列
                  call foo_prepare()
                    call foo_queue_get()
                root bar_handler(struct foo_req *r)
                  call bar_check(r)
                """, Parsing.shape(Parsing.parse("""
                ```
                foo_start(int cpu) 这里开始处理队列
                |-foo_prepare()
                  |-foo_queue_get()

                bar_handler(struct foo_req *r)
                |-bar_check(r)
                ```
                """)));
    }

    @Test
    void aSentenceOrADeclarationWithArmsUnderItIsARoot() {
        assertEquals("""
                root bar_handler(struct foo_req *r)
                  call bar_check(r)
                    call bar_queue_get()
                root struct foo_action foo_vec[10]
                  call foo_vec[0].action(h)
                root ops->run()  会调用之前注册的函数foo_run
                  call foo_run(r)
                """, Parsing.shape(Parsing.parse("""
                ```
                bar_handler(struct foo_req *r)
                |-bar_check(r)
                  |-bar_queue_get()

                struct foo_action foo_vec[10]
                |-foo_vec[0].action(h)

                ops->run()会调用之前注册的函数foo_run
                |-foo_run(r)
                ```
                """)));
    }

    @Test
    void aFlowWrittenOnOneLineStaysARoot() {
        assertEquals("""
                root 中断->软中断->foo_rcv->q->ready(q)，即foo_wake
                root foo_wake(struct foo_req *r)
                  call bar_check(r)
                    call bar_queue_get()
                root bar_run(struct foo_req *r)
                  call bar_done(r)
                """, Parsing.shape(Parsing.parse("""
                ```
                中断->软中断->foo_rcv->q->ready(q)，即foo_wake

                foo_wake(struct foo_req *r)
                |-bar_check(r)
                  |-bar_queue_get()

                bar_run(struct foo_req *r)
                |-bar_done(r)
                ```
                """)));
    }

    @Test
    void aFenceWithASnippetBetweenItsTreesKeepsItsReading() {
        assertEquals("""
                root foo_start(int cpu)
                  call foo_prepare()
                    call foo_queue_get()
                root bar_handler(struct foo_req *r)
                  call bar_check(r)
                root\s
                  assign n = 1
                  call foo_go(n)
                root 全局变量foo_table在初始化时注册了处理函数bar_handler
                """, Parsing.shape(Parsing.parse("""
                ```
                foo_start(int cpu)
                |-foo_prepare()
                  |-foo_queue_get()

                bar_handler(struct foo_req *r)
                |-bar_check(r)

                n = 1;
                foo_go(n);

                全局变量foo_table在初始化时注册了处理函数bar_handler
                ```
                """)));
    }

    @Test
    void aFenceOfIndentedTreesWithoutArmsKeepsItsReading() {
        assertEquals("""
                root foo_start(int cpu)
                  call foo_prepare()
                    call foo_queue_get()
                root 全局变量foo_table在初始化时注册了处理函数bar_handler
                root struct foo_queue {
                  declaration struct bar *head
                  brace };
                """, Parsing.shape(Parsing.parse("""
                ```
                foo_start(int cpu)
                  foo_prepare()
                    foo_queue_get()

                全局变量foo_table在初始化时注册了处理函数bar_handler

                struct foo_queue {
                    struct bar *head;
                };
                ```
                """)));
        assertEquals("""
                root struct foo_action foo_vec[10]  // 分别对应：FOO_A, FOO_B,
                root foo_start(int cpu)
                  call foo_prepare()
                    call foo_queue_get()
                """, Parsing.shape(Parsing.parse("""
                ```
                struct foo_action foo_vec[10] // 分别对应：FOO_A, FOO_B,
                                              //         FOO_C, FOO_D

                foo_start(int cpu)
                  foo_prepare()
                    foo_queue_get()
                ```
                """)));
    }

    @Test
    void codeLinesAndTypeWordsAreNoSentences() {
        assertTrue(ArmTreeFenceText.sentence("the table keeps the addresses of foo_rcv()"));
        assertTrue(ArmTreeFenceText.sentence("ops->run()会调用foo_run"));
        assertTrue(!ArmTreeFenceText.sentence("static unsigned long foo_flags"));
        assertTrue(!ArmTreeFenceText.sentence("foo_start(int cpu) // 这里开始"));
        assertTrue(!ArmTreeFenceText.sentence("foo_go(n); then done here;"));
        assertTrue(!ArmTreeFenceText.sentence("中断->软中断->foo_rcv->q->ready(q)，即foo_wake"));
        assertTrue(!ArmTreeFenceText.sentence("中断 => 软中断 => foo_rcv"));
    }

    /** The texts of every comment the note's blocks and roots hold (the lines read as text among them). */
    private static List<String> comments(Note note) {
        List<String> out = new java.util.ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            b.comments().stream().map(Comment::text).map(String::strip).forEach(out::add);
            for (Root r : b.roots()) {
                r.comments().stream().map(Comment::text).map(String::strip).forEach(out::add);
            }
        }
        return out;
    }
}
