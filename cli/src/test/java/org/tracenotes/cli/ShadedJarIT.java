package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as `package` leaves it: picocli's class files rewritten to version 52 with stack map
 * frames (UpgradeClassFiles), so that the class-data-sharing archive can hold them (bench/README.md,
 * "Start-up"); a class file of version 49 would be read and verified by the old verifier at every start.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of(System.getProperty("tracenotes.jar", "target/tracenotes.jar"));

    @Test
    void everyPicocliClassFileIsVersion52SoTheArchiveHoldsIt() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the IT runs after `package`: " + JAR);
        int picocli = 0;
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.getName().startsWith("picocli/") || !e.getName().endsWith(".class")) {
                    continue;
                }
                picocli++;
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] head = in.readNBytes(8);
                    assertEquals(52, ((head[6] & 0xff) << 8) | (head[7] & 0xff), e.getName());
                }
            }
        }
        assertTrue(picocli > 100, "picocli's classes are in the jar: " + picocli);
    }
}
