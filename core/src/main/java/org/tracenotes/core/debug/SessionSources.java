package org.tracenotes.core.debug;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.run.TraceRunner;

/**
 * The sources a debug session knows: the note run (source number 0), the other notes loaded with it
 * and the model's reference traces; for each, the lines a step stands on (where a breakpoint can stop),
 * and for the note run its branch chains (the if / else-if / else and case lines a branch can be forced on).
 */
final class SessionSources {

    private final Note main;
    private final List<Note> others;
    private final ReferenceTraces model;
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<String, NavigableSet<Integer>> runnable = new LinkedHashMap<>();
    private final Map<Integer, List<Step>> chains = new LinkedHashMap<>();

    SessionSources(Note main, List<Note> others, ReferenceTraces model) {
        this.main = main;
        this.others = List.copyOf(others);
        this.model = model;
        ids.put(main.source(), 0);
        List<Note> all = new ArrayList<>();
        all.add(main);
        all.addAll(others);
        if (model != null && main != model.note()) {
            all.add(model.note());
        }
        for (Note n : all) {
            NavigableSet<Integer> lines = new TreeSet<>();
            for (Root r : TraceRunner.tracedRoots(n)) {
                collect(r.body(), lines);
            }
            runnable.putIfAbsent(n.source(), lines);
        }
        for (Step s : main.steps()) {
            if (s.kind() == StepKind.IF) {
                List<Step> chain = new ArrayList<>();
                chain.add(s);
                chain.addAll(s.alternatives());
                chain.forEach(c -> chains.put(c.range().line(), chain));
            } else if (s.kind() == StepKind.SWITCH) {
                List<Step> chain = new ArrayList<>();
                chain.add(s);
                s.children().stream().filter(c -> c.kind() == StepKind.CASE).forEach(chain::add);
                chain.stream().skip(1).forEach(c -> chains.put(c.range().line(), chain));
            }
        }
    }

    private static void collect(List<Step> steps, Set<Integer> out) {
        for (Step s : steps) {
            out.add(s.range().line());
            collect(s.children(), out);
            collect(s.alternatives(), out);
        }
    }

    /** The source name of the note run. */
    String mainSource() {
        return main.source();
    }

    /** The source name of the model's reference traces; null without a model. */
    String referenceSource() {
        return model == null ? null : model.note().source();
    }

    /** The number of {@code source} in the run's timeline: 0 for the note run, the next free one for a source first seen. */
    int id(String source) {
        return ids.computeIfAbsent(source, k -> ids.size());
    }

    /** The text of a source of this session (a note or the reference traces), if it is one. */
    Optional<String> text(String source) {
        List<Note> all = new ArrayList<>(others);
        all.add(0, main);
        if (model != null) {
            all.add(model.note());
        }
        return all.stream().filter(n -> n.source().equals(source)).map(Note::text).findFirst();
    }

    /** The source name of a note at {@code path} (a path as a client writes it), or of the reference traces. */
    Optional<String> sourceFor(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String s : runnable.keySet()) {
            if (s.equals(path) || samePath(s, path)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean samePath(String a, String b) {
        try {
            Path pa = Path.of(a).toAbsolutePath().normalize();
            Path pb = Path.of(b).toAbsolutePath().normalize();
            if (pa.equals(pb)) {
                return true;
            }
            return Files.exists(pa) && Files.exists(pb) && Files.isSameFile(pa, pb);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    /** The lines of {@code source} a step stands on, unmodifiable; empty for a source not of this session. */
    NavigableSet<Integer> runnableLines(String source) {
        return Collections.unmodifiableNavigableSet(runnable.getOrDefault(source, new TreeSet<>()));
    }

    /** Whether {@code source} is a source of this session. */
    boolean knows(String source) {
        return source != null && runnable.containsKey(source);
    }

    /** The if / else-if / else / case lines of the note run. */
    NavigableSet<Integer> branchLines() {
        return Collections.unmodifiableNavigableSet(new TreeSet<>(chains.keySet()));
    }

    /** The chain of branches {@code line} belongs to (the if or switch first), or null if it is no branch line. */
    List<Step> chain(int line) {
        return chains.get(line);
    }

    /** The branch lines as a list in words, for a message. */
    String branchLinesText() {
        return chains.isEmpty() ? "(none)" : String.join(", ", chains.keySet().stream().map(String::valueOf).toList());
    }

    /** What forcing the branch on {@code line} means, in words, if it is a branch line. */
    Optional<String> branchLabel(int line) {
        List<Step> chain = chains.get(line);
        if (chain == null) {
            return Optional.empty();
        }
        Step s = chain.stream().filter(c -> c.range().line() == line).findFirst().orElseThrow();
        String what = switch (s.kind()) {
            case IF -> "if " + s.text().replaceFirst("^if\\s*", "");
            case ELSE -> "else";
            case CASE -> s.text();
            default -> s.text();
        };
        return Optional.of("take the branch on line " + line + " (" + what.strip() + ")");
    }
}
