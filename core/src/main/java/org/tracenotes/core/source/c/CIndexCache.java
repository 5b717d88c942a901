package org.tracenotes.core.source.c;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracenotes.core.AtomicWrite;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceNode;

/**
 * The C index's cache on disk, under the tree's {@code .tracenotes-cache/} (or a user cache folder
 * when the tree cannot be written): the functions of every file parsed, keyed by the file's path,
 * modification time and size (the name scan of the whole tree is {@link CNameTable}'s file there). Files are written to a
 * temporary file renamed into place; a cache that cannot be read or written is ignored (the index is
 * then built from the files), never an error.
 */
final class CIndexCache {

    private static final int VERSION = 4;   // raise when CFunctionReader reads bodies differently
    private static final int MAGIC = 0x54524331;   // "TRC1"

    /** What the name scan found in one file. */
    record Scanned(long mtime, long size, String[] names) { }

    private final Path dir;

    CIndexCache(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The cache folder for {@code root}: its own {@code .tracenotes-cache/c}, else one in the user's cache. */
    static CIndexCache forTree(Path root) {
        Path own = root.resolve(".tracenotes-cache").resolve("c");
        if (writable(own)) {
            return new CIndexCache(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        String key = Integer.toHexString(root.toAbsolutePath().normalize().toString().hashCode());
        Path user = base.resolve("tracenotes").resolve("c-" + key);
        return new CIndexCache(writable(user) ? user : null);
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    // ------------------------------------------------------------ parsed files

    private Path parsedFile(String path) {
        return dir.resolve("parsed").resolve(Integer.toHexString(path.hashCode()) + "-"
                + Integer.toHexString(path.length()) + ".bin");
    }

    /** The functions of {@code path} cached for this mtime and size, or null. */
    List<SourceFunction> readParsed(String path, long mtime, long size, Path file) {
        if (dir == null) {
            return null;
        }
        Path f = parsedFile(path);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 14))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(path) || in.readLong() != mtime
                    || in.readLong() != size) {
                return null;
            }
            int n = in.readInt();
            List<SourceFunction> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                String qualified = in.readUTF();
                int start = in.readInt();
                int end = in.readInt();
                String sig = readLong(in);
                int m = in.readInt();
                Set<String> marks = new LinkedHashSet<>();
                for (int k = 0; k < m; k++) {
                    marks.add(in.readUTF());
                }
                out.add(new SourceFunction(name, qualified, file, start, end, sig, nodes(in), marks));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void writeParsed(String path, long mtime, long size, List<SourceFunction> functions) {
        if (dir == null) {
            return;
        }
        write(parsedFile(path), out -> {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(path);
            out.writeLong(mtime);
            out.writeLong(size);
            out.writeInt(functions.size());
            for (SourceFunction f : functions) {
                out.writeUTF(f.name());
                out.writeUTF(f.qualified());
                out.writeInt(f.startLine());
                out.writeInt(f.endLine());
                writeLong(out, f.signature());
                out.writeInt(f.marks().size());
                for (String m : f.marks()) {
                    out.writeUTF(m);
                }
                nodes(out, f.body());
            }
        });
    }

    private static void nodes(DataOutputStream out, List<SourceNode> nodes) throws IOException {
        out.writeInt(nodes.size());
        for (SourceNode n : nodes) {
            out.writeInt(n.line());
            if (n instanceof SourceNode.Call c) {
                out.writeByte(0);
                out.writeUTF(c.callee());
                writeLong(out, c.receiver());
                writeLong(out, c.assignedTo());
                writeLong(out, c.text());
            } else if (n instanceof SourceNode.Branch b) {
                out.writeByte(1);
                out.writeByte(b.kind().ordinal());
                writeLong(out, b.condition());
                writeLong(out, b.normalized());
                nodes(out, b.body());
            } else if (n instanceof SourceNode.Return r) {
                out.writeByte(2);
                writeLong(out, r.expression());
            } else if (n instanceof SourceNode.Goto g) {
                out.writeByte(3);
                out.writeUTF(g.label());
            } else if (n instanceof SourceNode.Label l) {
                out.writeByte(4);
                out.writeUTF(l.name());
            } else if (n instanceof SourceNode.Assign a) {
                out.writeByte(5);
                writeLong(out, a.target());
                out.writeUTF(a.operator());
                writeLong(out, a.value());
            }
        }
    }

    private static List<SourceNode> nodes(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<SourceNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int line = in.readInt();
            int tag = in.readByte();
            out.add(switch (tag) {
                case 0 -> new SourceNode.Call(in.readUTF(), readLong(in), readLong(in), readLong(in), line);
                case 1 -> {
                    SourceNode.BranchKind k = SourceNode.BranchKind.values()[in.readByte()];
                    String c = readLong(in);
                    String norm = readLong(in);
                    yield new SourceNode.Branch(k, c, norm, nodes(in), line);
                }
                case 2 -> new SourceNode.Return(readLong(in), line);
                case 3 -> new SourceNode.Goto(in.readUTF(), line);
                case 4 -> new SourceNode.Label(in.readUTF(), line);
                case 5 -> new SourceNode.Assign(readLong(in), in.readUTF(), readLong(in), line);
                default -> throw new IOException("bad node tag " + tag);
            });
        }
        return out;
    }

    /** A string of any length (writeUTF stops at 64 KB). */
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("bad string length");
        }
        return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static void write(Path target, Writer w) {
        try {
            Files.createDirectories(target.getParent());
            // a cache that cannot be written is only slower next time: the reason is not kept
            AtomicWrite.replace(target, os -> {
                DataOutputStream out = new DataOutputStream(os);
                w.write(out);
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            // likewise
        }
    }

}
