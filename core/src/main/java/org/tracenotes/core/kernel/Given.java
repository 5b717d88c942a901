package org.tracenotes.core.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The {@code --given} keys and scenario assignments that set up a {@link PageState}: {@code key},
 * {@code key=value} or {@code !key}. The keys are fixed, since scripts rely on them. A bad key or
 * value is an error value listing what is valid, never an exception.
 */
public final class Given {

    /** Every key, in documentation order. */
    public static final List<String> KEYS = List.of("pfn_valid", "online", "refcount", "flags", "hwpoison", "buddy",
            "lru", "anon", "file", "mapped", "dirty", "writeback", "swapcache", "hugetlb", "hugetlb_freed",
            "hugetlb_migratable", "slab", "reserved", "movable", "thp", "filter", "isolate", "migrate", "split",
            "take_off", "dissolve");

    /** The outcome of applying assignments. */
    public sealed interface Result permits Applied, Invalid { }

    /** The state after every assignment. */
    public record Applied(PageState state) implements Result { }

    /** The first bad assignment and why. */
    public record Invalid(String message) implements Result { }

    /** The outcomes each environment key takes. */
    private static final java.util.Map<String, List<Environment.Outcome>> OUTCOMES = java.util.Map.of(
            "isolate", List.of(Environment.Outcome.OK, Environment.Outcome.FAIL),
            "split", List.of(Environment.Outcome.OK, Environment.Outcome.FAIL),
            "take_off", List.of(Environment.Outcome.OK, Environment.Outcome.FAIL),
            "migrate", List.of(Environment.Outcome.OK, Environment.Outcome.FAIL, Environment.Outcome.ENOMEM),
            "dissolve", List.of(Environment.Outcome.OK, Environment.Outcome.EBUSY, Environment.Outcome.ENOMEM));

    private Given() {
    }

    /**
     * {@code base} with the assignments applied in order. {@code refcount=N} counts references other
     * than the caller's pin; they are mapping references (which migration moves to the new page) on a
     * user page — LRU, anon, file, mapped, swap cache, hugetlb, THP or movable — and other users'
     * references on a slab, reserved or unknown kernel page. {@code flags} containing MF_COUNT_INCREASED adds the
     * caller's pin.
     */
    public static Result apply(PageState base, List<String> assignments) {
        PageState s = base;
        Integer refcount = null;
        for (String raw : assignments) {
            String a = raw.strip();
            if (a.isEmpty()) {
                continue;
            }
            boolean negated = a.startsWith("!");
            String key = (negated ? a.substring(1) : a).strip();
            String value = null;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1).strip();
                key = key.substring(0, eq).strip();
            }
            if (negated && value != null) {
                return new Invalid("`" + raw + "`: `!key` takes no value");
            }
            if (!KEYS.contains(key)) {
                return new Invalid("unknown key `" + key + "`; valid keys: " + String.join(" ", KEYS));
            }
            switch (key) {
                case "refcount" -> {
                    Integer n = count(value);
                    if (n == null || negated) {
                        return new Invalid("refcount takes a whole number from 0, as `refcount=2`, not `" + raw + "`");
                    }
                    refcount = n;
                }
                case "flags" -> {
                    OptionalLong mf = value == null || negated ? OptionalLong.empty() : mfFlags(value);
                    if (mf.isEmpty()) {
                        return new Invalid("flags takes MF_* names or numbers joined by |, as"
                                + " `flags=MF_COUNT_INCREASED`; known: " + String.join(" ", KernelConstants.MF_FLAGS));
                    }
                    s = s.withCallerFlags(mf.getAsLong());
                }
                case "isolate", "split", "take_off", "migrate", "dissolve" -> {
                    List<Environment.Outcome> allowed = OUTCOMES.get(key);
                    Environment.Outcome o = negated ? null : outcome(value, allowed);
                    if (o == null) {
                        return new Invalid(key + " takes " + words(allowed) + ", not `" + raw + "`");
                    }
                    s = s.withEnvironment(environment(s.environment(), key, o));
                }
                default -> {
                    Boolean b = negated ? Boolean.FALSE : bool(value);
                    if (b == null) {
                        return new Invalid(key + " is true or false (`" + key + "`, `" + key + "=false`, `!" + key
                                + "`), not `" + raw + "`");
                    }
                    s = setBoolean(s, key, b);
                }
            }
        }
        RefLedger refs = s.refs().add(RefOwner.CALLER_PIN, -s.refs().count(RefOwner.CALLER_PIN));
        if ((s.callerFlags() & KernelConstants.MF_COUNT_INCREASED) != 0) {
            refs = refs.add(RefOwner.CALLER_PIN, 1);
        }
        if (refcount != null) {
            boolean mapped = !s.has(PageFlag.SLAB) && !s.has(PageFlag.RESERVED)
                    && (s.has(PageFlag.LRU) || s.has(PageFlag.ANON) || s.has(PageFlag.FILE) || s.has(PageFlag.MAPPED)
                    || s.has(PageFlag.SWAPCACHE) || s.has(PageFlag.HUGETLB) || s.has(PageFlag.THP)
                    || s.has(PageFlag.MOVABLE));
            refs = refs.add(RefOwner.MAPPING, -refs.count(RefOwner.MAPPING)).add(RefOwner.OTHER, -refs.count(RefOwner.OTHER))
                    .add(mapped ? RefOwner.MAPPING : RefOwner.OTHER, refcount);
        }
        return new Applied(s.withRefs(refs));
    }

    /** {@code MF_COUNT_INCREASED|MF_SOFT_OFFLINE} for a value, or its number when no names fit. */
    public static String describeMfFlags(long flags) {
        List<String> names = new ArrayList<>();
        long rest = flags;
        for (String name : KernelConstants.MF_FLAGS) {
            long bit = KernelConstants.value(name).getAsLong();
            if ((rest & bit) != 0) {
                names.add(name);
                rest &= ~bit;
            }
        }
        if (rest != 0) {
            names.add(Long.toString(rest));
        }
        return names.isEmpty() ? "0" : String.join("|", names);
    }

    private static OptionalLong mfFlags(String expr) {
        long v = 0;
        for (String part : expr.split("\\|", -1)) {
            String p = part.strip();
            OptionalLong named = KernelConstants.value(p);
            if (named.isPresent() && p.startsWith("MF_")) {
                v |= named.getAsLong();
            } else {
                try {
                    long n = Long.decode(p);
                    if (n < 0 || n > 0xFFFF_FFFFL) {
                        return OptionalLong.empty();   // flags are an unsigned int's bits: `-1` is not a set of flags
                    }
                    v |= n;
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();   // an empty part too: `flags=|`, `flags=MF_X|`
                }
            }
        }
        return OptionalLong.of(v);
    }

    private static Integer count(String value) {
        try {
            int n = value == null ? -1 : Integer.parseInt(value);
            return n >= 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(String value) {
        if (value == null || value.equalsIgnoreCase("true") || value.equals("1")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false") || value.equals("0")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static Environment.Outcome outcome(String value, List<Environment.Outcome> allowed) {
        if (value == null) {
            return null;
        }
        for (Environment.Outcome o : allowed) {
            if (o.id().equals(value.toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        return null;
    }

    /** {@code ok or fail}, {@code ok, fail or enomem}. */
    private static String words(List<Environment.Outcome> outcomes) {
        List<String> ids = outcomes.stream().map(Environment.Outcome::id).toList();
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    private static Environment environment(Environment e, String key, Environment.Outcome o) {
        return switch (key) {
            case "isolate" -> new Environment(e.filterRejects(), o, e.migrate(), e.split(), e.takeOff(), e.dissolve());
            case "migrate" -> new Environment(e.filterRejects(), e.isolate(), o, e.split(), e.takeOff(), e.dissolve());
            case "split" -> new Environment(e.filterRejects(), e.isolate(), e.migrate(), o, e.takeOff(), e.dissolve());
            case "take_off" -> new Environment(e.filterRejects(), e.isolate(), e.migrate(), e.split(), o, e.dissolve());
            default -> new Environment(e.filterRejects(), e.isolate(), e.migrate(), e.split(), e.takeOff(), o);
        };
    }

    private static PageState setBoolean(PageState s, String key, boolean value) {
        switch (key) {
            case "pfn_valid" -> {
                return s.withPfn(value, s.online());
            }
            case "online" -> {
                return s.withPfn(s.pfnValid(), value);
            }
            case "filter" -> {
                Environment e = s.environment();
                return s.withEnvironment(new Environment(value, e.isolate(), e.migrate(), e.split(), e.takeOff(),
                        e.dissolve()));
            }
            default -> {
                for (PageFlag f : PageFlag.values()) {
                    if (key.equals(f.key())) {
                        return s.with(f, value);
                    }
                }
                throw new IllegalStateException("a listed key without a setter: " + key);
            }
        }
    }
}
