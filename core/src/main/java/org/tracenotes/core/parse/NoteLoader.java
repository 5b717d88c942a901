package org.tracenotes.core.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.lint.rules.parse.BinaryInput;
import org.tracenotes.core.lint.rules.parse.CrLineEnds;
import org.tracenotes.core.lint.rules.parse.InvalidUtf8;

/** Reads note files: finds them under folders, decodes their bytes, and parses them. */
public final class NoteLoader {

    /** Notes larger than this are refused unread. */
    public static final long MAX_BYTES = 64L << 20;

    /** The outcome of loading one path. */
    public sealed interface Result permits Loaded, Unreadable { }

    /** A note, parsed; problems with its content are among its diagnostics. */
    public record Loaded(Note note) implements Result { }

    /** A path that could not be read at all. */
    public record Unreadable(String path, String reason) implements Result { }

    /** The notes found under some paths, and the paths that could not be read, each in order. */
    public record Batch(List<Note> notes, List<Unreadable> unreadable) { }

    private final NoteParser parser;

    public NoteLoader(NoteParser parser) {
        this.parser = parser;
    }

    /**
     * The note files named by {@code paths}: files as given, folders walked for {@code .md .markdown
     * .rst .trace .txt} files and files without an extension ({@link NoteFiles}, which skips hidden entries,
     * build output and what {@code .gitignore} ignores). A path that does not exist is kept, so that
     * loading it reports it.
     */
    public static List<Path> collect(List<Path> paths) {
        return NoteFiles.collect(paths);
    }

    /** Whether a file is read as one trace block: a {@code .trace} file. */
    public static boolean isTraceFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".trace");
    }

    /** {@code base} as the file at {@code path} is read with: a {@code .trace} file is one trace block. */
    public static ParseOptions optionsFor(Path path, ParseOptions base) {
        return base.withWholeTrace(isTraceFile(path));
    }

    /** Loads every note {@link #collect} finds under {@code paths}. */
    public Batch loadAll(List<Path> paths) {
        List<Note> notes = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (Path p : collect(paths)) {
            Result r = load(p);
            if (r instanceof Loaded l) {
                notes.add(l.note());
            } else {
                unreadable.add((Unreadable) r);
            }
        }
        return new Batch(notes, unreadable);
    }

    public Result load(Path path) {
        return load(path, path.toString());
    }

    /**
     * As {@link #load(Path)}, the note (and any message about the file) named {@code name}: a build tool
     * reads absolute paths but reports them relative to its project.
     */
    public Result load(Path path, String name) {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                return new Unreadable(name, "is a directory");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                return new Unreadable(name, "is not a regular file (a pipe or a device?)");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return new Unreadable(name, "is " + size + " bytes; notes over " + MAX_BYTES + " bytes are not read");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new Unreadable(name, "no such file");
        } catch (IOException | SecurityException e) {
            return new Unreadable(name, "cannot be read: " + describe(e));
        }
        NoteParser p = isTraceFile(path) ? parser.withOptions(optionsFor(path, parser.options())) : parser;
        return new Loaded(parse(p, name, bytes));
    }

    /** What went wrong with a file, in words: NIO exceptions often carry only the path. */
    public static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an input/output error" : m;
    }

    /** Parses bytes: binary content is refused with a diagnostic; invalid UTF-8 is replaced and reported. */
    public static Note parse(NoteParser parser, String name, byte[] bytes) {
        int probe = Math.min(bytes.length, 65_536);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return new Note(name, "", Map.of(), List.of(), List.of(new Diagnostic(BinaryInput.ID, Severity.ERROR,
                        "binary file (NUL byte at offset " + i + "), not a note", SourceRange.at(1, 1, 0))));
            }
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        List<Diagnostic> early = new ArrayList<>();
        String text;
        // decoded once into the text: a replaced byte can only be where the text has U+FFFD, which a note may
        // also hold as written, so only then are the bytes decoded strictly (a strict decoder's buffer and its
        // copy into a String were twice the note's memory and a second pass over it, on every note)
        text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                strict().decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                early.add(invalidUtf8(bytes));
            }
        }
        // a line feed is looked for first: it is met in the first line of nearly every note, where a CR is looked
        // for over the whole text (17 ms over a 20 MB note with C1, before the parse can start)
        if (text.indexOf('\n') < 0 && text.indexOf('\r') >= 0) {
            // old Mac line ends: read CR as LF (offsets stay the same); fmt's round trip then refuses to write
            text = text.replace('\r', '\n');
            early.add(new Diagnostic(CrLineEnds.ID, Severity.WARNING, "lines end in CR alone (old Mac line ends); read as "
                    + "line breaks, and fmt leaves the note alone until it uses LF", SourceRange.at(1, 1, 0)));
        }
        return parser.parse(name, text, early);
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where the first invalid byte is, in the text as decoded up to it. */
    private static Diagnostic invalidUtf8(byte[] bytes) {
        CharsetDecoder d = strict();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        int bad = r.isError() ? in.position() : bytes.length;
        String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.codePointCount(lineStart, before.length()) + 1;
        return new Diagnostic(InvalidUtf8.ID, Severity.WARNING,
                "invalid UTF-8 at byte " + bad + "; undecodable bytes are read as U+FFFD",
                SourceRange.at(line, column, before.length()));
    }
}
