package org.tracenotes.core.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tracenotes.core.kernel.Environment;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.RefOwner;
import org.tracenotes.core.kernel.Value;

/** How a debugger shows the run's values, the page and the environment. */
final class Views {

    private Views() {
    }

    /** A variable: its value, a pointer to a variable with what it points to. */
    static DebugValue value(String name, Value v) {
        return DebugValue.of(name, text(v), type(v));
    }

    static String text(Value v) {
        if (v == null) {
            return "(none)";
        }
        if (v instanceof Value.Ref r) {
            Value target = r.slot()[0];
            return "&" + r.name() + " → " + (target instanceof Value.Ref ? "&" + ((Value.Ref) target).name() : text(target));
        }
        return v.toString();
    }

    static String type(Value v) {
        if (v instanceof Value.Int) {
            return "int";
        }
        if (v instanceof Value.Null || v instanceof Value.Ref) {
            return "pointer";
        }
        if (v instanceof Value.Obj o) {
            return switch (o.kind()) {
                case PAGE -> "struct page *";
                case FOLIO -> "struct folio *";
                case ZONE -> "struct zone *";
                case MAPPING -> "struct address_space *";
                case LIST -> "struct list_head *";
                case FUNCTION -> "function";
                case SYMBOL -> "symbol";
            };
        }
        return "";
    }

    /** The page scope: the pfn, flags, refcount, the ledger by owner, num_poisoned_pages, the caller's flags. */
    static List<DebugValue> page(PageState s, PageState initial, int gets, int puts, String scenario) {
        List<DebugValue> out = new ArrayList<>();
        out.add(DebugValue.of("pfn", "0x" + Long.toHexString(Value.PFN) + (s.pfnValid() ? "" : " (not valid)")
                + (s.online() ? "" : " (offline)"), "unsigned long"));
        List<DebugValue> flags = new ArrayList<>();
        List<String> set = new ArrayList<>();
        for (PageFlag f : PageFlag.values()) {
            String name = f.key() != null ? f.key() : f.name().toLowerCase(Locale.ROOT);
            flags.add(DebugValue.of(name, Boolean.toString(s.has(f)), "bool"));
            if (s.has(f)) {
                set.add(name);
            }
        }
        out.add(new DebugValue("flags", set.isEmpty() ? "(none)" : String.join(" ", set), "page flags", flags));
        out.add(DebugValue.of("refcount", Integer.toString(s.refcount()), "int"));
        List<DebugValue> ledger = new ArrayList<>();
        for (RefOwner o : RefOwner.values()) {
            ledger.add(DebugValue.of(o.id(), Integer.toString(s.refs().count(o)), "int"));
        }
        out.add(new DebugValue("ledger", s.refs().toString(), "references by owner", ledger));
        out.add(DebugValue.of("num_poisoned_pages", Long.toString(s.poisonedPages()), "long"));
        out.add(DebugValue.of("flags (caller)", Given.describeMfFlags(s.callerFlags()), "int"));
        out.add(DebugValue.of("gets / puts", gets + " / " + puts, ""));
        List<DebugValue> start = new ArrayList<>();
        for (Map.Entry<String, Object> e : initial.asGiven().entrySet()) {
            start.add(DebugValue.of(e.getKey(), String.valueOf(e.getValue()), ""));
        }
        out.add(new DebugValue("start (" + scenario + ")", describeStart(initial), "starting state", start));
        return out;
    }

    /** The starting state's keys that differ from a plain page: {@code lru, anon, mapped, refcount=1}. */
    private static String describeStart(PageState initial) {
        Map<String, Object> plain = PageState.initial().asGiven();
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Object> e : initial.asGiven().entrySet()) {
            if (!String.valueOf(plain.get(e.getKey())).equals(String.valueOf(e.getValue()))) {
                Object v = e.getValue();
                keys.add(Boolean.TRUE.equals(v) ? e.getKey() : Boolean.FALSE.equals(v) ? "!" + e.getKey() : e.getKey() + "=" + v);
            }
        }
        return keys.isEmpty() ? "(plain page)" : String.join(", ", keys);
    }

    /** The environment answers read so far, as the given keys name them. */
    static List<DebugValue> environment(Set<PageModel.EnvKey> read, Environment env) {
        List<DebugValue> out = new ArrayList<>();
        for (PageModel.EnvKey k : read) {
            switch (k) {
                case FILTER -> out.add(DebugValue.of("filter", env.filterRejects() ? "rejects the page" : "passes the page", ""));
                case ISOLATE -> out.add(DebugValue.of("isolate", env.isolate().id(), ""));
                case MIGRATE -> out.add(DebugValue.of("migrate", env.migrate().id(), ""));
                case SPLIT -> out.add(DebugValue.of("split", env.split().id(), ""));
                case TAKE_OFF -> out.add(DebugValue.of("take_off", env.takeOff().id(), ""));
                case DISSOLVE -> out.add(DebugValue.of("dissolve", env.dissolve().id(), ""));
                case FOLIO_CHANGE -> out.add(DebugValue.of("folio change under page_folio()", "no (explore races it)", ""));
                case POISON_RACE -> out.add(DebugValue.of("poisoned while in lock_page()", "no (explore races it)", ""));
            }
        }
        return out;
    }
}
