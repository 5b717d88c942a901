package org.tracenotes.eclipse.it;

import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Jar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A real Equinox launched in the test JVM: the Eclipse 4.34 bundles Maven copied to {@code bundles.dir}
 * plus the plugin jar Maven just built ({@code plugin.jar}). {@link EclipseStarter} is static, so each IT
 * class gets its own JVM (failsafe {@code reuseForks=false}).
 */
final class Equinox {

    /** Started before anything asks for them: the registry, declarative services, event admin, the runtime. */
    private static final Map<String, String> START = Map.of(
            "org.eclipse.equinox.common", "@2:start",
            "org.apache.felix.scr", "@2:start",
            "org.eclipse.equinox.event", "@2:start",
            "org.eclipse.core.runtime", "@start");

    /** Bundles on Central whose manifest is too strict for this set (jxpath requires servlet and JSP). */
    private static final Set<String> REWRAP = Set.of("org.apache.commons.jxpath");

    private Equinox() {
    }

    /** The launch properties; {@code application} null for a headless framework with no application. */
    static Map<String, String> properties(Path work, String application) throws Exception {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("bundles.dir")))) {
            s.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
        }
        jars.add(Path.of(System.getProperty("plugin.jar")));
        List<String> bundles = new ArrayList<>();
        for (Path jar : jars) {
            String bsn = symbolicName(jar);
            if (bsn == null || REWRAP.contains(bsn)) {
                String file = jar.getFileName().toString();
                String artifact = file.replaceFirst("-[0-9][^-]*\\.jar$", "");
                String version = file.substring(artifact.length() + 1, file.length() - 4);
                if (bsn == null) {
                    // e4.ui.css.core requires the bundle org.apache.batik.css by name
                    bsn = artifact.startsWith("batik-") ? "org.apache.batik." + artifact.substring(6).replace('-', '.') : artifact;
                }
                jar = wrap(jar, work.resolve("wrapped").resolve(file), bsn, version);
            }
            if (bsn.equals("org.eclipse.osgi")) {
                continue;
            }
            bundles.add("reference:file:" + jar.toAbsolutePath() + START.getOrDefault(bsn, ""));
        }
        Map<String, String> p = new HashMap<>();
        p.put("osgi.bundles", String.join(",", bundles));
        p.put("osgi.bundles.defaultStartLevel", "4");
        p.put("osgi.install.area", work.resolve("install").toUri().toString());
        p.put("osgi.configuration.area", work.resolve("configuration").toUri().toString());
        p.put("osgi.instance.area", work.resolve("workspace").toUri().toString());
        p.put("osgi.user.area", work.resolve("user").toUri().toString());
        p.put("osgi.clean", "true");
        p.put("osgi.os", "linux");
        p.put("osgi.ws", "gtk");
        p.put("osgi.arch", "x86_64");
        p.put("eclipse.consoleLog", "true");
        p.put("osgi.framework.useSystemProperties", "false");
        if (application == null) {
            p.put("eclipse.ignoreApp", "true");
        } else {
            p.put("eclipse.application", application);
        }
        return p;
    }

    private static String symbolicName(Path jar) throws Exception {
        try (JarFile f = new JarFile(jar.toFile())) {
            Manifest m = f.getManifest();
            String bsn = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
            return bsn == null ? null : bsn.split(";")[0].strip();
        }
    }

    /** A plain jar made a bundle with bnd: everything exported, every import optional. */
    private static Path wrap(Path in, Path out, String bsn, String version) throws Exception {
        Files.createDirectories(out.getParent());
        try (Analyzer analyzer = new Analyzer(); Jar jar = new Jar(in.toFile())) {
            jar.setManifest((Manifest) null);
            analyzer.setJar(jar);
            analyzer.setBundleSymbolicName(bsn);
            analyzer.setBundleVersion(version);
            analyzer.setExportPackage("*;version=" + aQute.bnd.version.Version.parseVersion(version.replaceAll("[^0-9.]", "")));
            analyzer.setImportPackage("*;resolution:=optional");
            analyzer.setProperty("-noextraheaders", "true");
            jar.setManifest(analyzer.calcManifest());
            jar.write(out.toFile());
        }
        return out;
    }

    /** Starts a headless framework (no application). */
    static BundleContext startHeadless(Path work) throws Exception {
        EclipseStarter.setInitialProperties(properties(work, null));
        return EclipseStarter.startup(new String[] {"-consoleLog"}, null);
    }

    /** The bundles that did not resolve, each with the framework's reason. */
    static List<String> unresolved(BundleContext context) {
        List<String> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.INSTALLED) {
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (Exception e) {
                    out.add(b.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    static Bundle bundle(BundleContext context, String bsn) {
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new IllegalStateException("no bundle " + bsn + " installed");
    }
}
