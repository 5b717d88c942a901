package org.tracenotes.grammar;

/**
 * The functions a kernel call stack starts from, its outermost frame: where a system call, an exception, an
 * interrupt or a kernel thread enters the kernel, or the return path it leaves by. A stack copied innermost first
 * ends in one of these and does not start with one:
 * <pre>
 * widget_free
 * widget_put
 * sys_close              &lt;- not on top
 * ret_fast_syscall       &lt;- the entry, at the bottom
 * </pre>
 * The one list every stack rule asks ({@link PastedStacks}' frames and lists of names, {@link CallerFirstStacks}' columns): exact names
 * ({@code kthread}, {@code start_kernel}, {@code worker_thread} …), prefixes ({@code ksys_}, {@code __x64_sys_},
 * {@code sys_}, {@code entry_}, {@code ret_}, {@code el0_}, {@code do_syscall_}, {@code system_call} …) and the
 * ending of ARM's return path labels ({@code slow_work_pending}). The prefixes are strong (they name an entry and
 * nothing else: {@code ret_from_}, {@code entry_SYSCALL}) or weak (also ordinary API prefixes: {@code ret_},
 * {@code entry_}, {@code sys_}); a list or a column with no offsets and no frame numbers asks
 * {@link #isStrongEntry}, frames with more evidence {@link #isEntry}.
 */
final class StackEntryPoints {

    /** Exact names of such functions (the boot path's roots among them). */
    private static final java.util.Set<String> NAMES = java.util.Set.of("do_int80_syscall_32", "do_fast_syscall_32",
            "kthread", "start_kernel", "worker_thread", "secondary_startup_64", "start_secondary", "cpu_startup_entry",
            "rest_init", "smpboot_thread_fn", "setup_arch", "kernel_init", "kernel_init_freeable", "do_basic_setup",
            "do_initcalls", "x86_64_start_kernel", "x86_64_start_reservations");

    /**
     * How their names start; a prefix ending in {@code _} needs more after it. Strong prefixes (true) name nothing
     * but an entry ({@code __x64_sys_}, {@code ret_from_}, {@code entry_SYSCALL}); weak ones (false) are also
     * ordinary API prefixes ({@code ret_value}, {@code entry_release}, {@code sys_exit} in a list of wrappers).
     */
    private static final Object[][] PREFIXES = {{"ksys_", true}, {"__x64_sys_", true}, {"__ia32_sys_", true},
        {"__arm64_sys_", true}, {"__se_sys_", true}, {"do_syscall_", true}, {"ret_from_", true}, {"ret_fast_syscall", true},
        {"el0_svc", true}, {"el0t_64_", true}, {"entry_SYSCALL", true}, {"entry_INT80", true}, {"system_call", true},
        {"__irq_", true},
        {"sys_", false}, {"__sys_", false}, {"entry_", false}, {"ret_", false}, {"el0_", false}, {"el1_", false},
        {"vector_", false}};

    /** How a return path label ends (ARM's {@code slow_work_pending}). */
    private static final String SUFFIX = "_work_pending";

    private StackEntryPoints() {
    }

    /** Whether {@code name} is a function a stack starts from, by any of the names or prefixes. */
    static boolean isEntry(String name) {
        return entry(name, false);
    }

    /**
     * Whether {@code name} is surely a function a stack starts from: an exact name, the return path's ending or a
     * strong prefix. Lists and columns without offsets or frame numbers need one of these.
     */
    static boolean isStrongEntry(String name) {
        return entry(name, true);
    }

    private static boolean entry(String name, boolean strongOnly) {
        if (name == null) {
            return false;
        }
        if (NAMES.contains(name) || name.endsWith(SUFFIX)) {
            return true;
        }
        for (Object[] row : PREFIXES) {
            String p = (String) row[0];
            if ((!strongOnly || (Boolean) row[1]) && name.startsWith(p) && (name.length() > p.length() || !p.endsWith("_"))) {
                return true;
            }
        }
        return false;
    }
}
