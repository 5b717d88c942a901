package org.tracenotes.eclipse.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osgi.framework.Bundle;

/**
 * Runs test code as if it were inside the plugin: classes of {@code org.tracenotes.eclipse.inosgi} are
 * defined from the test classes, and every class they use is loaded through the plugin bundle (its
 * required Eclipse bundles and the core libraries on its Bundle-ClassPath). They talk to the JUnit side
 * only through JDK types.
 */
final class InPlugin extends ClassLoader {

    private static final String SCENARIOS = "org.tracenotes.eclipse.inosgi.";

    private final Bundle plugin;
    private final Path testClasses = Path.of(System.getProperty("test.classes"));

    private InPlugin(Bundle plugin) {
        super(null);
        this.plugin = plugin;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.startsWith(SCENARIOS)) {
            try {
                byte[] bytes = Files.readAllBytes(testClasses.resolve(name.replace('.', '/') + ".class"));
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
        return plugin.loadClass(name);
    }

    /** A new instance of the scenario class {@code simpleName}, loaded inside the plugin. */
    @SuppressWarnings("unchecked")
    static Callable<Map<String, Object>> scenario(Bundle plugin, String simpleName) throws Exception {
        return (Callable<Map<String, Object>>) new InPlugin(plugin).loadClass(SCENARIOS + simpleName)
                .getConstructor().newInstance();
    }
}
