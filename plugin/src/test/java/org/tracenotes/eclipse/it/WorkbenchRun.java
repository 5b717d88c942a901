package org.tracenotes.eclipse.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.runtime.adaptor.EclipseStarter;
import org.junit.jupiter.api.Assumptions;
import org.osgi.framework.BundleContext;

/**
 * One run of the real Eclipse IDE (application {@code org.eclipse.ui.ide.workbench}) with the built plugin
 * jar, on an X display (CI runs it under {@code xvfb-run}; without {@code DISPLAY} the IT is skipped): a
 * scenario class of {@code inosgi} runs inside it, then the workbench closes.
 *
 * @param seen   what the scenario reported
 * @param log    the workspace's {@code .metadata/.log}
 * @param millis how long the scenario took, from the framework's start
 */
record WorkbenchRun(Map<String, Object> seen, Path log, long millis) {

    static WorkbenchRun of(String scenarioClass, String tag) throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run (CI does)");
        Path work = Files.createTempDirectory(Path.of("target"), "equinox-" + tag);
        Path log = work.resolve("workspace/.metadata/.log");
        CompletableFuture<BundleContext> started = new CompletableFuture<>();
        CompletableFuture<Object> exit = new CompletableFuture<>();
        Thread main = new Thread(() -> {
            try {
                EclipseStarter.setInitialProperties(Equinox.properties(work, "org.eclipse.ui.ide.workbench"));
                started.complete(EclipseStarter.startup(new String[] {"-consoleLog"}, null));
                exit.complete(EclipseStarter.run(null));
            } catch (Throwable e) {
                started.completeExceptionally(e);
                exit.completeExceptionally(e);
            }
        }, "eclipse-main");
        main.start();
        long t0 = System.nanoTime();
        BundleContext context = started.get(120, TimeUnit.SECONDS);
        Callable<Map<String, Object>> scenario = InPlugin.scenario(Equinox.bundle(context, "org.tracenotes.eclipse"),
                scenarioClass);
        Map<String, Object> seen;
        try {
            seen = scenario.call();
        } finally {
            ((Runnable) scenario).run();
            System.out.println("[" + tag + "] application exit " + exit.get(60, TimeUnit.SECONDS));
            EclipseStarter.shutdown();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("[" + tag + "] scenario took " + millis + " ms");
        seen.forEach((k, v) -> System.out.println("[" + tag + "] " + k + " = " + v));
        return new WorkbenchRun(seen, log, millis);
    }

    /** The error entries of the IDE's log. */
    java.util.List<String> errors() throws java.io.IOException {
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.matches("!ENTRY \\S+ 4 .*")).toList()
                : java.util.List.of();
    }
}
