package org.tracenotes.cli.lsp;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.tracenotes.core.ide.EditorNotes;
import org.tracenotes.core.ide.TextLines;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteFiles;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/**
 * The notes the server knows: documents the client has open (their text as typed), and the notes of
 * the workspace folders on disk, each read as {@code tracenotes lint} reads it (its folder's
 * {@code .tracenotes.yaml}) and read again when its file changes. A note's source is its file's
 * absolute path, as in the Eclipse plugin; a document without a file is known by its URI. The model's
 * reference traces are written once to a read-only file, so that any editor can open them.
 */
final class NoteDocuments {

    /** At most this many workspace files are read; a folder with more (a home directory?) is cut, and the client told. */
    static final int MAX_WORKSPACE_FILES = 5_000;

    /**
     * At most this many versions back a document's note is parsed again from the last parsed one, change
     * by change ({@link NoteParser#reparse}); a longer run of unparsed versions is parsed whole.
     */
    static final int MAX_REPARSE_CHAIN = 8;

    /** One open document at one version: immutable; its note is parsed on first use. */
    static final class Doc {
        final String uri;
        /** The file, or null for a document with no file ({@code untitled:}). */
        final Path path;
        /** The note's name for core: the file's absolute path, the reference traces' resource, or the URI. */
        final String source;
        final int version;
        final String text;
        /** The model's reference traces, opened from the file definitions point to. */
        final boolean reference;
        private Note note;
        /** The options {@link #note} was parsed with (null for the reference traces). */
        private org.tracenotes.core.parse.ParseOptions parsedWith;
        private TextLines lines;
        /** The version this one changed, until this one is parsed; null when there is none to start from. */
        private Doc previous;
        /** The change from {@link #previous}: its UTF-16 range there, and the text put in its place. */
        private int editFrom;
        private int editTo;
        private String inserted;
        /** How many unparsed versions lead back to a parsed one through {@link #previous}. */
        private final int chain;

        Doc(String uri, Path path, String source, int version, String text, boolean reference) {
            this(uri, path, source, version, text, reference, null, 0, 0, null);
        }

        private Doc(String uri, Path path, String source, int version, String text, boolean reference,
                    Doc previous, int editFrom, int editTo, String inserted) {
            this.uri = uri;
            this.path = path;
            this.source = source;
            this.version = version;
            this.text = text;
            this.reference = reference;
            this.previous = previous;
            this.editFrom = editFrom;
            this.editTo = editTo;
            this.inserted = inserted;
            this.chain = previous == null ? 0 : previous.parsed() ? 1 : previous.chain + 1;
        }

        synchronized Note note() {
            if (note == null) {
                ReferenceTraces model = ReferenceTraces.softOffline66();
                if (reference) {
                    note = text.equals(model.note().text()) ? model.note() : new NoteParser().parse(source, text);
                } else {
                    NoteParser parser = EditorNotes.parser(path, source);
                    Note before = previous == null ? null : previous.noteParsedWith(parser.options());
                    // the change alone when the last version's note is at hand: a section, not the whole note
                    note = before != null ? parser.reparse(before, editFrom, editTo, inserted) : null;
                    if (note == null || !note.text().equals(text)) {
                        note = parser.parse(source, text);
                    }
                    parsedWith = parser.options();
                }
                previous = null;
                inserted = null;
            }
            return note;
        }

        /** This version's note, when it is (or is parsed) with {@code options}; else null. */
        private Note noteParsedWith(org.tracenotes.core.parse.ParseOptions options) {
            Note n = note();
            synchronized (this) {
                return options.equals(parsedWith) ? n : null;
            }
        }

        private synchronized boolean parsed() {
            return note != null;
        }

        synchronized TextLines lines() {
            if (lines == null) {
                lines = TextLines.of(text);
            }
            return lines;
        }

        /** The parser {@code tracenotes fmt} would use on this file. */
        NoteParser parser() {
            return EditorNotes.parser(path, source);
        }

        Doc changed(int newVersion, String newText) {
            return new Doc(uri, path, source, newVersion, newText, reference);
        }

        /**
         * This document after one change: [{@code from}, {@code to}) of this text replaced by
         * {@code replacement}. Its note will be parsed from this one's, change by change, while fewer
         * than {@value #MAX_REPARSE_CHAIN} versions lead back to a parsed one.
         */
        Doc changed(int newVersion, int from, int to, String replacement) {
            String newText = text.substring(0, from) + replacement + text.substring(to);
            boolean chainOn = !reference && (parsed() || chain < MAX_REPARSE_CHAIN);
            return chainOn ? new Doc(uri, path, source, newVersion, newText, false, this, from, to, replacement)
                    : new Doc(uri, path, source, newVersion, newText, reference);
        }
    }

    private record OnDisk(long modified, long size, Note note) { }

    private final Map<String, Doc> open = new ConcurrentHashMap<>();
    private final List<Path> roots = new ArrayList<>();
    private final Map<Path, OnDisk> disk = new HashMap<>();
    private List<Path> files;
    private volatile Path referenceFile;
    private final Object referenceLock = new Object();
    private final Consumer<String> warn;

    /** @param warn where to say what the client should know (a workspace cut short, an unwritable temp folder) */
    NoteDocuments(Consumer<String> warn) {
        this.warn = warn;
    }

    // ------------------------------------------------------------------ URIs and paths

    /** The absolute, normalized file of a {@code file:} URI, or null for any other URI. */
    static Path pathOf(String uri) {
        try {
            URI u = new URI(uri);
            if ("file".equalsIgnoreCase(u.getScheme())) {
                return Path.of(u).toAbsolutePath().normalize();
            }
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file URI: the document is known by its URI
        }
        return null;
    }

    /** The URI of the note named {@code source}: the client's own URI for an open document, else its file's. */
    String uriOf(String source) {
        for (Doc d : open.values()) {
            if (d.source.equals(source)) {
                return d.uri;
            }
        }
        if (ReferenceTraces.SOFT_OFFLINE_6_6.equals(source)) {
            Path ref = referenceFile();
            return ref == null ? null : ref.toUri().toString();
        }
        try {
            return Path.of(source).toUri().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return source;
        }
    }

    /**
     * The model's reference traces as a read-only file, written once per server (in a temp folder
     * deleted when the server exits); null when it cannot be written.
     */
    Path referenceFile() {
        synchronized (referenceLock) {
            return writeReferenceFile();
        }
    }

    private Path writeReferenceFile() {
        if (referenceFile == null) {
            try {
                Path dir = Files.createTempDirectory("tracenotes-reference-");
                dir.toFile().deleteOnExit();
                Path f = dir.resolve("soft-offline-6.6.md");
                Files.writeString(f, ReferenceTraces.softOffline66().note().text(), StandardCharsets.UTF_8);
                f.toFile().deleteOnExit();
                if (!f.toFile().setWritable(false, false)) {
                    warn.accept("could not make " + f + " read-only");
                }
                referenceFile = f.toAbsolutePath().normalize();
            } catch (IOException | SecurityException e) {
                warn.accept("cannot write the model's reference traces to a temp folder: " + NoteLoader.describe(e));
                return null;
            }
        }
        return referenceFile;
    }

    // ------------------------------------------------------------------ open documents

    Doc open(String uri, int version, String text) {
        Path path = pathOf(uri);
        boolean reference = path != null && path.equals(referenceFile);
        String source = reference ? ReferenceTraces.SOFT_OFFLINE_6_6 : path != null ? path.toString() : uri;
        Doc d = new Doc(uri, path, source, version, text, reference);
        open.put(uri, d);
        return d;
    }

    /** Replaces an open document's text; null when it is not open. */
    Doc change(String uri, int version, java.util.function.UnaryOperator<String> edit) {
        Doc before = open.get(uri);
        if (before == null) {
            return null;
        }
        Doc after = before.changed(version, edit.apply(before.text));
        open.put(uri, after);
        return after;
    }

    /** Replaces [{@code from}, {@code to}) of an open document's text by {@code replacement}; null when it is not open. */
    Doc change(String uri, int version, int from, int to, String replacement) {
        Doc before = open.get(uri);
        if (before == null) {
            return null;
        }
        Doc after = before.changed(version, from, to, replacement);
        open.put(uri, after);
        return after;
    }

    Doc close(String uri) {
        return open.remove(uri);
    }

    /** The open document at {@code uri}, or null. */
    Doc get(String uri) {
        return open.get(uri);
    }

    List<Doc> openDocs() {
        return List.copyOf(open.values());
    }

    /**
     * The document at {@code uri}: open, or read from its file (a note the client has not opened, a
     * definition's target). A URI that is neither is refused with a message.
     */
    Doc require(String uri) {
        if (uri == null) {
            throw Lsp.invalidParams("no textDocument.uri given");
        }
        Doc d = open.get(uri);
        if (d != null) {
            return d;
        }
        Path path = pathOf(uri);
        if (path == null) {
            throw Lsp.invalidParams(uri + " is not open, and not a file: URI the server could read");
        }
        if (!Files.isRegularFile(path)) {
            throw Lsp.invalidParams(uri + " is not open, and " + path + " is not a readable file");
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            boolean reference = path.equals(referenceFile);
            return new Doc(uri, path, reference ? ReferenceTraces.SOFT_OFFLINE_6_6 : path.toString(), 0, text, reference);
        } catch (IOException e) {
            throw Lsp.invalidParams(uri + " is not open, and " + path + " cannot be read: " + NoteLoader.describe(e));
        }
    }

    // ------------------------------------------------------------------ workspace

    synchronized void setRoots(List<Path> folders) {
        roots.clear();
        folders.stream().map(p -> p.toAbsolutePath().normalize()).distinct().forEach(roots::add);
        files = null;
    }

    synchronized void addRoots(List<Path> add, List<Path> remove) {
        List<Path> now = new ArrayList<>(roots);
        remove.stream().map(p -> p.toAbsolutePath().normalize()).forEach(now::remove);
        add.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> !now.contains(p)).forEach(now::add);
        setRoots(now);
    }

    /** Forget which files the folders hold: files were created, deleted or renamed. */
    synchronized void rescan() {
        files = null;
    }

    /** The workspace's note files, in the order lint walks them. */
    synchronized List<Path> files() {
        if (files == null) {
            List<Path> found = roots.isEmpty() ? List.of() : NoteFiles.collect(roots).stream()
                    .map(p -> p.toAbsolutePath().normalize()).distinct().toList();
            if (found.size() > MAX_WORKSPACE_FILES) {
                warn.accept("the workspace folders hold " + found.size() + " note files; only the first "
                        + MAX_WORKSPACE_FILES + " are read (open a smaller folder)");
                found = found.subList(0, MAX_WORKSPACE_FILES);
            }
            files = List.copyOf(found);
            disk.keySet().retainAll(Set.copyOf(files));
        }
        return files;
    }

    /** The workspace's notes as saved on disk, each read again when its file changed. */
    private synchronized List<Note> diskNotes() {
        List<Note> out = new ArrayList<>();
        for (Path f : files()) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (IOException e) {
                disk.remove(f);
                continue;
            }
            OnDisk known = disk.get(f);
            if (known == null || known.modified != attrs.lastModifiedTime().toMillis() || known.size != attrs.size()) {
                List<Note> read = EditorNotes.load(List.of(f));
                if (read.isEmpty()) {
                    disk.remove(f);
                    continue;
                }
                known = new OnDisk(attrs.lastModifiedTime().toMillis(), attrs.size(), read.get(0));
                disk.put(f, known);
            }
            out.add(known.note);
        }
        return out;
    }

    /**
     * Every note the server knows, as lint over the workspace would read them but with open documents'
     * text as typed: the workspace's in file order (an open one in its file's place), then open
     * documents outside it. The model's reference traces are not among them.
     */
    List<Note> notes() {
        Map<String, Doc> bySource = new LinkedHashMap<>();
        for (Doc d : open.values()) {
            if (!d.reference) {
                bySource.put(d.source, d);
            }
        }
        List<Note> out = new ArrayList<>();
        for (Note n : diskNotes()) {
            Doc d = bySource.remove(n.source());
            out.add(d != null ? d.note() : n);
        }
        bySource.values().stream().sorted(java.util.Comparator.comparing(d -> d.source)).forEach(d -> out.add(d.note()));
        return out;
    }
}
