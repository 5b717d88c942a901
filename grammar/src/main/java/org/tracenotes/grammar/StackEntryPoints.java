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
 * ending of ARM's return path labels ({@code slow_work_pending}).
 */
final class StackEntryPoints {

    /** Exact names of such functions (the boot path's roots among them). */
    private static final java.util.Set<String> NAMES = java.util.Set.of("do_int80_syscall_32", "do_fast_syscall_32",
            "kthread", "start_kernel", "worker_thread", "secondary_startup_64", "start_secondary", "cpu_startup_entry",
            "rest_init", "smpboot_thread_fn", "setup_arch", "kernel_init", "kernel_init_freeable", "do_basic_setup",
            "do_initcalls", "x86_64_start_kernel", "x86_64_start_reservations");

    /** How their names start; a prefix ending in {@code _} needs more after it. */
    private static final String[] PREFIXES = {"ksys_", "__x64_sys_", "__ia32_sys_", "__arm64_sys_", "__se_sys_", "sys_",
        "__sys_", "entry_", "ret_", "el0_", "el0t_64_", "el1_", "__irq_", "vector_", "do_syscall_", "system_call"};

    /** How a return path label ends (ARM's {@code slow_work_pending}). */
    private static final String SUFFIX = "_work_pending";

    private StackEntryPoints() {
    }

    /** Whether {@code name} is a function a stack starts from. */
    static boolean isEntry(String name) {
        if (name == null) {
            return false;
        }
        if (NAMES.contains(name) || name.endsWith(SUFFIX)) {
            return true;
        }
        for (String p : PREFIXES) {
            if (name.startsWith(p) && (name.length() > p.length() || !p.endsWith("_"))) {
                return true;
            }
        }
        return false;
    }
}
