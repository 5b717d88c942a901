package org.tracenotes.core.run;

import java.util.OptionalLong;
import java.util.Set;
import org.tracenotes.core.kernel.KernelConstants;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Root;

/**
 * What names and fields of the kernel mean in the model: constants, opaque symbols, entry
 * parameters, the fields of the page.
 */
final class KernelBindings {

    /** Names a kernel note passes around that the model keeps as opaque objects. */
    private static final Set<String> SYMBOLS = Set.of("mf_mutex", "hugetlb_lock", "pagelist", "mtc",
            "alloc_migration_target", "MIGRATE_SYNC", "MIGRATE_ASYNC", "MR_MEMORY_FAILURE", "ISOLATE_UNEVICTABLE",
            "current", "zone", "GFP_USER", "__GFP_MOVABLE", "__GFP_RETRY_MAYFAIL");

    private final RunState run;

    KernelBindings(RunState run) {
        this.run = run;
    }

    static Value constant(String name) {
        switch (name) {
            case "NULL" -> {
                return Value.NULL;
            }
            case "true" -> {
                return Value.TRUE;
            }
            case "false" -> {
                return Value.FALSE;
            }
            default -> {
                OptionalLong v = KernelConstants.value(name);
                if (v.isPresent()) {
                    return new Value.Int(v.getAsLong());
                }
                return SYMBOLS.contains(name) ? new Value.Obj(Value.ObjKind.SYMBOL, name) : null;
            }
        }
    }

    /** The value an entry parameter starts with, by its name: the pfn, the caller's flags, the page … */
    Value entryValue(String param, Root root) {
        Value v = org.tracenotes.core.kernel.EntryValues.of(param, run.model.state());
        if (v != null) {
            return v;
        }
        run.lenient(root.range().line(), "not-modelled", "parameter `" + param + "` of " + root.name()
                + " has no value in the page model; it starts as 0");
        return Value.FALSE;
    }

    /** A field of the page or folio {@code target} in the model; null if {@code target} is not one or the field is not modelled. */
    Value pageField(Value target, String name) {
        Value t = target;
        boolean isPage = t == Value.PAGE || t == Value.FOLIO
                || t instanceof Value.Obj && (t.equals(Value.PAGE) || t.equals(Value.FOLIO) || t.equals(Value.NEW_FOLIO));
        if (isPage) {
            switch (name) {
                case "page" -> {
                    return Value.PAGE;
                }
                case "mapping" -> {
                    return run.model.has(PageFlag.FILE) || run.model.has(PageFlag.ANON) ? Value.MAPPING : Value.NULL;
                }
                case "flags" -> {
                    return new Value.Int(run.model.state().flags());
                }
                case "private" -> {
                    return run.model.has(PageFlag.TAKEN_OFF) ? new Value.Int(KernelConstants.value("MAGIC_HWPOISON").getAsLong())
                            : Value.FALSE;
                }
                case "_refcount", "refcount" -> {
                    return new Value.Int(run.model.refcount());
                }
                default -> {
                    Object given = run.model.state().asGiven().get(name);
                    if (given instanceof Boolean b) {
                        return Value.of(b);
                    }
                    if (given instanceof Number n) {
                        return new Value.Int(n.longValue());
                    }
                }
            }
        }
        return null;
    }
}
