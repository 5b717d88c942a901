package org.tracenotes.cli.dap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.run.Force;

/**
 * The {@code launch} request's arguments, as a client's launch configuration writes them:
 * {@code note} (the note's path, required; relative to {@code cwd} if given), {@code trace} (the traced
 * function, default the note's first), {@code scenario} (a declared {@code @scenario} or a page kind
 * such as {@code lru-anon}), {@code given} (starting-state items, a list or one comma-separated
 * string), {@code force} (branch lines, {@code LINE=taken|not-taken}), {@code with} (other notes whose
 * traced functions calls may run), {@code stopOnEntry}, {@code noDebug} (run to the end, no stops).
 */
record LaunchArguments(Path note, String trace, String scenario, List<String> given, Map<Integer, Force> forces,
                       List<Path> with, boolean stopOnEntry, boolean noDebug) {

    /** Reads the arguments; an argument of the wrong shape is an {@link IllegalArgumentException} saying which. */
    static LaunchArguments parse(Map<String, Object> args) {
        Map<String, Object> a = args == null ? Map.of() : args;
        String cwd = string(a, "cwd");
        String note = string(a, "note");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("launch: `note` (the path of the note to debug) is required");
        }
        Path base = cwd == null ? Path.of("") : Path.of(cwd);
        Path notePath = base.resolve(note).toAbsolutePath().normalize();
        List<String> given = new ArrayList<>();
        for (String item : strings(a, "given")) {
            for (String part : item.split(",")) {
                if (!part.isBlank()) {
                    given.add(part.strip());
                }
            }
        }
        Map<Integer, Force> forces = new LinkedHashMap<>();
        for (String f : strings(a, "force")) {
            String bad = Force.parseInto(f, forces);
            if (bad != null) {
                throw new IllegalArgumentException("launch: `force`: " + bad.replace("--force takes", "each item is"));
            }
        }
        List<Path> with = strings(a, "with").stream().map(p -> base.resolve(p).toAbsolutePath().normalize()).toList();
        String scenario = string(a, "scenario");
        String trace = string(a, "trace");
        return new LaunchArguments(notePath, trace == null || trace.isBlank() ? null : trace.strip(),
                scenario == null || scenario.isBlank() ? null : scenario.strip(), given, forces, with,
                bool(a, "stopOnEntry"), bool(a, "noDebug"));
    }

    private static String string(Map<String, Object> a, String key) {
        Object v = a.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("launch: `" + key + "` must be a string, not " + v);
    }

    private static boolean bool(Map<String, Object> a, String key) {
        Object v = a.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException("launch: `" + key + "` must be true or false, not " + v);
    }

    /** A list of strings (numbers written as numbers too), or one string. */
    private static List<String> strings(Map<String, Object> a, String key) {
        Object v = a.get(key);
        if (v == null) {
            return List.of();
        }
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof String s) {
                out.add(s);
            } else if (o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                out.add(Long.toString(n.longValue()));
            } else {
                throw new IllegalArgumentException("launch: `" + key + "` must be a list of strings, not " + v);
            }
        }
        return out;
    }
}
