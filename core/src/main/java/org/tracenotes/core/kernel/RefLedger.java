package org.tracenotes.core.kernel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * References on a folio per {@link RefOwner}. Immutable and small (one int per owner), so a page state
 * holding one is cheap to copy. A count may go negative: that is a bug in the trace being run (a put
 * without a get), and the invariants report it.
 */
public final class RefLedger {

    private static final RefOwner[] OWNERS = RefOwner.values();
    private static final RefLedger EMPTY = new RefLedger(new int[OWNERS.length], null);

    private final int[] counts;
    private final RefOwner freedBy;

    private RefLedger(int[] counts, RefOwner freedBy) {
        this.counts = counts;
        this.freedBy = freedBy;
    }

    /** Whose put dropped the last reference and freed the page, or null if no put freed it. */
    public RefOwner freedBy() {
        return freedBy;
    }

    /** This ledger, recording that {@code owner}'s put dropped the last reference. */
    public RefLedger freedBy(RefOwner owner) {
        return new RefLedger(counts, owner);
    }

    public static RefLedger empty() {
        return EMPTY;
    }

    public int count(RefOwner owner) {
        return counts[owner.ordinal()];
    }

    /** The folio's refcount: the sum over all owners. */
    public int total() {
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        return t;
    }

    /** This ledger with {@code owner}'s count changed by {@code delta}. */
    public RefLedger add(RefOwner owner, int delta) {
        if (delta == 0) {
            return this;
        }
        int[] c = counts.clone();
        c[owner.ordinal()] += delta;
        return new RefLedger(c, freedBy);
    }

    /**
     * This ledger after one put: the reference is taken from the first owner that holds one, in the
     * order given (a put names no owner in C; the caller of this method knows whose reference the
     * code means). If none holds one, the first owner goes negative.
     */
    public RefLedger put(RefOwner... preference) {
        for (RefOwner o : preference) {
            if (count(o) > 0) {
                return add(o, -1);
            }
        }
        return add(preference[0], -1);
    }

    /** Owners with a non-zero count, in declaration order. */
    public Map<RefOwner, Integer> nonZero() {
        Map<RefOwner, Integer> out = new LinkedHashMap<>();
        for (RefOwner o : OWNERS) {
            if (counts[o.ordinal()] != 0) {
                out.put(o, counts[o.ordinal()]);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefLedger r && Arrays.equals(counts, r.counts) && freedBy == r.freedBy;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + (freedBy == null ? 0 : freedBy.ordinal() + 1);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        nonZero().forEach((o, c) -> sb.append(sb.length() > 1 ? ", " : "").append(o.id()).append('=').append(c));
        if (freedBy != null) {
            sb.append(sb.length() > 1 ? "; " : "").append("freed by ").append(freedBy.id());
        }
        return sb.append('}').toString();
    }
}
