package org.tracenotes.core.source.c;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.tracenotes.core.AtomicWrite;

/**
 * What the name scan found in a whole tree, in the form a warm start reads fastest: the tree's files
 * (path, modification time, size), and every name found, sorted, as one block of bytes with offsets,
 * each with the files that may define it. Looking a name up is a binary search over the bytes; no
 * string is made for a name nobody asks about, so a tree of a million names opens in the time it
 * takes to read one file.
 */
final class CNameTable {

    private static final int MAGIC = 0x544E5431;   // "TNT1"
    private static final int VERSION = 2;   // raise when CNameScan finds names differently

    final String[] files;
    final long[] mtimes;
    final long[] sizes;
    private final byte[] names;
    /** Name i is {@code names[offsets[i] .. offsets[i + 1])}. */
    private final int[] offsets;
    /** Name i's files are {@code postings[postStart[i] .. postStart[i + 1])}, as indexes of {@link #files}. */
    private final int[] postStart;
    private final int[] postings;

    private CNameTable(String[] files, long[] mtimes, long[] sizes, byte[] names, int[] offsets, int[] postStart,
                       int[] postings) {
        this.files = files;
        this.mtimes = mtimes;
        this.sizes = sizes;
        this.names = names;
        this.offsets = offsets;
        this.postStart = postStart;
        this.postings = postings;
    }

    /** The table of {@code scanned}: each file (relative path) with its modification time, size and names found. */
    static CNameTable build(Map<String, CIndexCache.Scanned> scanned) {
        String[] fs = scanned.keySet().toArray(String[]::new);
        Arrays.sort(fs);
        long[] mt = new long[fs.length];
        long[] sz = new long[fs.length];
        java.util.HashMap<String, int[]> by = new java.util.HashMap<>(Math.max(16, fs.length * 32));
        for (int i = 0; i < fs.length; i++) {
            CIndexCache.Scanned s = scanned.get(fs[i]);
            mt[i] = s.mtime();
            sz[i] = s.size();
            for (String n : s.names()) {
                // [count, file, file, ...], grown by doubling: most names are in one file
                int[] list = by.get(n);
                if (list == null) {
                    by.put(n, new int[] {1, i});
                } else {
                    if (list[0] + 1 == list.length) {
                        list = Arrays.copyOf(list, list.length * 2);
                        by.put(n, list);
                    }
                    list[++list[0]] = i;
                }
            }
        }
        // identifiers are ASCII: String order is their UTF-8 byte order
        String[] sorted = by.keySet().toArray(String[]::new);
        Arrays.parallelSort(sorted);
        int total = 0;
        int posts = 0;
        byte[][] encoded = new byte[sorted.length][];
        for (int i = 0; i < sorted.length; i++) {
            encoded[i] = sorted[i].getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
            posts += by.get(sorted[i])[0];
        }
        byte[] bytes = new byte[total];
        int[] off = new int[sorted.length + 1];
        int[] start = new int[sorted.length + 1];
        int[] post = new int[posts];
        int at = 0;
        int p = 0;
        for (int k = 0; k < sorted.length; k++) {
            off[k] = at;
            System.arraycopy(encoded[k], 0, bytes, at, encoded[k].length);
            at += encoded[k].length;
            start[k] = p;
            int[] list = by.get(sorted[k]);
            System.arraycopy(list, 1, post, p, list[0]);
            p += list[0];
        }
        off[sorted.length] = at;
        start[sorted.length] = p;
        return new CNameTable(fs, mt, sz, bytes, off, start, post);
    }

    int size() {
        return offsets.length - 1;
    }

    String name(int i) {
        return new String(names, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }

    int length(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** The index of {@code name}, or -1. */
    int find(String name) {
        byte[] want = name.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(names, offsets[mid], offsets[mid + 1], want, 0, want.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The files (relative paths) that may define {@code name}, in path order. */
    List<String> filesOf(String name) {
        int i = find(name);
        if (i < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(postStart[i + 1] - postStart[i]);
        for (int k = postStart[i]; k < postStart[i + 1]; k++) {
            out.add(files[postings[k]]);
        }
        return out;
    }

    /** The names of file {@code f} (an index of {@link #files}): a scan of the postings, for rebuilding after a change. */
    Map<String, CIndexCache.Scanned> scanned() {
        List<List<String>> per = new ArrayList<>(files.length);
        for (int i = 0; i < files.length; i++) {
            per.add(new ArrayList<>());
        }
        for (int n = 0; n < size(); n++) {
            String name = name(n);
            for (int k = postStart[n]; k < postStart[n + 1]; k++) {
                per.get(postings[k]).add(name);
            }
        }
        Map<String, CIndexCache.Scanned> out = new java.util.HashMap<>();
        for (int i = 0; i < files.length; i++) {
            out.put(files[i], new CIndexCache.Scanned(mtimes[i], sizes[i], per.get(i).toArray(String[]::new)));
        }
        return out;
    }

    /** Every name, as a set that answers {@code contains} by binary search and makes strings only when iterated. */
    Set<String> nameSet() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof String s && find(s) >= 0;
            }

            @Override
            public int size() {
                return CNameTable.this.size();
            }

            @Override
            public Iterator<String> iterator() {
                return new Iterator<>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        return i < CNameTable.this.size();
                    }

                    @Override
                    public String next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return name(i++);
                    }
                };
            }
        };
    }

    // ------------------------------------------------------------ on disk

    static CNameTable read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            int nf = in.readInt();
            String[] fs = new String[nf];
            long[] mt = new long[nf];
            long[] sz = new long[nf];
            for (int i = 0; i < nf; i++) {
                fs[i] = in.readUTF();
                mt[i] = in.readLong();
                sz[i] = in.readLong();
            }
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            int[] off = ints(in);
            int[] start = ints(in);
            int[] post = ints(in);
            return new CNameTable(fs, mt, sz, bytes, off, start, post);
        } catch (IOException | RuntimeException e) {
            return null;   // an unreadable cache is rebuilt
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] raw = new byte[n * 4];
        in.readFully(raw);
        int[] out = new int[n];
        java.nio.ByteBuffer.wrap(raw).asIntBuffer().get(out);
        return out;
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * 4);
        b.asIntBuffer().put(values);
        out.write(b.array());
    }

    void write(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            // a cache that cannot be written is only slower next time: the reason is not kept
            AtomicWrite.replace(file, os -> {
                DataOutputStream out = new DataOutputStream(os);
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(files.length);
                for (int i = 0; i < files.length; i++) {
                    out.writeUTF(files[i]);
                    out.writeLong(mtimes[i]);
                    out.writeLong(sizes[i]);
                }
                out.writeInt(names.length);
                out.write(names);
                ints(out, offsets);
                ints(out, postStart);
                ints(out, postings);
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            // likewise
        }
    }
}
