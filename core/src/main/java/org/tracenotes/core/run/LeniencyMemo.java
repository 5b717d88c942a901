package org.tracenotes.core.run;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The leniency one compiled site (a name read, a call's omitted arguments) noted at its last runs: the
 * next run that notes the same leniency there finds its words and key by comparing a few fields, without
 * building a {@link Program.LeniencySite} and hashing it. A handful of entries at most, compared by
 * identity (a site's names are the compiler's own strings, the same objects run after run); a miss
 * falls back to the program's table, so a stale or lost entry costs time, never a wrong result.
 * Shared by the program's runs on any thread: entries are immutable and the array is replaced whole.
 */
final class LeniencyMemo {

    private static final int MAX = 4;

    private record Entry(int line, String kind, int variant, Object a, Object b, Object c, Program.NotedLeniency noted) { }

    private volatile Entry[] entries = new Entry[0];

    /**
     * The leniency noted here last for this key, or null: asked before a caller makes the words'
     * {@code Supplier}, so that a run that finds it makes no object at all.
     */
    Program.NotedLeniency find(int line, String kind, int variant, Object a, Object b, Object c) {
        return find(entries, line, kind, variant, a, b, c);
    }

    private static Program.NotedLeniency find(Entry[] es, int line, String kind, int variant, Object a, Object b,
                                              Object c) {
        for (Entry e : es) {
            if (e.line == line && e.variant == variant && e.kind == kind && e.a == a && e.b == b && e.c == c) {
                return e.noted;
            }
        }
        return null;
    }

    /** The leniency {@code program} notes for this site's key, its words from {@code what} the first time. */
    Program.NotedLeniency noted(Program program, int line, String kind, int variant, Object a, Object b, Object c,
                                Supplier<String> what) {
        Entry[] es = entries;
        Program.NotedLeniency found = find(es, line, kind, variant, a, b, c);
        if (found != null) {
            return found;
        }
        Program.NotedLeniency n = program.leniency(new Program.LeniencySite(line, kind, variant, a, b, c), what);
        if (es.length < MAX) {
            Entry[] next = Arrays.copyOf(es, es.length + 1);
            next[es.length] = new Entry(line, kind, variant, a, b, c, n);
            entries = next;
        }
        return n;
    }
}
