package org.tracenotes.core.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The kernel 6.6 constants soft-offline notes use (ground truth §3.2): {@code enum mf_flags}, errno
 * values as on x86 and arm64, and the page-private and mapping magic values. A note writes
 * {@code -EBUSY}; the constant is the positive errno, as in C.
 */
public final class KernelConstants {

    public static final long EIO = 5;
    public static final long ENXIO = 6;
    public static final long ENOMEM = 12;
    public static final long EBUSY = 16;
    public static final long EINVAL = 22;
    public static final long EOPNOTSUPP = 95;
    public static final long MF_COUNT_INCREASED = 1L << 0;
    public static final long MF_SOFT_OFFLINE = 1L << 3;
    public static final long MF_ACTION_REQUIRED = 1L << 1;
    public static final long MF_MUST_KILL = 1L << 2;
    public static final long MF_SW_SIMULATED = 1L << 5;
    public static final long EHWPOISON = 133;
    public static final long EFAULT = 14;
    public static final long MADV_HWPOISON = 100;
    public static final long MADV_SOFT_OFFLINE = 101;

    /** {@code enum mf_result}, in value order. */
    public static final List<String> MF_RESULTS = List.of("MF_IGNORED", "MF_FAILED", "MF_DELAYED", "MF_RECOVERED");

    /** {@code enum mf_action_page_type} without its {@code MF_MSG_} prefix, in value order. */
    public static final List<String> MF_MSG_TYPES = List.of("KERNEL", "KERNEL_HIGH_ORDER", "SLAB", "DIFFERENT_COMPOUND",
            "HUGE", "FREE_HUGE", "UNMAP_FAILED", "DIRTY_SWAPCACHE", "CLEAN_SWAPCACHE", "DIRTY_MLOCKED_LRU",
            "CLEAN_MLOCKED_LRU", "DIRTY_UNEVICTABLE_LRU", "CLEAN_UNEVICTABLE_LRU", "DIRTY_LRU", "CLEAN_LRU",
            "TRUNCATED_LRU", "BUDDY", "DAX", "UNSPLIT_THP", "UNKNOWN");

    private static final Map<String, Long> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("MF_COUNT_INCREASED", MF_COUNT_INCREASED);
        VALUES.put("MF_ACTION_REQUIRED", 1L << 1);
        VALUES.put("MF_MUST_KILL", 1L << 2);
        VALUES.put("MF_SOFT_OFFLINE", MF_SOFT_OFFLINE);
        VALUES.put("MF_UNPOISON", 1L << 4);
        VALUES.put("MF_SW_SIMULATED", 1L << 5);
        VALUES.put("MF_NO_RETRY", 1L << 6);
        VALUES.put("MF_MEM_PRE_REMOVE", 1L << 7);
        VALUES.put("EPERM", 1L);
        VALUES.put("EIO", EIO);
        VALUES.put("ENXIO", ENXIO);
        VALUES.put("EAGAIN", 11L);
        VALUES.put("ENOMEM", ENOMEM);
        VALUES.put("EFAULT", 14L);
        VALUES.put("EBUSY", EBUSY);
        VALUES.put("EINVAL", EINVAL);
        VALUES.put("EOPNOTSUPP", EOPNOTSUPP);
        VALUES.put("EHWPOISON", 133L);
        VALUES.put("MAGIC_HWPOISON", 0x48575053L);
        VALUES.put("PAGE_MAPPING_ANON", 0x1L);
        VALUES.put("PAGE_MAPPING_MOVABLE", 0x2L);
        VALUES.put("PAGE_MAPPING_KSM", 0x3L);
        VALUES.put("PAGE_MAPPING_FLAGS", 0x3L);
        VALUES.put("NUMA_NO_NODE", -1L);
        // enum mf_result, enum mf_action_page_type and the MF_HUGETLB_* codes (kernel-memory-failure.md §3.2)
        for (int i = 0; i < MF_RESULTS.size(); i++) {
            VALUES.put(MF_RESULTS.get(i), (long) i);
        }
        for (int i = 0; i < MF_MSG_TYPES.size(); i++) {
            VALUES.put("MF_MSG_" + MF_MSG_TYPES.get(i), (long) i);
        }
        List<String> hugetlb = List.of("FREED", "IN_USED", "NON_HUGEPAGE", "FOLIO_PRE_POISONED", "PAGE_PRE_POISONED",
                "RETRY");
        for (int i = 0; i < hugetlb.size(); i++) {
            VALUES.put("MF_HUGETLB_" + hugetlb.get(i), (long) i);
        }
        VALUES.put("MADV_HWPOISON", MADV_HWPOISON);
        VALUES.put("MADV_SOFT_OFFLINE", MADV_SOFT_OFFLINE);
        VALUES.put("CAP_SYS_ADMIN", 21L);
        VALUES.put("TTU_IGNORE_MLOCK", 1L << 1);
        VALUES.put("TTU_SYNC", 1L << 4);
        VALUES.put("TTU_HWPOISON", 1L << 5);
        VALUES.put("TTU_RMAP_LOCKED", 1L << 7);
    }

    /** The {@code MF_*} flag names of {@code enum mf_flags}, in bit order. */
    public static final List<String> MF_FLAGS = List.of("MF_COUNT_INCREASED", "MF_ACTION_REQUIRED", "MF_MUST_KILL",
            "MF_SOFT_OFFLINE", "MF_UNPOISON", "MF_SW_SIMULATED", "MF_NO_RETRY", "MF_MEM_PRE_REMOVE");

    private KernelConstants() {
    }

    /** The value of a constant, if the model knows it. */
    public static OptionalLong value(String name) {
        Long v = VALUES.get(name);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Every constant's name, in a stable order. */
    public static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(VALUES.keySet());
    }

    /** The errno name of a negative return value ({@code -16} gives {@code -EBUSY}), or the number. */
    public static String describeReturn(long value) {
        if (value < 0) {
            for (Map.Entry<String, Long> e : VALUES.entrySet()) {
                if (e.getKey().startsWith("E") && e.getValue() == -value) {
                    return "-" + e.getKey();
                }
            }
        }
        return Long.toString(value);
    }
}
