package org.tracenotes.core.source.java;

import java.util.List;
import java.util.function.Function;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceNode.Call;

/**
 * Where a call of a Java method's body goes when the compiler did not say (no bindings): for a call on
 * {@code this}, {@code super} or none the caller's type's methods of that name (those of the call's
 * argument count when there are some), for {@code new} the type's constructors, for a call on a type
 * name that type's, else every method of that name — none when there are more than a few.
 */
final class JavaCallTargets {

    private JavaCallTargets() {
    }

    /** The definitions {@code call} in {@code caller} can reach, looked up by name with {@code lookup}. */
    static List<SourceFunction> of(SourceFunction caller, Call call, Function<String, List<SourceFunction>> lookup) {
        String receiver = call.receiver();
        if (receiver.equals("new")) {
            return lookup.apply(call.callee() + "." + call.callee());
        }
        if (receiver.isEmpty() || receiver.equals("this") || receiver.equals("super")) {
            String path = caller.qualified().substring(0, caller.qualified().indexOf('('));
            List<SourceFunction> own = byArity(lookup.apply(path.substring(0, path.lastIndexOf('.') + 1) + call.callee()), call);
            if (!own.isEmpty()) {
                return own;
            }
        } else if (receiver.matches("[A-Z][\\w$]*(\\.[A-Z][\\w$]*)*")) {
            return lookup.apply(receiver + "." + call.callee());
        }
        List<SourceFunction> any = lookup.apply(call.callee());
        return any.size() <= 3 ? any : List.of();
    }

    /** The overloads whose parameter count is the call's argument count, when there are some (varargs aside). */
    private static List<SourceFunction> byArity(List<SourceFunction> overloads, Call call) {
        if (overloads.size() < 2) {
            return overloads;
        }
        String text = call.text();
        int open = text.indexOf(call.callee() + "(");
        int args = 0;
        if (open >= 0 && text.endsWith(")")) {
            String inside = text.substring(open + call.callee().length() + 1, text.length() - 1).strip();
            for (String before = null; !inside.equals(before); ) {
                before = inside;
                inside = inside.replaceAll("\\([^()]*\\)", "");
            }
            args = inside.isEmpty() ? 0 : JavaMethodName.splitTopLevel(inside).size();
        }
        int wanted = args;
        List<SourceFunction> same = overloads.stream().filter(f -> parameterCount(f) == wanted).toList();
        return same.isEmpty() ? overloads : same;
    }

    private static int parameterCount(SourceFunction f) {
        String q = f.qualified();
        String params = q.substring(q.indexOf('(') + 1, q.length() - 1);
        return params.isEmpty() ? 0 : params.split(",").length;
    }
}
