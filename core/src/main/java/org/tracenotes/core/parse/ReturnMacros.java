package org.tracenotes.core.parse;

/**
 * Macros that return from the function they stand in, by their name: {@code DBUG_RETURN(err)},
 * {@code TRACE_RETURN(0)}, {@code RETURN(x)} — an upper-case name that is {@code RETURN} or ends in
 * {@code _RETURN}. A step calling one is a return, as the {@code return} it expands to is.
 * {@code RETURN_IF_ERROR(x)} and {@code RETURN_ON(x)} return only when a condition holds: calls.
 */
final class ReturnMacros {

    private ReturnMacros() {
    }

    /** Whether {@code name} is a return macro's: {@code RETURN} or an upper-case name ending in {@code _RETURN}. */
    static boolean isReturnMacro(String name) {
        if (!name.endsWith("RETURN") || name.length() > 6 && name.charAt(name.length() - 7) != '_') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
