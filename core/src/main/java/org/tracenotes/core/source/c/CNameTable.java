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
 * (path, modification time, size), and every name found, ordered by a 39-bit hash of its bytes, as one
 * block of bytes with offsets, each with the files that may define it. Looking a name up is a binary
 * search over the hashes and a comparison of the bytes of the (nearly always one) name with that hash; no
 * string is made for a name nobody asks about, so a tree of a million names opens in the time it takes
 * to read one file. Ordering by hash, not by the names' bytes, lets the build sort primitive longs (a
 * fraction of the time a sort of a million strings takes).
 */
final class CNameTable {

    private static final int MAGIC = 0x544E5431;   // "TNT1"
    private static final int VERSION = 3;   // raise when CNameScan finds names differently or the order changes

    final String[] files;
    final long[] mtimes;
    final long[] sizes;
    private final byte[] names;
    /** Name i is {@code names[offsets[i] .. offsets[i + 1])}. */
    private final int[] offsets;
    /** Name i's files are {@code postings[postStart[i] .. postStart[i + 1])}, as indexes of {@link #files}. */
    private final int[] postStart;
    private final int[] postings;
    /** Name i's hash ({@link #hash}), ascending. */
    private final long[] hashes;

    private CNameTable(String[] files, long[] mtimes, long[] sizes, byte[] names, int[] offsets, int[] postStart,
                       int[] postings) {
        this.files = files;
        this.mtimes = mtimes;
        this.sizes = sizes;
        this.names = names;
        this.offsets = offsets;
        this.postStart = postStart;
        this.postings = postings;
        int n = offsets.length - 1;
        this.hashes = new long[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = hash(names, offsets[i], offsets[i + 1]);
        }
    }

    /** 39 bits of FNV-1a over {@code b[from .. to)}: the order of the table. */
    static long hash(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
        }
        return h >>> 25;   // 39 bits: above a 24-bit index the sort key stays a positive long
    }

    /**
     * The table of {@code scanned}: each file (relative path) with its modification time, size and names found.
     * Every occurrence of a name gets a key, its name's hash above its own index (files in path order); one sort
     * of those longs puts the occurrences of a name next to each other, their files in path order, and the names
     * in the table's order; no map of a million names is built.
     */
    static CNameTable build(Map<String, CIndexCache.Scanned> scanned) {
        @SuppressWarnings("unchecked")
        Map.Entry<String, CIndexCache.Scanned>[] entries = scanned.entrySet().toArray(Map.Entry[]::new);
        Arrays.sort(entries, Map.Entry.comparingByKey());
        String[] fs = new String[entries.length];
        long[] mt = new long[fs.length];
        long[] sz = new long[fs.length];
        int occurrences = 0;
        int total = 0;
        for (int i = 0; i < fs.length; i++) {
            CIndexCache.Scanned s = entries[i].getValue();
            fs[i] = entries[i].getKey();
            mt[i] = s.mtime();
            sz[i] = s.size();
            occurrences += s.names().length;
            for (String n : s.names()) {
                total += n.length();
            }
        }
        String[] name = new String[occurrences];
        int[] file = new int[occurrences];
        long[] keys = new long[occurrences];
        int k = 0;
        for (int i = 0; i < fs.length; i++) {
            for (String n : entries[i].getValue().names()) {
                name[k] = n;
                file[k] = i;
                keys[k] = hash(n) << 24 | (k & 0xffffff);
                k++;
            }
        }
        int[] order = sortedByHash(keys);
        // one pass over the occurrences in that order: a run of one hash holds one name (rarely a few)
        byte[] bytes = new byte[total];   // at most every occurrence's name once: identifiers are ASCII
        int at = 0;
        int[] off = new int[occurrences + 1];
        int[] start = new int[occurrences + 1];
        int[] post = new int[occurrences];
        int count = 0;
        int p = 0;
        boolean[] done = new boolean[occurrences];
        for (int a = 0; a < occurrences; a++) {
            int first = order[a];
            if (done[a]) {
                continue;
            }
            long h = keys[a] >>> 24;
            off[count] = at;
            String nm = name[first];
            for (int c = 0; c < nm.length(); c++) {
                bytes[at++] = (byte) nm.charAt(c);
            }
            start[count] = p;
            int last = -1;
            for (int c = a; c < occurrences && keys[c] >>> 24 == h; c++) {
                int o = order[c];
                if (!done[c] && name[o].equals(name[first])) {
                    done[c] = true;
                    if (file[o] != last) {   // a name twice in one file counts once
                        post[p++] = file[o];
                        last = file[o];
                    }
                }
            }
            count++;
        }
        off[count] = at;
        start[count] = p;
        return new CNameTable(fs, mt, sz, Arrays.copyOf(bytes, at), Arrays.copyOf(off, count + 1),
                Arrays.copyOf(start, count + 1), Arrays.copyOf(post, p));
    }

    /** The occurrences' indexes in the order of their keys (hash, then index); sorts {@code keys} the same way. */
    private static int[] sortedByHash(long[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        if (n <= 1 << 24) {
            Arrays.parallelSort(keys);
            for (int k = 0; k < n; k++) {
                order[k] = (int) (keys[k] & 0xffffff);
            }
            return order;
        }
        // more occurrences than the key has bits for an index: the indexes themselves, sorted by hash
        long[] hashes = new long[n];
        Integer[] boxed = new Integer[n];
        for (int k = 0; k < n; k++) {
            hashes[k] = keys[k] >>> 24;
            boxed[k] = k;
        }
        Arrays.parallelSort(boxed, java.util.Comparator.comparingLong((Integer k) -> hashes[k]).thenComparingInt(k -> k));
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
            keys[k] = hashes[boxed[k]] << 24 | (boxed[k] & 0xffffff);
        }
        return order;
    }

    /** {@link #hash(byte[], int, int)} of a name's characters (identifiers are ASCII: the same bytes). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ (s.charAt(i) & 0xff)) * 0x100000001b3L;
        }
        return h >>> 25;
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
        long h = hash(want, 0, want.length);
        int lo = 0;
        int hi = size();
        while (lo < hi) {   // the first name whose hash is not below h
            int mid = (lo + hi) >>> 1;
            if (hashes[mid] < h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < size() && hashes[i] == h; i++) {
            if (Arrays.equals(names, offsets[i], offsets[i + 1], want, 0, want.length)) {
                return i;
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
