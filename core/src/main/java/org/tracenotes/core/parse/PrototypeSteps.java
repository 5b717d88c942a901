package org.tracenotes.core.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * The signature of the function where an indirect call lands, written as a step under that call, which
 * the expression reader takes for a call: {@code sock->ops->listen(sock, backlog);} over
 * {@code inet_listen(struct socket *sock, int backlog)}. Its parentheses hold parameter declarations, each
 * a type and a name ({@code struct sock *sk}, {@code unsigned short snum}, {@code const char *buf[]}), or
 * {@code void} alone, or {@code ...} last; no call passes such arguments. So it is a {@code declaration}
 * (a prototype written as a step), whether or not a return type leads it, and also when its parameters
 * continue on the next line (the line ends with {@code ,}). A parameter has one type name before its own
 * name, or C's type words ({@code unsigned long n}); words in parentheses ({@code f(merge the lists first)})
 * are a remark, and arguments that are types alone ({@code container_of(p, struct foo, node)},
 * {@code va_arg(ap, unsigned int)}) name no parameter: both stay calls, as casts and expressions do.
 *
 * <p>Only a step read as a call, written without an arrow, whose caller (the nearest shallower step above)
 * calls through a pointer or member ({@code a->b(…)}, {@code a.b(…)}) changes: {@code -> trap_init(void)}
 * or {@code => pcie_flr(struct pci_dev *dev)} is a step of an arrowed chain naming its callee by its
 * signature, and a tree whose every step is written as its signature, or frames copied from a stack
 * ({@code main(int argc, char **argv)} over {@code loop_run(struct loop *l)}), are calls (the readings
 * those notations have always had).
 */
final class PrototypeSteps {

    /** A name, its parameter list to its end or to a comma ending the line, perhaps {@code ;} and a remark. */
    private static final Pattern SHAPE = Pattern.compile(
            "^(?:[A-Za-z_][\\w\\s*]*?[\\s*])?[A-Za-z_]\\w*\\s*\\(([^()]*)(\\)\\s*;?|,)\\s*(//.*|/\\*.*)?$");
    /** Words that qualify a type or say which kind of type it is: no type of their own. */
    private static final Set<String> QUALIFIERS = Set.of("const", "volatile", "struct", "union", "enum", "register",
            "restrict", "__user", "__rcu", "__iomem");
    /** C's own type words: never a parameter's name. */
    private static final Set<String> TYPE_WORDS = Set.of("int", "long", "short", "char", "unsigned", "signed", "void",
            "float", "double", "bool", "_Bool", "size_t");

    private PrototypeSteps() {
    }

    /** The kind of {@code line}'s step, {@code kind} as read, a declaration when a call is written as a prototype. */
    static StepKind of(StepKind kind, TraceLine line, List<TraceLine> lines, int index) {
        StepReader.Reading r = line.reading();
        if (kind != StepKind.CALL || r == null || line.arrow() != Arrow.NONE) {
            return kind;   // `-> f(struct dev *d)`: an arrow's step written with its signature is the call it makes
        }
        if (!underIndirectCall(line, lines, index)) {
            return kind;   // a tree of signatures, frames of a stack: each the call of the one above
        }
        String s = r.text().strip();
        if (s.indexOf('(') < 0) {
            return kind;
        }
        Matcher m = SHAPE.matcher(s);
        return m.matches() && parameters(m.group(1)) ? StepKind.DECLARATION : kind;
    }

    /**
     * Whether the nearest step above {@code line} and shallower than it (its caller) calls through a pointer
     * or member ({@code sock->ops->listen(sock, n);}, {@code ops.start(w)}): its callee is named only where
     * the call lands, by the signature written under it.
     */
    private static boolean underIndirectCall(TraceLine line, List<TraceLine> lines, int index) {
        for (int k = index - 1; k >= 0; k--) {
            TraceLine o = lines.get(k);
            if (o.reading() == null || o.indent() >= line.indent()) {
                continue;
            }
            String t = o.reading().text().strip();
            int paren = t.indexOf('(');
            if (paren <= 0) {
                return false;
            }
            String callee = t.substring(0, paren);
            int eq = callee.lastIndexOf('=');
            callee = callee.substring(eq + 1).strip();
            return callee.matches("[A-Za-z_][\\w\\[\\]]*(?:(?:->|\\.)[A-Za-z_]\\w*)+");
        }
        return false;
    }

    /** Whether {@code list} is a parameter list: declarations separated by commas, one naming a typed parameter at least. */
    static boolean parameters(String list) {
        String[] ps = list.split(",", -1);
        boolean typed = false;
        for (int i = 0; i < ps.length; i++) {
            String p = ps[i].strip();
            if (p.isEmpty()) {
                if (i == ps.length - 1 && i > 0) {
                    continue;   // the list continues on the next line
                }
                return false;
            }
            if (p.equals("void") && ps.length == 1 || p.equals("...") && i == ps.length - 1 && i > 0) {
                typed |= p.equals("void");
                continue;
            }
            if (!declaration(p)) {
                return false;
            }
            typed = true;
        }
        return typed;
    }

    /** Whether {@code p} is one parameter's declaration: type words and a name, stars between, an array's {@code []} after. */
    private static boolean declaration(String p) {
        if (p.endsWith("]")) {
            int b = p.lastIndexOf('[');
            if (b < 0 || !p.substring(b + 1, p.length() - 1).matches("\\w*")) {
                return false;
            }
            p = p.substring(0, b).strip();
        }
        if (!p.matches("[A-Za-z_][\\w\\s*]*")) {
            return false;
        }
        String[] words = p.replace('*', ' ').trim().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String name = words[words.length - 1];
        if (TYPE_WORDS.contains(name) || QUALIFIERS.contains(name)) {
            return false;
        }
        int types = 0;
        boolean builtIn = true;
        for (int i = 0; i < words.length - 1; i++) {
            if (!QUALIFIERS.contains(words[i])) {
                types++;
                builtIn &= TYPE_WORDS.contains(words[i]);
            }
        }
        return types == 1 || types > 1 && builtIn;   // one type's name, or C's words (`unsigned long`): not a sentence
    }
}
