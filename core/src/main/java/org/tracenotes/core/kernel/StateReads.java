package org.tracenotes.core.kernel;

/**
 * What one run on this thread read and wrote of the {@link PageState}s it went through: the flag
 * bits asked for and set, and the other fields by {@link Field}. An exploration records it to give a
 * state that agrees with an earlier one on everything that run read the earlier run's outcome (the run
 * cannot tell the two apart). The environment's answers are not recorded here: the {@link PageModel}
 * counts which ones a run asked for ({@link PageModel#envRead()}).
 *
 * <p>One recording at a time, by the thread that opened it: every access costs one volatile read (and,
 * while a recording records, a comparison of threads). A second thread opening one while the first is
 * open gets a recording that records nothing ({@link #recording()} false). An exploration keeps one
 * open, records each run ({@link #restart}), keeps what it recorded ({@link #copy}) and pauses between
 * runs ({@link #pause}).
 */
public final class StateReads {

    /** The fields besides the flags, as bits of {@link #read()} and {@link #written()}. */
    public enum Field { PFN_VALID, ONLINE, REFS, CALLER_FLAGS, ENVIRONMENT, POISONED_PAGES, ORDER, MAPPERS, ACTION, KILLED }

    /** Every field and flag: a read of the state as a whole (its given keys, its flags word). */
    private static final int ALL_FIELDS = (1 << Field.values().length) - 1;

    /** The open recording, or null (guarded by the class's lock). */
    private static StateReads open;
    /** The open recording while it records, null while none is open or it is paused: what the accessors read. */
    private static volatile StateReads active;

    private final Thread owner;
    private final boolean recording;

    private int flagsRead;
    private int flagsWritten;
    private int read;
    private int written;
    private boolean closed;

    private StateReads(boolean recording) {
        this.owner = Thread.currentThread();
        this.recording = recording;
    }

    /** Opens a recording on this thread; it records nothing when another one is open. */
    public static StateReads open() {
        synchronized (StateReads.class) {
            if (open != null) {
                return new StateReads(false);
            }
            StateReads r = new StateReads(true);
            open = r;
            active = r;
            return r;
        }
    }

    /** Whether this recording recorded the run (no other recording was open). */
    public boolean recording() {
        return recording;
    }

    /**
     * Starts this recording over: what was recorded so far is forgotten. An exploration keeps one
     * recording open and starts it over for each run (no lock taken per run).
     */
    public void restart() {
        flagsRead = 0;
        flagsWritten = 0;
        read = 0;
        written = 0;
        resume();
    }

    /**
     * Stops recording until {@link #resume} or {@link #restart}, staying open: what the thread reads
     * meanwhile (between an exploration's runs) is not recorded and costs the accessors one volatile read.
     */
    public void pause() {
        if (recording && !closed) {
            active = null;
        }
    }

    /** Records again after {@link #pause}. */
    public void resume() {
        // open and not closed, this recording holds the slot until its own thread closes it: no lock needed
        if (recording && !closed) {
            active = this;
        }
    }

    /** What this recording has recorded so far, kept apart from it: a closed copy it no longer changes. */
    public StateReads copy() {
        StateReads c = new StateReads(recording);
        c.flagsRead = flagsRead;
        c.flagsWritten = flagsWritten;
        c.read = read;
        c.written = written;
        c.closed = true;
        return c;
    }

    /** Ends this recording. */
    public void close() {
        synchronized (StateReads.class) {
            if (!closed && recording) {
                open = null;
                active = null;
            }
            closed = true;
        }
    }

    private static StateReads current() {
        StateReads r = active;
        return r != null && r.owner == Thread.currentThread() ? r : null;
    }

    static void noteFlagRead(int bit) {
        StateReads r = current();
        if (r != null) {
            r.flagsRead |= bit;
        }
    }

    static void noteFlagWritten(int bit) {
        StateReads r = current();
        if (r != null) {
            r.flagsWritten |= bit;
        }
    }

    static void noteRead(Field f) {
        StateReads r = current();
        if (r != null) {
            r.read |= 1 << f.ordinal();
        }
    }

    static void noteWritten(Field f) {
        StateReads r = current();
        if (r != null) {
            r.written |= 1 << f.ordinal();
        }
    }

    static void noteWritten(Field f, Field g) {
        StateReads r = current();
        if (r != null) {
            r.written |= 1 << f.ordinal() | 1 << g.ordinal();
        }
    }

    static void noteReadAll() {
        StateReads r = current();
        if (r != null) {
            r.flagsRead = -1;
            r.read = ALL_FIELDS;
        }
    }

    /** The flag bits read. */
    public int flagsRead() {
        return flagsRead;
    }

    /** The flag bits set or cleared (whether or not they changed). */
    public int flagsWritten() {
        return flagsWritten;
    }

    /** The other fields read, as bits of {@link Field} ordinals. */
    public int read() {
        return read;
    }

    /** The other fields written (whether or not they changed), as bits of {@link Field} ordinals. */
    public int written() {
        return written;
    }

    /** Whether {@code f} was read. */
    public boolean read(Field f) {
        return (read & 1 << f.ordinal()) != 0;
    }

    /** Whether {@code f} was read or written. */
    public boolean touched(Field f) {
        return ((read | written) & 1 << f.ordinal()) != 0;
    }
}
