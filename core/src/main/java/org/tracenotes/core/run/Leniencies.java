package org.tracenotes.core.run;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The leniency one run recorded, in the order first recorded, each key once: a run notes a handful, so
 * keys are found by a scan (the program's keys are the same strings run after run: usually by
 * identity) until there are more than {@link #SCAN} and a hash index takes over. Cut back to a mark
 * when a side trip is undone.
 */
final class Leniencies {

    private static final int SCAN = 16;

    private String[] keys = new String[8];
    private Leniency[] values = new Leniency[8];
    private int size;
    /** Key to index, once there are more than {@link #SCAN}; null before. */
    private Map<String, Integer> index;

    /** Records {@code leniency} under {@code key} unless the key is recorded already. */
    void putIfAbsent(String key, Leniency leniency) {
        if (indexOf(key) >= 0) {
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = leniency;
        if (index != null) {
            index.put(key, size);
        } else if (size + 1 > SCAN) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(keys[i], i);
            }
        }
        size++;
    }

    int size() {
        return size;
    }

    /** Forgets what was recorded after the first {@code n}. */
    void truncate(int n) {
        for (int i = n; i < size; i++) {
            if (index != null) {
                index.remove(keys[i]);
            }
            keys[i] = null;
            values[i] = null;
        }
        if (n < size) {
            size = n;
        }
    }

    /** What was recorded, in order, as an unmodifiable list. */
    List<Leniency> values() {
        return size == 0 ? List.of() : List.of(Arrays.copyOf(values, size));
    }

    private int indexOf(String key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        String[] ks = keys;
        for (int i = 0; i < size; i++) {
            if (ks[i] == key) {
                return i;
            }
        }
        int h = key.hashCode();
        for (int i = 0; i < size; i++) {
            if (ks[i].hashCode() == h && ks[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
