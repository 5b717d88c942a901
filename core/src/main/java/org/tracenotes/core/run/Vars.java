package org.tracenotes.core.run;

import java.util.Arrays;
import java.util.function.BiConsumer;
import org.tracenotes.core.kernel.Value;

/**
 * A frame's variables: names and their slots in the order bound (a debugger lists parameters first).
 * A frame binds a handful of names, so a linear scan over two arrays beats hashing: no entry objects,
 * no hash computed. The interpreter's own names are the compiler's interned strings
 * ({@link #bindInterned}, {@link #getInterned}, {@link #get(Node)}): while every name bound is one, a
 * name is found by identity alone; a name from elsewhere (a given key, the debugger) makes this map
 * compare by text too, as {@link #get(String)} always does.
 */
final class Vars {

    private String[] names;
    private Value[][] slots;
    private int size;
    /** Whether every name bound is interned, so that equal names are the same object. */
    private boolean interned = true;
    /**
     * One bit per name bound, chosen by its text's hash: a name whose bit is clear is not bound, found
     * out without a scan (a kernel constant, a function, a caller's variable read).
     */
    private long bound;

    Vars() {
        this(4);
    }

    /** A map with room for {@code places} names before it grows. */
    Vars(int places) {
        names = new String[places];
        slots = new Value[places][];
    }

    private static long bit(String name) {
        return 1L << name.hashCode();
    }

    /** The slot bound to {@code name}, or null. */
    Value[] get(String name) {
        int i = indexByText(name);
        return i < 0 ? null : slots[i];
    }

    /** As {@link #get(String)} for an interned {@code name}. */
    Value[] getInterned(String name) {
        int i = indexOfInterned(name);
        return i < 0 ? null : slots[i];
    }

    /**
     * The slot bound to {@code site}'s (interned) name, or null; tried first at the index the site found
     * it at last (a site reads the frames of one function, which bind their names in the same order run
     * after run), so a read usually costs one comparison. The hint is only ever a guess checked here: a
     * stale one (another path bound names in another order, another thread) costs a scan, never a wrong slot.
     */
    Value[] get(Node site) {
        String name = site.name;
        int h = site.slotHint;
        if (h < size && names[h] == name) {
            return slots[h];
        }
        int i = indexOfInterned(name);
        if (i < 0) {
            return null;
        }
        site.slotHint = i;
        return slots[i];
    }

    /** Binds {@code name} to {@code slot}, in place if it is bound already. */
    void put(String name, Value[] slot) {
        int i = indexByText(name);
        if (i >= 0) {
            slots[i] = slot;
            return;
        }
        interned = false;
        add(name, slot);
    }

    void putIfAbsent(String name, Value[] slot) {
        if (indexByText(name) < 0) {
            put(name, slot);
        }
    }

    /** As {@link #put} for an interned {@code name} (the compiler's). */
    void bindInterned(String name, Value[] slot) {
        int i = indexOfInterned(name);
        if (i >= 0) {
            slots[i] = slot;
            return;
        }
        add(name, slot);
    }

    /** Binds an interned {@code name} the caller knows this map does not have (a new frame's parameters). */
    void bindNew(String name, Value[] slot) {
        add(name, slot);
    }

    void putAll(Vars other) {
        for (int i = 0; i < other.size; i++) {
            put(other.names[i], other.slots[i]);
        }
    }

    void forEach(BiConsumer<String, Value[]> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], slots[i]);
        }
    }

    void clear() {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(slots, 0, size, null);
        size = 0;
        bound = 0;
    }

    /** The same bindings (the same slots) in a new map. */
    Vars copy() {
        Vars c = new Vars();
        c.putAll(this);
        return c;
    }

    /** The index of an interned {@code name}: by identity while every name bound is interned, else by text. */
    private int indexOfInterned(String name) {
        return interned ? indexByIdentity(name) : indexByText(name);
    }

    private int indexByIdentity(String name) {
        if ((bound & bit(name)) == 0) {
            return -1;
        }
        String[] ns = names;
        for (int i = 0; i < size; i++) {
            if (ns[i] == name) {
                return i;
            }
        }
        return -1;
    }

    /** Found by identity first (names are usually the compiler's), else by equal text. */
    private int indexByText(String name) {
        if ((bound & bit(name)) == 0) {
            return -1;
        }
        int i = indexByIdentity(name);
        if (i >= 0) {
            return i;
        }
        String[] ns = names;
        for (i = 0; i < size; i++) {
            if (ns[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void add(String name, Value[] slot) {
        if (size == names.length) {
            names = Arrays.copyOf(names, Math.max(4, size * 2));
            slots = Arrays.copyOf(slots, Math.max(4, size * 2));
        }
        names[size] = name;
        slots[size] = slot;
        size++;
        bound |= bit(name);
    }
}
