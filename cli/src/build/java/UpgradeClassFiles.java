import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step of the CLI's {@code package} (run as a source file by cli/pom.xml, with ASM on the class
 * path; not part of the jar): rewrites the class files under a package of the shaded jar whose class-file
 * version is below Java 6 (picocli's jar is compiled for Java 5) to version 52, their stack map frames
 * computed. The code is the same instruction for instruction; only the version and the frames change. A
 * JDK 17 class-data-sharing archive leaves class files older than version 50 out (they need the old
 * verifier), so without this picocli's ~180 classes were read, parsed and verified by the old verifier at
 * every start (bench/README.md, "Start-up"). Idempotent: a class already at 50 or later is copied as it is.
 * The jar is rewritten through a temporary file and a rename.
 *
 * <p>Usage: {@code java -cp asm.jar UpgradeClassFiles JAR PACKAGE_PREFIX} (for example {@code picocli/}).
 */
public final class UpgradeClassFiles {

    private static final int TARGET = Opcodes.V1_8;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: UpgradeClassFiles JAR PACKAGE_PREFIX");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
        int upgraded = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
             URLClassLoader hierarchy = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                     ClassLoader.getPlatformClassLoader());
             OutputStream file = Files.newOutputStream(tmp);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (e.getName().startsWith(prefix) && e.getName().endsWith(".class") && version(bytes) < Opcodes.V1_6) {
                    bytes = upgrade(bytes, hierarchy);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(tmp);
            throw ex;
        }
        if (upgraded == 0) {
            Files.delete(tmp);   // nothing to rewrite (already done): the jar, and its time, stay as they are
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(jar));
        } catch (UnsupportedOperationException notPosix) {
            // the temporary file's own permissions
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The major version of a class file (bytes 6 and 7). */
    private static int version(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] upgrade(byte[] classFile, ClassLoader hierarchy) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;   // the common super class of two types, for a frame, from the jar's own classes
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(TARGET, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }
}
