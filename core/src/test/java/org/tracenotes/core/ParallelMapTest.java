package org.tracenotes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelMapTest {

    @Test
    void resultsComeInTheListsOrderWhateverOrderTheWorkersFinishIn() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<Integer> out = ParallelMap.map(items, () -> null, (none, i) -> {
            if (i % 7 == 0) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return i * 2;
        });
        assertEquals(items.stream().map(i -> i * 2).toList(), out);
    }

    @Test
    void eachWorkerHasItsOwnStateAndNoStateIsSharedBetweenThreads() {
        Set<Thread> owners = ConcurrentHashMap.newKeySet();
        List<List<Integer>> states = Collections.synchronizedList(new ArrayList<>());
        ParallelMap.map(IntStream.range(0, 100).boxed().toList(), () -> {
            List<Integer> mine = new ArrayList<>();
            states.add(mine);
            owners.add(Thread.currentThread());
            return mine;
        }, (mine, i) -> mine.add(i));
        assertEquals(owners.size(), states.size(), "one state a thread");
        assertEquals(100, states.stream().mapToInt(List::size).sum(), "every item once");
    }

    @Test
    void aSingleItemIsMappedOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Thread> ran = ParallelMap.map(List.of("a"), () -> null, (none, s) -> Thread.currentThread());
        assertSame(caller, ran.get(0));
    }

    @Test
    void theFirstFailureInTheListsOrderIsThrownAsItIs() {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelMap.map(items, () -> null,
                (none, i) -> {
                    if (i == 10 || i == 30) {
                        throw new IllegalStateException("item " + i);
                    }
                    return i;
                }));
        assertEquals("item 10", e.getMessage());
    }

    @Test
    void aDeepRecursionFitsAWorkersStackAsItFitsTheCommandsStack() {
        // 200,000 frames overflow a default 1 MB thread stack, not a worker's
        List<Integer> depths = ParallelMap.map(List.of(200_000, 200_000), () -> null, (none, n) -> depth(n));
        assertEquals(List.of(200_000, 200_000), depths);
    }

    @Test
    void anErrorOnAWorkerReachesTheCallerAsItIs() {
        // as a StackOverflowError of a note nested too deep reaches the command, which reports it in one line
        StackOverflowError thrown = new StackOverflowError("deep");
        StackOverflowError e = assertThrows(StackOverflowError.class, () -> ParallelMap.map(List.of(1, 2, 3), () -> null,
                (none, n) -> {
                    if (n == 2) {
                        throw thrown;
                    }
                    return n;
                }));
        assertSame(thrown, e);
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
