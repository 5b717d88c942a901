package org.tracenotes.core.lint.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.SymbolIndex;
import org.tracenotes.core.model.FunctionDef;
import org.tracenotes.core.model.Note;

/**
 * The functions known when notes are linted together: those traced in any loaded note (with the
 * parameters of the ones traced as roots), the page model's, the primitives and a symbol index's; and the
 * did-you-mean lookups over them, cached for the whole lint.
 */
public final class KnownNames {

    private final Set<String> traced = new LinkedHashSet<>();
    /** Parameter names of functions traced as roots in the loaded notes. */
    private final Map<String, List<String>> rootParameters = new HashMap<>();
    private final SymbolIndex symbols;
    private final ReferenceTraces model;
    /** Names known to be real: the model's and the symbol index's. A typo is suggested only among these. */
    private final Set<String> curated;
    private final Map<String, List<String>> typos = new HashMap<>();
    private final Map<String, List<String>> nearby = new HashMap<>();
    private final Map<String, List<String>> curatedByEnds = new HashMap<>();
    private final Map<String, List<String>> tracedByEnds = new HashMap<>();

    /**
     * @param notes   every note loaded together: a function traced or declared in any of them is known
     * @param symbols a symbol index of real source, or null
     * @param model   the page model's reference traces
     */
    public KnownNames(List<Note> notes, SymbolIndex symbols, ReferenceTraces model) {
        this.symbols = symbols;
        this.model = model;
        for (Note n : notes) {
            for (FunctionDef f : n.functions()) {
                traced.add(f.name());
                if (f.origin() == FunctionDef.Origin.ROOT && !f.parameters().isEmpty()) {
                    rootParameters.putIfAbsent(f.name(), f.parameters());
                }
            }
        }
        curated = new LinkedHashSet<>(org.tracenotes.core.kernel.Primitives.names());
        curated.addAll(model.functions());
        if (symbols != null) {
            curated.addAll(symbols.names());
        }
    }

    public Set<String> traced() {
        return traced;
    }

    /** The parameters of {@code function} where a loaded note traces it as a root with some; else null. */
    public List<String> rootParameters(String function) {
        return rootParameters.get(function);
    }

    /** The symbol index, or null. */
    public SymbolIndex symbols() {
        return symbols;
    }

    public ReferenceTraces model() {
        return model;
    }

    /**
     * A name the model or the symbol index knows, one edit away (two for names of 8 or more
     * characters), differing inside the name — not by a prefix or suffix, since {@code __f} and
     * {@code f}, {@code f64} and {@code f} are usually different kernel functions: a likely typo.
     */
    public List<String> typoOf(String name) {
        return typos.computeIfAbsent(name, n -> n.length() < 4 ? List.of()
                : Suggestions.nearest(n, sameEnds(curatedByEnds, curated, n), 4, n.length() >= 8 ? 2 : 1).stream()
                .filter(c -> insideChange(n, c))
                .limit(1).toList());
    }

    /** A name other notes trace, near enough to mention, without claiming a typo. */
    public List<String> nearbyOf(String name) {
        return nearby.computeIfAbsent(name, n -> n.length() < 4 ? List.of()
                : Suggestions.nearest(n, sameEnds(tracedByEnds, traced, n), 4, n.length() >= 8 ? 2 : 1).stream()
                .filter(c -> insideChange(n, c))
                .limit(1).toList());
    }

    /**
     * The names of {@code names} that start and end with {@code name}'s first and last characters:
     * the only ones {@link #insideChange} can accept, so did-you-mean compares a name with these
     * instead of every known name (a note of 20,000 roots would otherwise compare every pair).
     */
    private static Collection<String> sameEnds(Map<String, List<String>> byEnds, Set<String> names, String name) {
        if (byEnds.isEmpty()) {
            for (String n : names) {
                if (!n.isEmpty()) {
                    byEnds.computeIfAbsent(ends(n), k -> new ArrayList<>()).add(n);
                }
            }
        }
        return byEnds.getOrDefault(ends(name), List.of());
    }

    private static String ends(String name) {
        return name.charAt(0) + "" + name.charAt(name.length() - 1);
    }

    /** Whether {@code a} and {@code b} differ only strictly inside: a common prefix and a common suffix. */
    static boolean insideChange(String a, String b) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        int q = 0;
        while (q < a.length() - p && q < b.length() - p
                && a.charAt(a.length() - 1 - q) == b.charAt(b.length() - 1 - q)) {
            q++;
        }
        return p > 0 && q > 0;
    }
}
