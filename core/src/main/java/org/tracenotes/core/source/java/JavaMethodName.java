package org.tracenotes.core.source.java;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Java method as a note names it: {@code putVal}, {@code HashMap.putVal}, {@code java.util.HashMap.putVal},
 * {@code HashMap.TreeNode.putTreeVal}, with an optional parameter list {@code HashMap.putVal(int,Object,Object,boolean,boolean)}.
 * A name matches a method when its dotted path is a suffix of the method's {@code package.Type.method} path and,
 * if it has a parameter list, when every parameter type matches the method's as written or erased (simple names,
 * generics dropped, {@code ...} alike {@code []}).
 *
 * @param path   the dotted parts, the method's name last
 * @param params the parameter types, or empty when the name matches every overload
 */
record JavaMethodName(List<String> path, Optional<List<String>> params) {

    /** The name read from text, or empty when it is not a Java method name. */
    static Optional<JavaMethodName> parse(String text) {
        String s = text.strip();
        Optional<List<String>> params = Optional.empty();
        int open = s.indexOf('(');
        if (open >= 0) {
            if (!s.endsWith(")")) {
                return Optional.empty();
            }
            String inside = s.substring(open + 1, s.length() - 1).strip();
            List<String> types = new ArrayList<>();
            if (!inside.isEmpty()) {
                for (String t : splitTopLevel(inside)) {
                    types.add(typeKey(t));
                }
            }
            params = Optional.of(List.copyOf(types));
            s = s.substring(0, open).strip();
        }
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            return Optional.empty();
        }
        List<String> path = Arrays.asList(s.split("\\."));
        for (String part : path) {
            if (!isIdentifier(part)) {
                return Optional.empty();
            }
        }
        return Optional.of(new JavaMethodName(List.copyOf(path), params));
    }

    String method() {
        return path.get(path.size() - 1);
    }

    /** The simple name of the type the name gives, or empty for a bare method name. */
    Optional<String> type() {
        return path.size() < 2 ? Optional.empty() : Optional.of(path.get(path.size() - 2));
    }

    /** Whether this name's path is a suffix of a method's full dotted path ({@code java.util.HashMap.putVal}). */
    boolean matchesPath(String fullPath) {
        String joined = String.join(".", path);
        return fullPath.equals(joined) || fullPath.endsWith("." + joined);
    }

    /** Whether this name's parameter list (if any) matches the method's parameter types, as written or erased. */
    boolean matchesParams(List<String> written, List<String> erased) {
        if (params.isEmpty()) {
            return true;
        }
        List<String> wanted = params.get();
        if (wanted.size() != written.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            String w = wanted.get(i);
            if (!w.equals(written.get(i)) && !w.equals(erased.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A type as parameter lists are compared: simple name, generics dropped, {@code ...} as {@code []}. */
    static String typeKey(String type) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : type.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        String s = out.toString().replace("...", "[]");
        int dims = s.indexOf('[');
        String base = dims < 0 ? s : s.substring(0, dims);
        String suffix = dims < 0 ? "" : s.substring(dims);
        int dot = base.lastIndexOf('.');
        return (dot < 0 ? base : base.substring(dot + 1)) + suffix;
    }

    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
