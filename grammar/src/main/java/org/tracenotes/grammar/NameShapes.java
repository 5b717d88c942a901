package org.tracenotes.grammar;

import java.util.Set;

/**
 * What the shape of a bare C name ({@code snake_case}, no call's parentheses) says it names. A reader
 * of a tree of bare names takes it for a call tree when its names read as functions: one of their
 * parts is a verb ({@code blk_submit}, {@code vfs_read}, {@code kmem_cache_alloc}) or they carry the
 * kernel's marks of a function ({@code __} in front, {@code sys_}, {@code ksys_}, {@code vfs_}). A name
 * that ends in a type's or a unit's part ({@code task_struct}, {@code pid_t}, {@code file_ops},
 * {@code read_ahead_kb}, {@code dirty_ratio}) names data: such a tree shows containment or tunables.
 * The lists are short on purpose; a name in neither says nothing.
 */
public final class NameShapes {

    /** Parts of a name that are verbs: what a function does. */
    private static final Set<String> VERBS = Set.of("do", "get", "set", "put", "read", "write", "open", "close",
            "create", "init", "exit", "alloc", "free", "register", "unregister", "handle", "handler", "submit",
            "check", "notify", "lookup", "find", "start", "stop", "run", "call", "add", "del", "remove", "update",
            "wait", "wake", "map", "unmap", "flush", "sync", "copy", "load", "release", "probe", "setup",
            "attach", "detach", "send", "recv", "enable", "disable", "insert", "switch", "prepare", "fault",
            "sys", "ksys", "vfs", "poll", "clean", "rcv", "xmit", "dispatch", "invoke", "exec", "parse", "fill",
            "clear", "try", "enter", "resume", "suspend", "destroy", "bind", "connect", "accept", "mount", "install");

    /** Last parts of a name that are a type's or a unit's: what data is. */
    private static final Set<String> DATA_ENDS = Set.of("struct", "t", "ops", "kb", "mb", "gb", "ms", "us", "ns",
            "bytes", "ratio", "secs", "jiffies", "pct", "hz");
    /** Parts of a name that are a limit's or an amount's: {@code x_max} is x's bound, data beside x, not built on it. */
    private static final Set<String> LIMIT_ENDS = Set.of("max", "min", "size", "count", "len", "limit");

    /**
     * A member name as a regular expression: an identifier, through members perhaps ({@code ops->probe},
     * {@code drv.init}); the one copy for the readers that match a called name.
     */
    public static final String MEMBER_NAME = "[A-Za-z_]\\w*(?:(?:->|\\.)[A-Za-z_]\\w*)*";

    private NameShapes() {
    }

    /** Whether a name starts at {@code p} and is code: it holds an {@code _} or a {@code (} follows it. */
    static boolean codeName(int[] t, int p, int e) {
        int q = p;
        boolean underscore = false;
        while (q < e && LineScan.isIdentPart(t[q])) {
            underscore |= t[q] == '_';
            q++;
        }
        return q > p && (underscore || q < e && t[q] == '(');
    }

    /**
     * Whether a name of code starts at {@code p}: a {@link #codeName} ({@code _} in it, or a call), or a name
     * joined to another by {@code ::}, {@code ->} or {@code .} ({@code Pump::park}, {@code ops->park}); a
     * bare word ({@code idle}, {@code Usage}) is none.
     */
    static boolean codeOrMember(int[] t, int p, int e) {
        if (codeName(t, p, e)) {
            return true;
        }
        int q = LineScan.skipIdent(t, p, e);
        if (q == p || q + 1 >= e) {
            return false;
        }
        int w = t[q] == ':' && t[q + 1] == ':' || t[q] == '-' && t[q + 1] == '>' ? q + 2 : t[q] == '.' ? q + 1 : -1;
        return w > 0 && w < e && LineScan.isIdentStart(t[w]);
    }

    /**
     * Where the name of code at {@code p} ends: identifiers joined by {@code ::}, {@code ->} or {@code .}
     * ({@code Pump::park}, {@code ops->park}, {@code drv.init}), the join only when an identifier follows it;
     * {@code p} itself when no identifier starts there.
     */
    static int memberEnd(int[] t, int p, int e) {
        int q = LineScan.skipIdent(t, p, e);
        while (q > p && q + 1 < e) {
            int w = t[q] == ':' && t[q + 1] == ':' || t[q] == '-' && t[q + 1] == '>' ? q + 2 : t[q] == '.' ? q + 1 : -1;
            if (w < 0 || w >= e || !LineScan.isIdentStart(t[w])) {
                break;
            }
            q = LineScan.skipIdent(t, w, e);
        }
        return q;
    }

    /** {@link #codeOrMember} of {@code s} from its start, for core's readers of a line's text. */
    public static boolean codeOrMember(CharSequence s) {
        int[] t = s.codePoints().toArray();
        return t.length > 0 && LineScan.isIdentStart(t[0]) && codeOrMember(t, 0, t.length);
    }

    /** Whether the name [p, q) of {@code t} reads as a function's: {@code __} in front or a verb among its parts. */
    static boolean functionShaped(int[] t, int p, int q) {
        if (q - p > 2 && t[p] == '_' && t[p + 1] == '_') {
            return true;
        }
        for (String part : parts(t, p, q)) {
            if (VERBS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name [p, q) of {@code t} (with an underscore) ends in a type's or a unit's part. */
    static boolean dataShaped(int[] t, int p, int q) {
        int k = q;
        while (k > p && t[k - 1] != '_') {
            k--;
        }
        return k > p && DATA_ENDS.contains(new String(t, k, q - k).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code part}, one part of a name, says data: a type's or a unit's ending, or a limit's or an amount's. */
    static boolean dataOrLimitPart(String part) {
        String p = part.toLowerCase(java.util.Locale.ROOT);
        return DATA_ENDS.contains(p) || LIMIT_ENDS.contains(p);
    }

    private static String[] parts(int[] t, int p, int q) {
        return new String(t, p, q - p).toLowerCase(java.util.Locale.ROOT).split("_");
    }
}
