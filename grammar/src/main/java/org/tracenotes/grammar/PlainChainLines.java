package org.tracenotes.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a paragraph of one-line call chains in a plain note ({@link PlainChainParagraphs}), each read alone:
 * a chain of links joined by arrows ({@code vfs_readx -> ext9_readx->generic_readx}, a remark after a colon
 * perhaps), a label before a chain or a name ({@code ext9: ext9_fault -> filemap_fault}, {@code Write - f}),
 * a {@code * words} bullet, a bare name or call, a group's {@code {} and {@code }}, and {@code or} between two
 * alternatives. What a line is decides nothing alone: {@link PlainChainParagraphs} asks for a run of them that
 * shows calls ({@link #strong}), and the core's {@code PlainChainDepths} reads each line by its kind.
 * <pre>
 * sys_readahead-&gt; ksys_readahead          CHAIN
 * Read: filemap_map_pages -&gt; do_read_x    LABELLED
 * * onset - munmap                        BULLET
 * page_cache_ra_order(ractl, ra)          NAME
 * </pre>
 */
public final class PlainChainLines {

    /** What a line of the family is. */
    public enum Line { CHAIN, LABELLED, BULLET, NAME, OPEN, CLOSE, OR, OTHER }

    /** Characters a bullet label has at most. */
    private static final int MAX_BULLET = 40;

    /** An arrow between two links: {@code ->}, {@code -->} or {@code --->}, blanks around it or none. */
    static final Pattern ARROW = Pattern.compile("\\s*-{1,3}>\\s*");

    private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";
    /** A unit of a link: a name or a call, in parentheses perhaps. */
    private static final String UNIT = "\\(?" + ID + "(?:\\([^()]*\\))?\\)?";
    /** A unit that is code: a name with an {@code _}, or a call. */
    private static final String CODE_UNIT = "\\(?(?:(?=[A-Za-z0-9_]*_)" + ID + "(?:\\([^()]*\\))?|" + ID + "\\([^()]*\\))\\)?";
    /** A link: units joined by {@code /}, {@code &&}, {@code ,} or {@code or}, or units of code joined by blanks. */
    private static final Pattern LINK = Pattern.compile(UNIT + "(?:\\s*(?:/|&&|\\|\\||,|\\s+or\\s+)\\s*" + UNIT + "|\\s+" + CODE_UNIT + ")*");
    private static final Pattern UNIT_NAME = Pattern.compile(ID);
    private static final Pattern UNIT_CALL = Pattern.compile(UNIT);
    /** A label before a chain or a name: up to three words, {@code :} or {@code  -} after them. */
    private static final Pattern LABEL = Pattern.compile("(" + ID + "(?:\\s+(?:&|" + ID + ")){0,2})(?::|\\s+-)\\s+(\\S.*)");
    /** A label's target: names (a call perhaps), an assignment's value after them perhaps. */
    private static final Pattern TARGET = Pattern.compile(UNIT + "(?:\\s+or\\s+" + UNIT + "|\\s+" + CODE_UNIT + ")*(?:\\s*=\\s*[^;=]+)?");
    /** A bare name or call alone on a line. */
    static final Pattern NAME = Pattern.compile("[a-z_][A-Za-z0-9_]*(?:\\s*\\([^()]*\\))?");
    /** A bullet's label: words, a dash between them perhaps. */
    private static final Pattern BULLET = Pattern.compile("\\*\\s+[A-Za-z][A-Za-z0-9&/ -]*");

    private PlainChainLines() {
    }

    /** The family's kind of the stripped line {@code s}. */
    public static Line kind(String s) {
        if (s.equals("{")) {
            return Line.OPEN;
        }
        if (s.equals("}") || s.equals("};")) {
            return Line.CLOSE;
        }
        if (s.equals("or")) {
            return Line.OR;
        }
        if (s.indexOf(';') >= 0 || s.length() > 240) {
            return Line.OTHER;
        }
        if (s.startsWith("*")) {
            return s.length() <= MAX_BULLET && BULLET.matcher(s).matches() && !s.contains("->") ? Line.BULLET : Line.OTHER;
        }
        if (links(s) >= 2) {
            return Line.CHAIN;
        }
        Matcher m = LABEL.matcher(s);
        if (m.matches()) {
            String rest = m.group(2);
            if (links(rest) >= 2 || TARGET.matcher(rest).matches() && codeName(rest)) {
                return Line.LABELLED;
            }
        }
        return NAME.matcher(s).matches() ? Line.NAME : Line.OTHER;
    }

    /** The text after a line's label, or the line: the chain or name it holds. */
    public static String unlabelled(String s) {
        if (links(s) >= 2) {
            return s;
        }
        Matcher m = LABEL.matcher(s);
        return m.matches() ? m.group(2) : s;
    }

    /** The first name of {@code s} (an opening parenthesis before it perhaps), or null when it starts with none. */
    public static String firstName(String s) {
        Matcher m = UNIT_NAME.matcher(s.startsWith("(") ? s.substring(1) : s);
        return m.lookingAt() ? m.group() : null;
    }

    /** The first name of the last link of the chain {@code s} (a label before it perhaps): where it lands; null when none. */
    public static String lastName(String s) {
        String chain = chainPart(unlabelled(s));
        if (chain == null) {
            return null;
        }
        String[] parts = ARROW.split(chain, -1);
        return firstName(parts[parts.length - 1].strip());
    }

    /**
     * Whether every arrow of the chain {@code s} is a tight {@code ->} and no link is a call: a member's or a
     * method's path ({@code my_conn->read_row->trim_text}), not a call path.
     */
    static boolean tight(String s) {
        String chain = chainPart(unlabelled(s));
        if (chain == null || chain.indexOf('(') >= 0) {
            return false;
        }
        Matcher a = ARROW.matcher(chain);
        while (a.find()) {
            if (!a.group().equals("->")) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} starts with a name of code: an {@code _} in it, or a call's parenthesis after it. */
    static boolean codeName(String s) {
        int p = s.startsWith("(") ? 1 : 0;
        int q = p;
        boolean underscore = false;
        while (q < s.length() && (Character.isLetterOrDigit(s.charAt(q)) && s.charAt(q) < 0x80 || s.charAt(q) == '_')) {
            underscore |= s.charAt(q) == '_';
            q++;
        }
        return q > p && (underscore || q < s.length() && s.charAt(q) == '(');
    }

    /**
     * How many links the chain {@code s} has: its parts between arrows, each a {@link #LINK}, the last followed
     * perhaps by a remark after a colon or a value after {@code =} ({@link #chainPart}); 0 when {@code s} is no chain.
     */
    public static int links(String s) {
        String chain = chainPart(s);
        if (chain == null) {
            return 0;
        }
        String[] parts = ARROW.split(chain, -1);
        if (parts.length < 2 || !UNIT_NAME.matcher(parts[0]).lookingAt()) {
            return 0;
        }
        for (String part : parts) {
            if (!LINK.matcher(part).matches()) {
                return 0;
            }
        }
        return parts.length;
    }

    /**
     * The chain of {@code s}, its arrows and links, without what follows its last link: a remark after a lone colon
     * ({@code : into the tree}, {@code : bio->end = f}) or a comment marker, a value after {@code =}; null when {@code s} holds no arrow,
     * or ends in a colon (a caption, {@code kernel -> user:}) or holds a test ({@code ==}).
     */
    static String chainPart(String s) {
        Matcher a = ARROW.matcher(s);
        if (s.indexOf('>') < 0 || !a.find()) {
            return null;
        }
        int remark = s.indexOf("//", a.end());
        if (remark < 0) {
            remark = s.indexOf("/*", a.end());
        }
        if (remark > 0) {
            s = s.substring(0, remark).strip();   // `f -> g  // why`: a remark after the chain
        }
        int colon = colon(s, a.end());
        int equals = s.indexOf('=', a.end());
        int cut = colon >= 0 && (equals < 0 || colon < equals) ? colon : equals;
        if (cut < 0) {
            return s;
        }
        String tail = s.substring(cut + 1).strip();
        if (tail.isEmpty() || cut == equals && tail.indexOf('=') >= 0) {
            return null;   // `kernel -> user:` is a caption; `a -> b == c` a test
        }
        return s.substring(0, cut).strip();
    }

    /** Where a lone {@code :} (no {@code ::}) stands in {@code s} from {@code from} on, or -1. */
    private static int colon(String s, int from) {
        for (int k = s.indexOf(':', from); k >= 0; k = s.indexOf(':', k + 2)) {
            if ((k + 1 >= s.length() || s.charAt(k + 1) != ':') && (k == 0 || s.charAt(k - 1) != ':')) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the chain {@code s} (a label before it perhaps) shows calls: a chain of code ({@link #codeChain}), a
     * link named as a function is ({@link #verbed}), no rename ({@code spi_master_get -> spi_ctlr_get}, two names
     * alike but for one part), and a link of code between every two tight arrows ({@code dev_x->ops->read_reg} is a
     * member's path, {@code fetch_x->read_pages} a chain).
     */
    static boolean strong(String s) {
        if (!codeChain(s) || !verbed(s)) {
            return false;
        }
        String[] parts = ARROW.split(chainPart(unlabelled(s)), -1);
        if (parts.length == 2 && renamed(parts[0].strip(), parts[1].strip())) {
            return false;
        }
        Matcher a = ARROW.matcher(chainPart(unlabelled(s)));
        boolean tight = true;
        while (a.find() && tight) {
            tight = a.group().equals("->");
        }
        if (tight) {
            for (String part : parts) {
                if (!codeName(part.strip())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code a} and {@code b}, two names, are an old and a new name: as many {@code _} parts and one of them
     * different, the same first or last part ({@code get_user_name -> fetch_user_name}), or one part added.
     */
    static boolean renamed(String a, String b) {
        String[] x = a.split("_+", -1);
        String[] y = b.split("_+", -1);
        if (x.length < 2 || y.length < 2 || a.indexOf('(') >= 0 || b.indexOf('(') >= 0) {
            return false;
        }
        if (x[0].equals(y[0]) && !x[0].isEmpty() || x[x.length - 1].equals(y[y.length - 1])) {
            return true;
        }
        if (Math.abs(x.length - y.length) == 1) {
            String[] shorter = x.length < y.length ? x : y;
            String[] longer = x.length < y.length ? y : x;
            int k = 0;
            for (String part : longer) {
                k += k < shorter.length && part.equals(shorter[k]) ? 1 : 0;
            }
            return k == shorter.length;
        }
        if (x.length != y.length) {
            return false;
        }
        int differ = 0;
        for (int k = 0; k < x.length; k++) {
            differ += x[k].equals(y[k]) ? 0 : 1;
        }
        return differ == 1;
    }

    /**
     * Whether {@code s} (a label before it perhaps) is a chain of code: {@link #links} two or more, the first link and
     * one more a name with an {@code _} (a fluent call, {@code conn()->rows()}, has none), none named like data ({@code hd_struct}, {@code x_t}), no assignment after it.
     */
    static boolean codeChain(String s) {
        String line = unlabelled(s);
        String chain = chainPart(line);
        if (chain == null || links(line) < 2) {
            return false;
        }
        int equals = line.indexOf('=');
        int colon = colon(line, 0);
        if (equals >= 0 && (colon < 0 || equals < colon)) {
            return false;   // `f -> vma->ops = x`: a member set, not a path
        }
        String[] parts = ARROW.split(chain, -1);
        int code = 0;
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k].strip();
            Matcher m = UNIT_NAME.matcher(part.startsWith("(") ? part.substring(1) : part);
            if (!m.lookingAt()) {
                return false;
            }
            int[] t = m.group().codePoints().toArray();
            if (NameShapes.dataShaped(t, 0, t.length)) {
                return false;
            }
            if (m.group().indexOf('_') >= 0) {
                code++;
            } else if (k == 0) {
                return false;
            }
        }
        return code >= 2;
    }

    /**
     * Whether a link of the chain {@code s} (a label before it perhaps) is named as a function is
     * ({@link NameShapes#functionShaped}: a verb among its parts, {@code __} in front).
     */
    static boolean verbed(String s) {
        String chain = chainPart(unlabelled(s));
        if (chain == null) {
            return false;
        }
        for (String part : ARROW.split(chain, -1)) {
            Matcher m = UNIT_NAME.matcher(part.strip());
            while (m.find()) {
                int[] t = m.group().codePoints().toArray();
                if (NameShapes.functionShaped(t, 0, t.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every link of the chain {@code s} is one name of code, or a call, and nothing follows the last. */
    static boolean allCode(String s, boolean bare) {
        String chain = chainPart(s);
        if (chain == null) {
            return false;
        }
        for (String part : ARROW.split(chain, -1)) {
            String p = part.strip();
            if (!codeName(p) || !(bare ? NAME : UNIT_CALL).matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }
}
