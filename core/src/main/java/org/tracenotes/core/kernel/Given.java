package org.tracenotes.core.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * The {@code --given} keys and scenario assignments that set up a {@link PageState}: {@code key},
 * {@code key=value} or {@code !key}. The keys are fixed, since scripts rely on them. A bad key or
 * value is an error value listing what is valid, never an exception.
 */
public final class Given {

    /** Every key, in documentation order. */
    public static final List<String> KEYS = List.of("pfn_valid", "online", "refcount", "flags", "hwpoison", "buddy",
            "lru", "anon", "file", "mapped", "dirty", "writeback", "swapcache", "hugetlb", "hugetlb_freed",
            "hugetlb_migratable", "slab", "reserved", "movable", "thp", "tail", "order", "filter", "isolate", "migrate",
            "split", "take_off", "dissolve", "mappers", "extra_refs", "unmap", "shmem", "zone_device", "current_maps",
            "taken_off", "hw_memory_failure", "raw_hwp_unreliable", "early_kill");

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
            "dissolve", List.of(Environment.Outcome.OK, Environment.Outcome.EBUSY, Environment.Outcome.ENOMEM),
            "unmap", List.of(Environment.Outcome.OK, Environment.Outcome.FAIL));

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
        Integer mappers = null;
        Integer extraRefs = null;
        Integer order = null;
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
                case "mappers", "extra_refs", "order" -> {
                    Integer n = count(value);
                    if (n == null || negated || key.equals("order") && n > 18) {
                        return new Invalid(key + " takes a whole number from 0" + (key.equals("order") ? " to 18" : "")
                                + ", as `" + key + "=1`, not `" + raw + "`");
                    }
                    switch (key) {
                        case "mappers" -> mappers = n;
                        case "extra_refs" -> extraRefs = n;
                        default -> order = n;
                    }
                }
                case "flags" -> {
                    OptionalLong mf = value == null || negated ? OptionalLong.empty() : mfFlags(value);
                    if (mf.isEmpty()) {
                        return new Invalid("flags takes MF_* names or numbers joined by |, as"
                                + " `flags=MF_COUNT_INCREASED`; known: " + String.join(" ", KernelConstants.MF_FLAGS));
                    }
                    s = s.withCallerFlags(mf.getAsLong());
                }
                case "isolate", "split", "take_off", "migrate", "dissolve", "unmap" -> {
                    List<Environment.Outcome> allowed = OUTCOMES.get(key);
                    Environment.Outcome o = negated ? null : outcome(value, allowed);
                    if (o == null) {
                        return new Invalid(key + " takes " + words(allowed) + ", not `" + raw + "`");
                    }
                    s = s.withEnvironment(s.environment().with(key, o));
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
        return derive(s, refcount, mappers, extraRefs, order);
    }

    /**
     * The keys' implications and the references' owners (kernel-memory-failure.md §4.3): {@code shmem}
     * is a {@code file} page; {@code mappers=N} maps the folio N times ({@code mapped} alone, once);
     * {@code extra_refs=N} of the {@code refcount} references belong to other holders; a large folio
     * has order 9 unless {@code order} says; {@code hwpoison} on a hugetlb folio lists the raw page on
     * its raw-error list; on a poisoned page that nothing maps or caches, one reference is the hwpoison
     * pin (the taken-off page's only one).
     */
    private static Result derive(PageState given, Integer refcount, Integer mappers, Integer extraRefs, Integer order) {
        PageState s = given;
        if (s.has(PageFlag.SHMEM)) {
            s = s.with(PageFlag.FILE, true);
        }
        if (mappers != null && mappers > 0) {
            s = s.with(PageFlag.MAPPED, true);
        }
        int mapCount = !s.has(PageFlag.MAPPED) ? 0 : mappers != null && mappers > 0 ? mappers : 1;
        boolean large = s.has(PageFlag.THP) || s.has(PageFlag.HUGETLB);
        if (s.has(PageFlag.TAIL) && !large) {
            return new Invalid("tail needs a large folio: give it with `thp` or `hugetlb`");
        }
        if (order != null && order > 0 && !large) {
            return new Invalid("order=" + order + " needs a large folio: give it with `thp` or `hugetlb`");
        }
        s = s.withFolio(order != null ? order : large ? 9 : 0, mapCount);
        if (s.has(PageFlag.HWPOISON) && s.poisonedPages() == 0) {
            s = s.withPoisonedPages(1);   // the poisoned page was counted when it was poisoned
        }
        if (s.has(PageFlag.HUGETLB) && s.has(PageFlag.HWPOISON) && !s.has(PageFlag.RAW_HWP_UNRELIABLE)) {
            s = s.with(PageFlag.RAW_HWP, true);
        }
        if (s.has(PageFlag.TAKEN_OFF) && (!s.has(PageFlag.HWPOISON) || s.has(PageFlag.BUDDY)
                || refcount != null && refcount != 1)) {
            return new Invalid("taken_off is a poisoned page taken off buddy: it needs `hwpoison`, `refcount=1` and"
                    + " not `buddy`");
        }
        if (s.has(PageFlag.TAKEN_OFF) && refcount == null) {
            refcount = 1;
        }
        if (extraRefs != null && extraRefs > (refcount == null ? 0 : refcount)) {
            return new Invalid("extra_refs=" + extraRefs + " is more than refcount=" + (refcount == null ? 0 : refcount)
                    + ": the other holders' references are among the refcount's");
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
            int extra = extraRefs == null ? 0 : extraRefs;
            int pin = s.has(PageFlag.HWPOISON) && !s.has(PageFlag.MAPPED) && !s.has(PageFlag.FILE)
                    && !s.has(PageFlag.SWAPCACHE) && refcount - extra > 0 ? 1 : 0;
            refs = refs.add(RefOwner.MAPPING, -refs.count(RefOwner.MAPPING)).add(RefOwner.OTHER, -refs.count(RefOwner.OTHER))
                    .add(RefOwner.POISON_PIN, -refs.count(RefOwner.POISON_PIN)).add(RefOwner.POISON_PIN, pin)
                    .add(mapped ? RefOwner.MAPPING : RefOwner.OTHER, refcount - extra - pin).add(RefOwner.OTHER, extra);
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
            if (named.isPresent() && KernelConstants.MF_FLAGS.contains(p)) {
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

    /**
     * What an item that sets the environment alone ({@code filter}, {@code migrate=fail}, …) does to
     * it, as {@link #apply} does; empty for every other item.
     */
    public static Optional<UnaryOperator<Environment>> environmentItem(String item) {
        if (item.equals("filter")) {
            return Optional.of(e -> e.withFilter(true));
        }
        int eq = item.indexOf('=');
        String key = eq < 0 ? item : item.substring(0, eq);
        List<Environment.Outcome> allowed = OUTCOMES.get(key);
        Environment.Outcome o = allowed == null || eq < 0 ? null : outcome(item.substring(eq + 1), allowed);
        return o == null ? Optional.empty() : Optional.of(e -> e.with(key, o));
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

    private static PageState setBoolean(PageState s, String key, boolean value) {
        switch (key) {
            case "pfn_valid" -> {
                return s.withPfn(value, s.online());
            }
            case "online" -> {
                return s.withPfn(s.pfnValid(), value);
            }
            case "filter" -> {
                return s.withEnvironment(s.environment().withFilter(value));
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
