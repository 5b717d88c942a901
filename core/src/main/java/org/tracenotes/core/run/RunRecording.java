package org.tracenotes.core.run;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one run as {@link TraceRunner} keeps them: every event of the first {@link #HEAD_STEPS}
 * steps, then only those of the last {@link #TAIL_STEPS} steps, the steps in between counted by line.
 * A run of ten million steps (a goto loop under {@code --max-steps 10000000}) so holds a bounded number
 * of events, not one per step; a run within the default step budget keeps them all. As a list it is the
 * kept events in order, the head then the tail.
 */
public final class RunRecording extends AbstractList<RunEvent> implements RunListener {

    /** Steps whose events are all kept: twice the default step budget, so a default run loses none. */
    public static final int HEAD_STEPS = 2 * RunOptions.DEFAULT_STEP_BUDGET;

    /** Steps at the end of a longer run whose events are kept. */
    public static final int TAIL_STEPS = 10_000;

    private final int headSteps;
    private final int tailSteps;
    private final List<RunEvent> head = new ArrayList<>();
    private int headStepCount;
    /** The tail, step by step: each entry a step's events, its {@code StepReached} first. */
    private final ArrayDeque<List<RunEvent>> tail = new ArrayDeque<>();
    private int tailSize;
    /** Steps dropped between head and tail, by source, then line. */
    private final Map<String, Map<Integer, Integer>> dropped = new HashMap<>();
    private long droppedSteps;
    private List<RunEvent> tailFlat;

    public RunRecording() {
        this(HEAD_STEPS, TAIL_STEPS);
    }

    /** A recording keeping the events of the first {@code headSteps} and the last {@code tailSteps} steps. */
    public RunRecording(int headSteps, int tailSteps) {
        this.headSteps = headSteps;
        this.tailSteps = Math.max(1, tailSteps);
    }

    @Override
    public void on(RunEvent e) {
        tailFlat = null;
        boolean step = e instanceof RunEvent.StepReached;
        if (step && headStepCount < headSteps) {
            headStepCount++;
        } else if (!step && tail.isEmpty()) {
            // an event of the head's last step (or before any step)
        } else if (!step) {
            tail.peekLast().add(e);
            tailSize++;
            return;
        } else {
            if (tail.size() == tailSteps) {
                List<RunEvent> old = tail.pollFirst();
                tailSize -= old.size();
                RunEvent s = old.get(0);
                dropped.computeIfAbsent(s.source(), k -> new HashMap<>()).merge(s.line(), 1, Integer::sum);
                droppedSteps++;
            }
            List<RunEvent> events = new ArrayList<>(2);
            events.add(e);
            tail.addLast(events);
            tailSize++;
            return;
        }
        head.add(e);
    }

    /** How many events lead the list: those of the first steps, kept whole. */
    public int headSize() {
        return head.size();
    }

    /** How many steps ran between the head and the tail whose events were not kept. */
    public long droppedSteps() {
        return droppedSteps;
    }

    /** The steps of lines of {@code source} whose events were not kept, by line. */
    public Map<Integer, Integer> droppedSteps(String source) {
        return Map.copyOf(dropped.getOrDefault(source, Map.of()));
    }

    @Override
    public RunEvent get(int index) {
        if (index < head.size()) {
            return head.get(index);
        }
        return tailFlat().get(index - head.size());
    }

    /** The tail's events in one list, made when first read after the run. */
    private List<RunEvent> tailFlat() {
        if (tailFlat == null) {
            List<RunEvent> all = new ArrayList<>(tailSize);
            tail.forEach(all::addAll);
            tailFlat = all;
        }
        return tailFlat;
    }

    @Override
    public int size() {
        return head.size() + tailSize;
    }
}
