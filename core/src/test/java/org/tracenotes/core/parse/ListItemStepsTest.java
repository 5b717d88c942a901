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

    /** Conditions with their consequence, tests and calls in words, as items of a list of quoted steps. */
    @Test
    void itemsInWordsAreReadByWhatTheySay() {
        String shape = read(
                "### 函数",
                "- pool_refill(): 补充本地缓存",
                "- > 若本地缓存已满，则直接返回",
                "- > cache.count == 0，则从全局池搬一批对象过来",
                "- > 判断全局池是否为空，否则加锁",
                "- > 调用pool_take取出一批对象",
                "- > 统计：调用系统调用futex唤醒等待者",
                "- > 尝试从全局池取对象，若取不到，则调用pool_grow扩容",
                "- > cache.head 初始化",
                "- pool_drain(): 归还本地缓存",
                "- > 加锁，防止并发修改",
                "- > 并调用pool_put放回全局池",
                "");
        assertEquals("""
                root pool_refill()  : 补充本地缓存
                  if 若本地缓存已满，则直接返回
                  if cache.count == 0，则从全局池搬一批对象过来
                  if 判断全局池是否为空，否则加锁
                  call 调用pool_take取出一批对象
                  call 统计：调用系统调用futex唤醒等待者
                  prose 尝试从全局池取对象，若取不到，则调用pool_grow扩容
                  prose cache.head  初始化
                root pool_drain()  : 归还本地缓存
                  prose 加锁，防止并发修改
                  call 并调用pool_put放回全局池
                """, shape);
    }

    /** A numbered walk-through in other authors' words: English and Korean conditions, an otherwise. */
    @Test
    void numberedItemsStatingAConditionAndItsConsequenceAreIfs() {
        String shape = read(
                "ring_push 的流程：",
                "",
                "1. `ring_lock()`，获取环的锁",
                "2. 根据帧的大小计算需要的槽数",
                "3. 如果环已经满了，则丢弃该帧并计数",
                "4. `ring_copy(r, f)`，把帧拷贝到下一个槽",
                "5. If the consumer sleeps, wake it up",
                "6. Otherwise, leave it running",
                "7. 소비자가 자고 있으면, `ring_wake()` 호출",
                "8. `ring_unlock()`，释放锁",
                "");
        assertEquals("""
                root\s
                  call `ring_lock()`，获取环的锁
                  prose 根据帧的大小计算需要的槽数
                  if 如果环已经满了，则丢弃该帧并计数
                  call `ring_copy(r, f)`，把帧拷贝到下一个槽
                  if If the consumer sleeps, wake it up
                  else Otherwise, leave it running
                  if 소비자가 자고 있으면, `ring_wake()` 호출
                  call `ring_unlock()`，释放锁
                """, shape);
    }

    /** Items that each name a function and say what it does are its calls; one such item alone stays words. */
    @Test
    void itemsLedByANameAndItsWordsAreCallsWhereTheListWritesThemSo() {
        String many = read(
                "### 函数",
                "- worker_run(): 处理队列",
                "- > 获取当前任务",
                "- > taskpick选出下一个任务",
                "- > taskrun：执行任务",
                "- > 记录统计",
                "- worker_stop(): 停止",
                "- > 设置标志",
                "- > 唤醒等待者",
                "");
        assertEquals("""
                root worker_run()  : 处理队列
                  prose 获取当前任务
                  call taskpick选出下一个任务
                  call taskrun：执行任务
                  prose 记录统计
                root worker_stop()  : 停止
                  prose 设置标志
                  prose 唤醒等待者
                """, many);
    }

    /**
     * In an outline telling stages in words, a lone item in words under a name alone (an index after it perhaps) is a
     * step; under an item that says something it stays a remark (ReviewedRulesTest, BulletedTreesTest).
     */
    @Test
    void aLoneItemInWordsUnderANameAloneIsAStep() {
        String names = read(
                "### 阶段",
                "  - 读取配置.",
                "  - 建立任务队列.",
                "    - job_queue_add",
                "      - 设置回调函数 job_on_ready",
                "    - job_queue_open",
                "      - create & bind the queue",
                "  - job_dispatch",
                "    - job_phase_init 0",
                "      - 暂时没有挂载",
                "    - job_phase_run 1",
                "      - job_run_handler",
                "");
        assertEquals("""
                root 读取配置.
                root 建立任务队列.
                  call job_queue_add
                    prose 设置回调函数 job_on_ready
                  call job_queue_open
                    prose create & bind the queue
                root job_dispatch
                  call job_phase_init 0
                    prose 暂时没有挂载
                  call job_phase_run 1
                    call job_run_handler
                """, names);
    }
}
