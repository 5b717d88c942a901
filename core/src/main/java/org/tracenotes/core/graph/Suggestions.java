package org.tracenotes.core.graph;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": the names nearest to a misspelt one by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to {@code max} names within a third of {@code name}'s length in edits, nearest first. */
    public static List<String> nearest(String name, Collection<String> names, int max) {
        return nearest(name, names, max, Math.max(2, name.length() / 3));
    }

    /** Up to {@code max} names within {@code limit} edits of {@code name}, nearest first. */
    public static List<String> nearest(String name, Collection<String> names, int max, int limit) {
        record Candidate(String name, int distance) { }
        return names.stream()
                .filter(n -> !n.equals(name) && Math.abs(n.length() - name.length()) <= limit)
                .map(n -> new Candidate(n, distance(name, n)))
                .filter(c -> c.distance() <= limit)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .map(Candidate::name)
                .limit(max)
                .toList();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
