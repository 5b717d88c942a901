package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Call trees in a plain fence whose steps are each led by two dashes, {@code -- f} or {@code --f}, the
 * blanks before the dashes drawing the depth; and {@code --} lines of other kinds that keep their reading.
 * Every fragment is made up.
 */
class DashedNameTreesTest {

    private static String fenced(String... lines) {
        return Parsing.shape(Parsing.parse("Walk\n\n```\n" + String.join("\n", lines) + "\n```\n"));
    }

    @Test
    void aConditionInWordsIsAnIfAndHandlersAreAssignments() {
        assertEquals("""
                root foo_ssl_handshake
                  if h2 on & foo_alpn() == h2 (协商成功)
                  call foo_v2_init
                    call foo_v2_read_handler  直到header处理完
                      assign rev->handler = foo_v2_read_handler
                """, fenced(
                "-- foo_ssl_handshake",
                "  -- h2 on & foo_alpn() == h2 (协商成功)",
                "  -- foo_v2_init",
                "    -- foo_v2_read_handler 直到header处理完",
                "      -- rev->handler = foo_v2_read_handler"));
    }

    @Test
    void dashesRightAgainstTheNameAreASiblingAtTheDashesColumn() {
        assertEquals("""
                root foo_read_handler
                  call foo_state_head
                    assign c->state = foo_state_body
                    call foo_state_check
                    call foo_state_done
                      assign c->state = foo_state_head  // 回到开头
                """, fenced(
                "-- foo_read_handler",
                "  -- foo_state_head",
                "      -- c->state = foo_state_body",
                "      -- foo_state_check",
                "      --foo_state_done",
                "        -- c->state = foo_state_head // 回到开头"));
    }

    @Test
    void aBareRootOverGluedStepsAndTwoCallsJoinedByDashes() {
        assertEquals("""
                root Main::run()
                  call server_->run()
                    call Server::run()
                      call Server::startWorkers()
                        call add_listener()  // 绑定
                        call Worker::start()
                          call pump_->addListener()--loop_->run()  // 等待事件
                """, fenced(
                "Main::run()",
                "  -- server_->run()",
                "    --Server::run()",
                "      --Server::startWorkers()",
                "        --add_listener()//绑定",
                "        --Worker::start()",
                "            -- pump_->addListener()--loop_->run()//等待事件"));
    }

    @Test
    void aLineInWordsAtTheRootColumnHeadsTheNextTree() {
        assertEquals("""
                root foo_read_handler
                  call foo_state_head
                    assign c->state = foo_state_data
                root 如果请求的头处理完了，会调用foo_body_handler
                  call foo_state_read_data
                    if if(r->body){foo_read_body()}
                      call post_handler  执行回调，开始发数据
                    assign c->state = foo_state_head
                """, fenced(
                "-- foo_read_handler",
                "  -- foo_state_head",
                "      -- c->state = foo_state_data",
                "",
                "",
                "-- 如果请求的头处理完了，会调用foo_body_handler",
                "",
                "  -- foo_state_read_data",
                "    -- if(r->body){foo_read_body()}",
                "      -- post_handler 执行回调，开始发数据",
                "    -- c->state = foo_state_head"));
    }

    @Test
    void aValueWrittenInACommentIsStillAnAssignmentAndWordsAreAStep() {
        assertEquals("""
                root foo_init_connection
                  call foo_wait_request
                    prose 11 个阶段
                      call foo_proxy_handler
                        assign r->read_handler =  /* * foo_upstream_read (重入点)*
                """, fenced(
                "-- foo_init_connection",
                "  -- foo_wait_request",
                "    -- 11 个阶段",
                "      -- foo_proxy_handler",
                "        -- r->read_handler = /** foo_upstream_read (重入点)**/"));
    }

    @Test
    void sqlCommentsOverStatementsStayCode() {
        assertEquals("", fenced(
                "-- create the users table",
                "CREATE TABLE users (id int);",
                "  -- add an index",
                "  CREATE INDEX users_id ON users (id);"));
    }

    @Test
    void dashedWordsAndOptionsStayText() {
        assertEquals("", fenced(
                "-- fruit",
                "  -- apples",
                "    -- red ones",
                "  -- pears"));
        assertEquals("", fenced(
                "--verbose",
                "  --color=auto",
                "  --quiet"));
        assertEquals("", fenced(
                "-- fixed the parser",
                "-- added tests",
                "-- bumped the version"));
    }
}
