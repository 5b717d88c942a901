package org.tracenotes.core.kernel;

import java.util.Locale;

/**
 * The value an entry function's parameter starts with in the page model, by its name: the pfn, the
 * caller's flags, the page or folio, and for madvise_inject_error the advice (MADV_SOFT_OFFLINE when
 * the caller's flags name MF_SOFT_OFFLINE, else MADV_HWPOISON) and the one page's address range.
 */
public final class EntryValues {

    /** The user address the model's page is mapped at, for madvise's {@code start}. */
    public static final long USER_ADDRESS = 0x7f00_0000_0000L;

    private EntryValues() {
    }

    /** The parameter's starting value, or null when the model gives it none. */
    public static Value of(String param, PageState state) {
        String p = param.toLowerCase(Locale.ROOT);
        if (p.equals("pfn")) {
            return new Value.Int(Value.PFN);
        }
        if (p.contains("flags")) {
            return new Value.Int(state.callerFlags());
        }
        if (p.contains("folio")) {
            return Value.FOLIO;
        }
        if (p.equals("p") || p.contains("page")) {
            return Value.PAGE;
        }
        if (p.equals("behavior")) {
            return new Value.Int((state.callerFlags() & KernelConstants.MF_SOFT_OFFLINE) != 0
                    ? KernelConstants.MADV_SOFT_OFFLINE : KernelConstants.MADV_HWPOISON);
        }
        if (p.equals("start")) {
            return new Value.Int(USER_ADDRESS);
        }
        if (p.equals("end")) {
            return new Value.Int(USER_ADDRESS + 4096);
        }
        return null;
    }
}
