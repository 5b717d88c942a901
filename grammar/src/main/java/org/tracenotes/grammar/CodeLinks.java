package org.tracenotes.grammar;

/**
 * A Markdown link whose text names code ({@code [Pump::prime][prime_link]}, {@code [**native Pump#prime**](url)},
 * {@code [pump_prime(p)](url)}): blogs publish call trees as such links to the function's source. One reader for
 * the grammar (lines whose depth is written with entities, {@link SpaceEntityDepths}) and for core (a step that
 * is such a link is a call of the name).
 */
public final class CodeLinks {

    private CodeLinks() {
    }

    /**
     * The code name a link's text ends with ({@code [**native Pump#prime**][l]} names {@code Pump#prime}), or null
     * when {@code text} starts with no link to code: a link is {@code [text]} then {@code [} or {@code (}; its text
     * holds at most three words, the last a name with a sign of code ({@code _}, {@code ::}, {@code #}, {@code .},
     * a capital after a small letter, an argument list).
     */
    public static String linkedName(CharSequence text) {
        if (text.length() == 0 || text.charAt(0) != '[') {
            return null;
        }
        int close = 1;
        while (close < text.length() && text.charAt(close) != ']') {
            close++;
        }
        if (close + 1 >= text.length() || text.charAt(close + 1) != '[' && text.charAt(close + 1) != '(') {
            return null;
        }
        String inner = text.subSequence(1, close).toString().replace("*", "").strip();
        if (inner.isEmpty() || inner.split(" ").length > 3) {
            return null;
        }
        String name = inner.substring(inner.lastIndexOf(' ') + 1);
        int paren = name.indexOf('(');
        String bare = paren > 0 ? name.substring(0, paren) : name;
        if (bare.isEmpty() || !LineScan.isIdentStart(bare.charAt(0))) {
            return null;
        }
        boolean code = false;
        for (int k = 0; k < bare.length(); k++) {
            char c = bare.charAt(k);
            if (!(LineScan.isIdentPart(c) || c == ':' || c == '#' || c == '.' || c == '-' || c == '>')) {
                return null;
            }
            code |= c == '_' || c == ':' || c == '#' || c == '.' || k > 0 && Character.isUpperCase(c) && Character.isLowerCase(bare.charAt(k - 1));
        }
        return code || paren > 0 ? bare : null;
    }
}
