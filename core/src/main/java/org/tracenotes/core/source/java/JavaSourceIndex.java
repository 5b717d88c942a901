package org.tracenotes.core.source.java;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.core.dom.ASTParser;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceNode.Call;
import org.tracenotes.core.source.SourceProgress;
import org.tracenotes.core.source.SourceTrees;
import org.tracenotes.core.source.java.JavaFunctions.JavaFunction;
import org.tracenotes.core.source.java.JavaNameCache.Entry;

/**
 * The methods of a Java source tree, read with Eclipse JDT's standalone {@link ASTParser} (no workspace): with
 * bindings when a classpath is given (parameter types erased by the compiler), without them otherwise (every
 * method marked {@code no-bindings}). Lazy: a lookup scans the files' text for declared names
 * ({@link JavaNameScan}), parses only the files that can define the name, and keeps what it learnt in the tree's
 * {@code .tracenotes-cache/} ({@link JavaNameCache}), keyed by path, modification time and size.
 *
 * <p>Names: {@code Type.method}, {@code pkg.Type.method}, {@code Outer.Inner.method}, a bare {@code method}, each
 * with an optional parameter list {@code Type.method(int,String)}; without one a name gives every overload.
 */
public final class JavaSourceIndex implements SourceIndex {
    private final Path root;
    private final List<String> classpath;
    private final SourceProgress progress;
    private final List<JavaFile> files;
    private final JavaNameCache cache;
    private final JavaFileParser parser;
    private final Map<String, List<JavaFunction>> parsed = new HashMap<>();
    private Set<String> known; // knownNames(), until more files are parsed

    private JavaSourceIndex(Path root, List<String> classpath, SourceProgress progress, List<JavaFile> files, JavaNameCache cache) {
        this.root = root;
        this.classpath = classpath;
        this.progress = progress;
        this.files = files;
        this.cache = cache;
        this.parser = new JavaFileParser(root.toString(), classpath);
    }

    /**
     * Opens the tree under {@code root}; {@code classpath} (jars and class folders) turns bindings on, an empty one
     * leaves them off. {@link SourceTrees#open} is the one caller outside tests: no other class of core names this one,
     * so JDT's classes load only for a Java tree.
     */
    public static SourceTrees.Result open(Path root, List<Path> classpath, SourceProgress progress) {
        if (!Files.isDirectory(root)) {
            return new SourceTrees.Failed(root + ": not a folder; --source takes the root of a Java source tree");
        }
        List<String> cp = new ArrayList<>();
        for (Path p : classpath) {
            if (!Files.exists(p)) {
                return new SourceTrees.Failed(p + ": no such classpath entry (a jar or a folder of classes)");
            }
            cp.add(p.toAbsolutePath().toString());
        }
        Path abs = root.toAbsolutePath().normalize();
        List<JavaFile> files;
        progress.update("walking " + root, 0, -1);
        try {
            files = JavaFile.walk(abs);
        } catch (IOException e) {
            return new SourceTrees.Failed(root + ": cannot read the tree: " + e.getMessage());
        }
        if (files.isEmpty()) {
            return new SourceTrees.Failed(root + ": no .java files under it");
        }
        return new SourceTrees.Loaded(new JavaSourceIndex(abs, List.copyOf(cp), progress, List.copyOf(files), JavaNameCache.load(abs)));
    }

    @Override
    public String language() {
        return "java";
    }

    @Override
    public String origin() {
        return String.format("Java source under %s (%,d files, %s)", root, files.size(),
                classpath.isEmpty() ? "no bindings" : "bindings from a classpath of " + classpath.size());
    }

    @Override
    public Path root() {
        return root;
    }

    /** Whether methods are read with bindings (a classpath was given). */
    public boolean bindings() {
        return !classpath.isEmpty();
    }

    @Override
    public synchronized List<SourceFunction> lookup(String name) {
        Optional<JavaMethodName> parsedName = JavaMethodName.parse(name);
        if (parsedName.isEmpty()) {
            return List.of();
        }
        JavaMethodName q = parsedName.get();
        scanMissing();
        List<JavaFile> candidates = new ArrayList<>();
        for (JavaFile f : files) {
            Entry e = entry(f);
            boolean can = e.paths() != null
                    ? e.paths().stream().anyMatch(q::matchesPath)
                    : e.declared().contains(q.method()) && q.type().map(e.declared()::contains).orElse(true);
            if (can) {
                candidates.add(f);
            }
        }
        List<SourceFunction> out = new ArrayList<>();
        for (JavaFunction fn : functions(candidates)) {
            if (q.matchesPath(fn.path()) && q.matchesParams(fn.written(), fn.erased())) {
                out.add(fn.function());
            }
        }
        cache.save();
        return out;
    }

    @Override
    public synchronized List<String> similarNames(String name, int limit) {
        Optional<JavaMethodName> q = JavaMethodName.parse(name);
        scanMissing();
        Set<String> pool = new TreeSet<>(knownNames());
        if (q.isPresent() && q.get().type().isPresent()) {
            String type = q.get().type().get();
            List<JavaFile> declaring = files.stream().filter(f -> entry(f).declared().contains(type)).toList();
            functions(declaring).forEach(fn -> pool.add(fn.function().name()));
            cache.save();
        } else {
            files.forEach(f -> pool.addAll(entry(f).declared()));
        }
        return Suggestions.nearest(name, pool, limit);
    }

    /** Every {@code Type.method} of the files parsed in this run or listed by the cache; scans and parses nothing. */
    @Override
    public synchronized Set<String> knownNames() {
        if (known == null) {
            Set<String> names = new TreeSet<>();
            for (JavaFile f : files) {
                Entry e = cache.fresh(f.relative(), f.mtime(), f.size());
                if (e != null && e.paths() != null) {
                    e.paths().forEach(p -> names.add(typeAndMethod(p)));
                }
            }
            known = java.util.Collections.unmodifiableSet(names);
        }
        return known;
    }
    /** {@code putVal(int hash, K key)}: the method's name and parameters, modifiers, annotations and generics dropped. */
    @Override
    public String noteRoot(SourceFunction f) {
        return JavaNoteText.noteRoot(f);
    }

    /** Type arguments dropped ({@code Node<K,V>}, {@code new Node<>(...)}, nested ones too): the note grammar has none. */
    @Override
    public String noteCode(String code) {
        return JavaNoteText.noteCode(code);
    }

    /**
     * The definitions a call of {@code caller}'s body can reach: with bindings, the one method the compiler resolved;
     * without, for a call on {@code this} or none the caller's type's methods of that name, for a call on a type name
     * ({@code Prices.round}) that type's, else every method of that name (then empty when there are more than a few).
     */
    @Override
    public synchronized List<SourceFunction> callees(SourceFunction caller, Call call) {
        JavaFunction from = null;
        for (JavaFunction fn : parsed.getOrDefault(root.relativize(caller.file().toAbsolutePath()).toString(), List.of())) {
            if (fn.function().qualified().equals(caller.qualified()) && fn.function().startLine() == caller.startLine()) {
                from = fn;
            }
        }
        String target = from == null ? null : from.targets().get(call);
        if (target != null) {
            return lookup(target);
        }
        return JavaCallTargets.of(caller, call, this::lookup);
    }

    /**
     * Parses every file not parsed yet, so that {@link #knownNames()} is complete; returns how many method names
     * ({@code pkg.Type.method}, overloads once) the tree has.
     */
    public synchronized int parseAll() {
        scanMissing();
        functions(files.stream().filter(f -> entry(f).paths() == null).toList());
        cache.save();
        int count = 0;
        for (JavaFile f : files) {
            count += entry(f).paths().size();
        }
        return count;
    }

    private static String typeAndMethod(String path) {
        int last = path.lastIndexOf('.');
        int type = last < 0 ? -1 : path.lastIndexOf('.', last - 1);
        return path.substring(type + 1);
    }

    /** Scans, on every core, the files the cache has no entry for as they are now. */
    private void scanMissing() {
        List<JavaFile> missing = files.stream().filter(f -> cache.fresh(f.relative(), f.mtime(), f.size()) == null).toList();
        if (missing.isEmpty()) {
            return;
        }
        progress.update("scanning names", 0, missing.size());
        List<Entry> scanned = missing.parallelStream()
                .map(f -> new Entry(f.mtime(), f.size(), JavaNameScan.declared(f.read()), null)).toList();
        for (int i = 0; i < missing.size(); i++) {
            cache.put(missing.get(i).relative(), scanned.get(i));
        }
        progress.update("scanning names", missing.size(), missing.size());
    }

    /** The cache's entry for a file, after scanning it when the cache has none for it as it is now. */
    private Entry entry(JavaFile f) {
        Entry e = cache.fresh(f.relative(), f.mtime(), f.size());
        if (e == null) {
            e = new Entry(f.mtime(), f.size(), JavaNameScan.declared(f.read()), null);
            cache.put(f.relative(), e);
        }
        return e;
    }

    /** The methods of these files, parsing those not parsed in this run (and recording their paths in the cache). */
    private List<JavaFunction> functions(List<JavaFile> wanted) {
        List<JavaFile> toParse = wanted.stream().filter(f -> !parsed.containsKey(f.relative())).toList();
        if (!toParse.isEmpty()) {
            Map<String, JavaFile> byPath = new LinkedHashMap<>();
            toParse.forEach(f -> byPath.put(f.path().toString(), f));
            int[] done = {0};
            known = null;
            parser.parse(byPath, (f, fns) -> {
                parsed.put(f.relative(), fns);
                Entry old = entry(f);
                cache.put(f.relative(), new Entry(f.mtime(), f.size(), old.declared(), fns.stream().map(JavaFunction::path).distinct().toList()));
                progress.update("parsing", ++done[0], toParse.size());
            });
        }
        List<JavaFunction> out = new ArrayList<>();
        wanted.forEach(f -> out.addAll(parsed.getOrDefault(f.relative(), List.of())));
        return out;
    }
}
