package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.MethodRefTrees;

/**
 * The steps of an indentation tree of Java method references (the layout's {@code METHOD_REF_TREE},
 * {@link MethodRefTrees}), read as the kinds their author meant:
 * <pre>
 * FooBean#onEvent
 *     FooConfig#doStart(URL, Handler)              a call
 *         Runner&lt;?&gt; runner = FACTORY.getRunner(x);    an assignment, its type generic
 *             public Server bind(URL url) throws Ex {  a declaration: the pasted header of where the call lands
 *                 return new Server(url);
 *             }
 * </pre>
 * A line that is one reference ({@code Class#method}, {@code Class#method(Type, Type)}) is a call of that
 * method; a Java statement the lexer read as words because of Java's own syntax (a generic type
 * {@code Map<K, V> m = …}, a method header with modifiers or {@code throws}) is the assignment or the
 * declaration it is. Lines read as anything else keep their reading; the tree's depths are the author's
 * indentation, left as they are.
 */
final class MethodRefSteps {

    /** A Java method header: modifiers or a type, a name, its parameters, perhaps {@code throws}, perhaps {@code {}. */
    private static final Pattern HEADER = Pattern.compile(
            "(?:(?:public|protected|private|static|final|synchronized|abstract|native|default)\\s+)*"
            + "(?:<[^()]*>\\s+)?[A-Za-z_$][\\w$.]*(?:<[^()]*>)?(?:\\[\\])*\\s+[A-Za-z_$][\\w$]*\\s*\\([^()]*\\)"
            + "\\s*(?:throws\\s+[\\w$.]+(?:\\s*,\\s*[\\w$.]+)*)?\\s*\\{?");
    /** At least one modifier: a header written as code, not words. */
    private static final Pattern MODIFIED = Pattern.compile("(?:public|protected|private|static)\\s.*");
    /** A typed Java declaration with an initialiser whose type the C reader does not know ({@code Invoker<?> x = …;}). */
    private static final Pattern TYPED_ASSIGN = Pattern.compile(
            "(?:final\\s+)?[A-Za-z_$][\\w$.]*(?:<[^=;]*>)?(?:\\[\\])*\\s+[A-Za-z_$][\\w$]*\\s*=(?!=).*;");

    private MethodRefSteps() {
    }

    /** The block's lines, each reference read as a call and each Java header or typed assignment as what it is, when {@code tree}. */
    static List<TraceLine> apply(List<TraceLine> lines, boolean tree) {
        if (!tree) {
            return lines;
        }
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (r == null) {
                continue;
            }
            StepReader.Reading next = reread(r, l);
            if (next == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, l.withReading(next));
        }
        return out == null ? lines : out;
    }

    /** The reading the step's text says, or null to keep {@code r}. */
    private static StepReader.Reading reread(StepReader.Reading r, TraceLine l) {
        String text = r.text().strip();
        if (text.indexOf('#') > 0 && r.kind() != StepKind.CALL) {
            int[] t = text.codePoints().toArray();
            if (MethodRefTrees.isReference(t, 0, t.length)) {
                int paren = text.indexOf('(');
                String name = paren < 0 ? text : text.substring(0, paren);
                return new StepReader.Reading(StepKind.CALL, r.text(), new Expr.Call(new Expr.Name(name, l.range()), List.of(), l.range()),
                        null, null, null, r.context());
            }
        }
        if (r.kind() != StepKind.PROSE) {
            return null;
        }
        if (text.endsWith("{") || MODIFIED.matcher(text).matches()) {
            if (HEADER.matcher(text).matches()) {
                return new StepReader.Reading(StepKind.DECLARATION, r.text(), null, null, null, null, r.context());
            }
        }
        if (text.endsWith(";") && text.indexOf('=') > 0 && TYPED_ASSIGN.matcher(text).matches()) {
            return new StepReader.Reading(StepKind.ASSIGN, r.text(), null, null, null, null, r.context());
        }
        return null;
    }
}
