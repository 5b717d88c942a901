package org.tracenotes.core.source.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name table: every name found with the files that may define it, in path order, through a write and a read. */
class CNameTableTest {

    @TempDir
    Path dir;

    private static Map<String, CIndexCache.Scanned> tree(int files, int namesPerFile) {
        Map<String, CIndexCache.Scanned> scanned = new LinkedHashMap<>();
        for (int f = files - 1; f >= 0; f--) {   // given out of path order
            String[] names = new String[namesPerFile + 1];
            for (int n = 0; n < namesPerFile; n++) {
                names[n] = "fn_" + f + "_" + n;
            }
            names[namesPerFile] = f % 2 == 0 ? "shared_even" : "shared_odd";
            scanned.put(String.format("dir/f%03d.c", f), new CIndexCache.Scanned(f, 100 + f, names));
        }
        return scanned;
    }

    @Test
    void everyNameFindsItsFilesInPathOrderAfterAWriteAndARead() {
        CNameTable built = CNameTable.build(tree(40, 50));
        built.write(dir.resolve("names.bin"));
        CNameTable table = CNameTable.read(dir.resolve("names.bin"));
        for (CNameTable t : List.of(built, table)) {
            assertEquals(40 * 50 + 2, t.size());
            assertEquals(List.of("dir/f007.c"), t.filesOf("fn_7_49"));
            List<String> even = t.filesOf("shared_even");
            assertEquals(20, even.size());
            assertEquals("dir/f000.c", even.get(0));
            assertEquals("dir/f038.c", even.get(19));
            assertEquals(List.of(), t.filesOf("fn_7_50"));
            assertEquals(-1, t.find("shared"));
            Set<String> all = new HashSet<>(t.nameSet());
            assertEquals(t.size(), all.size());
            assertTrue(all.contains("shared_odd") && t.nameSet().contains("fn_39_0"));
            assertEquals(7L, t.mtimes[7]);
        }
    }
}
