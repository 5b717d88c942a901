package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} and {@code lint --source} on a Java tree: the CLI carries JDT and SourceTrees opens the Java index. */
class ExtractJavaTest {

    @TempDir
    Path tree;

    private void write() throws Exception {
        Files.createDirectories(tree.resolve("demo"));
        Files.writeString(tree.resolve("demo/Counter.java"), """
                package demo;

                class Counter {
                    private int n;

                    int add(int by) {
                        if (by < 0) {
                            return reset();
                        }
                        n = n + by;
                        return n;
                    }

                    int add() {
                        return add(1);
                    }

                    int reset() {
                        n = 0;
                        return n;
                    }
                }
                """);
    }

    @Test
    void extractWritesAJavaMethodsNoteWithItsCalleeInline() throws Exception {
        write();
        CliTest.Run r = CliTest.run("extract", "--source", tree.toString(), "--lang", "java", "Counter.add(int)");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                ## Counter.add

                Extracted by `tracenotes extract` from demo/Counter.java:6.

                ```sh
                add(int by)    ## demo/Counter.java:6
                => if by < 0    ## demo/Counter.java:7
                   => return reset()    ## demo/Counter.java:8
                => n = n + by    ## demo/Counter.java:10
                => return n    ## demo/Counter.java:11
                ```
                """, r.out());
    }

    @Test
    void anUnknownMethodIsAMessageWithTheNearestName() throws Exception {
        write();
        CliTest.Run r = CliTest.run("extract", "--source", tree.toString(), "Counter.rest");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("Counter.reset"), r.err());
    }
}
