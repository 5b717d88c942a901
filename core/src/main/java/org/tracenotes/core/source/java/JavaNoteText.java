package org.tracenotes.core.source.java;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracenotes.core.source.SourceFunction;

/** Java written as a note writes it: a method's root line, code without type arguments. */
final class JavaNoteText {

    private JavaNoteText() {
    }

    /** {@code putVal(int hash, K key)}: the method's name and parameters, modifiers, annotations and generics dropped. */
    static String noteRoot(SourceFunction f) {
        String method = f.name().substring(f.name().lastIndexOf('.') + 1);
        String sig = f.signature();
        int open = sig.indexOf(method + "(");
        int close = sig.lastIndexOf(')');
        if (open < 0 || close < open) {
            return method + "()";
        }
        List<String> params = new ArrayList<>();
        for (String p : JavaMethodName.splitTopLevel(sig.substring(open + method.length() + 1, close))) {
            String plain = p.replaceAll("@[\\w.]+(\\([^)]*\\))?", "").replaceAll("\\bfinal\\b", "").strip();
            int space = plain.lastIndexOf(' ');
            if (!plain.isEmpty() && space > 0) {
                params.add(JavaMethodName.typeKey(plain.substring(0, space)) + " " + plain.substring(space + 1));
            }
        }
        return method + "(" + String.join(", ", params) + ")";
    }

    private static final Pattern TYPE_ARGUMENTS =
            Pattern.compile("(?<=[\\w$])<(?=[\\w$?>])[\\w$?,.\\s\\[\\]]*>");

    /** Type arguments dropped ({@code Node<K,V>}, {@code new Node<>(...)}, nested ones too): the note grammar has none. */
    static String noteCode(String code) {
        String s = code;
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = TYPE_ARGUMENTS.matcher(s).replaceAll("");
        }
        return s;
    }
}
