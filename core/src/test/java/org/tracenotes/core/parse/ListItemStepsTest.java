package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Steps written as list items outside fences (bullets, quoted bullets, numbers): every item is a step of its
 * own, never the wrapped rest of the item above, however long that one is. Every fragment is made up; the
 * expected tree is written as indented {@code kind text} lines.
 */
class ListItemStepsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void aLongQuotedItemDoesNotSwallowTheItemsAfterIt() {
        String shape = read(
                "### 函数",
                "- pool_refill(): 从全局池补充本地缓存，必要时唤醒回收线程",
                "- > 获取当前线程的本地缓存指针和它的计数器，还有全局池的锁以及统计信息的位置",
                "- > 本地缓存已满而且全局池里还有很多空闲的对象没有被任何线程拿走",
                "- > 把一批对象从全局池搬到本地缓存",
                "- pool_drain(): 把本地缓存还给全局池，线程退出时调用一次就够了",
                "- > 加锁，防止其他线程同时修改全局池里面的链表和计数器的内容",
                "- > 把本地缓存里所有对象挂回全局池",
                "");
        assertEquals("""
                root pool_refill()  : 从全局池补充本地缓存，必要时唤醒回收线程
                  prose 获取当前线程的本地缓存指针和它的计数器，还有全局池的锁以及统计信息的位置
                  prose 本地缓存已满而且全局池里还有很多空闲的对象没有被任何线程拿走
                  prose 把一批对象从全局池搬到本地缓存
                root pool_drain()  : 把本地缓存还给全局池，线程退出时调用一次就够了
                  prose 加锁，防止其他线程同时修改全局池里面的链表和计数器的内容
                  prose 把本地缓存里所有对象挂回全局池
                """, shape);
    }
}
