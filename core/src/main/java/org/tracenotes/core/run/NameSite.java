package org.tracenotes.core.run;

import org.tracenotes.core.model.Expr;

/**
 * What a compiled name ({@link Node#NAME}) found at its last runs, kept per program: the reference
 * trace's initialiser of the name in the function it was last read in (compiled, with the reference
 * note's steps), and the leniency noted there. A read from the same function — every later run — skips
 * the program's lookups by function and name; a read from another function looks up again.
 */
final class NameSite {

    /** The reference trace's initialiser of the name in {@code function}; {@code init} null if none. */
    record Initialiser(String function, Expr init, Node node, CompiledNote code) { }

    final LeniencyMemo lenient = new LeniencyMemo();
    /** The leniency "`name` starts as value" noted last at this site, with its line and value. */
    private record StartsAs(int line, org.tracenotes.core.kernel.Value value, Program.NotedLeniency noted) { }

    private volatile StartsAs startsAs;
    private final String name;

    NameSite(String name) {
        this.name = name;
    }

    /**
     * The leniency "`name` starts as {@code value}" at {@code line}, its words and key made again only
     * when the line or the value differs from the last run's (values are immutable records).
     */
    Program.NotedLeniency startsAs(int line, org.tracenotes.core.kernel.Value value) {
        StartsAs s = startsAs;
        if (s != null && s.line == line && (s.value == value || s.value.equals(value))) {
            return s.noted;
        }
        String what = "`" + name + "` starts as " + value;
        String key = line + "\u0000" + "reference-initialiser" + "\u0000" + what;
        Program.NotedLeniency n = new Program.NotedLeniency(key, new Leniency(line, "reference-initialiser", what));
        startsAs = new StartsAs(line, value, n);
        return n;
    }
    private volatile Initialiser initialiser;

    /** The initialiser of {@code name} in {@code function}, looked up in {@code program} on a miss. */
    Initialiser initialiser(Program program, String function, String name) {
        Initialiser i = initialiser;
        if (i != null && (i.function == function || i.function.equals(function))) {
            return i;
        }
        Expr init = program.initialiser(function, name).orElse(null);
        i = init == null ? new Initialiser(function, null, null, null)
                : new Initialiser(function, init, program.compiler().compiled(init), program.code(program.reference().note()));
        initialiser = i;
        return i;
    }
}
