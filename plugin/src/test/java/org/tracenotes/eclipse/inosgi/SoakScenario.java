package org.tracenotes.eclipse.inosgi;

import static org.tracenotes.eclipse.inosgi.UiThread.pause;
import static org.tracenotes.eclipse.inosgi.UiThread.ui;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;
import org.tracenotes.eclipse.run.NoteRuns;

/**
 * Inside the running IDE for {@code soak.seconds}: a generated 10,000-line note open in the note
 * editor, seeded random edits (typing and deleting text, a misspelt call and back), saves with the
 * auto-build on, runs of a scenario or of a branch at a random line, explicit builds; every
 * {@code soak.sampleSeconds} the used heap after a full GC once the jobs are idle, and all the time the
 * UI thread's latency (a no-op {@code syncExec} every 50 ms) and every error the platform log receives.
 */
public class SoakScenario implements Callable<Map<String, Object>>, Runnable {

    private static final Pattern TRACED = Pattern.compile(
            "\\b(soft_offline_page|get_hwpoison_page|get_any_page|__get_hwpoison_page|get_hwpoison_hugetlb_folio)\\b");
    private static final String[] TYPED = {" x", "\n## soak 注释\n", " && flags", "\n=> soak_call(p)\n", "先略", "(", "\n"};

    private final Map<String, Object> out = new LinkedHashMap<>();
    private final List<String> logErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> uiLatencies = Collections.synchronizedList(new ArrayList<>());
    /** How often the UI thread was found at each place while a ping waited. */
    private final Map<String, Integer> stalls = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long STALL_MS = 250;
    private final AtomicBoolean soaking = new AtomicBoolean(true);
    private NoteEditor editor;
    private IDocument doc;
    /** The text typed and not yet deleted: its offset and length (-1 when none). */
    private int pendingOffset = -1;
    private int pendingLength;

    @Override
    public Map<String, Object> call() throws Exception {
        long seconds = Long.getLong("soak.seconds", 75);
        long sampleEvery = Long.getLong("soak.sampleSeconds", Math.max(10, seconds / 30)) * 1000;
        Random random = new Random(Long.getLong("soak.seed", 15));
        ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() == IStatus.ERROR) {
                logErrors.add(status.getPlugin() + ": " + status.getMessage()
                        + (status.getException() == null ? "" : " (" + status.getException() + ")"));
            }
        };
        Platform.addLogListener(listener);
        UiThread.awaitWorkbench();
        IProject project = NotesProject.create("soak");
        String text = longNote(Files.readString(Path.of(System.getProperty("samples.dir"), "soft-offline.md")), 10_000);
        out.put("noteLines", text.split("\n", -1).length - 1);
        out.put("noteBytes", text.getBytes(StandardCharsets.UTF_8).length);
        IFile file = project.getFile("long.md");
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        IWorkspaceDescription wd = ResourcesPlugin.getWorkspace().getDescription();
        wd.setAutoBuilding(true); // saves build in the background, as in a user's IDE
        ResourcesPlugin.getWorkspace().setDescription(wd);
        ui(() -> {
            IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            w.getShell().setBounds(0, 0, 1600, 1000);
            IWorkbenchPage page = w.getActivePage();
            editor = (NoteEditor) IDE.openEditor(page, file);
            doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        });
        probeTheUiThread();
        Thread pinger = pinger(PlatformUI.getWorkbench().getDisplay());
        pinger.start();
        deadlockWatch().start();

        int edits = 0;
        int saves = 0;
        int runs = 0;
        int builds = 0;
        List<String> heap = new ArrayList<>();
        long t0 = System.currentTimeMillis();
        long end = t0 + seconds * 1000;
        long nextSample = t0;
        int step = 0;
        while (System.currentTimeMillis() < end) {
            if (System.currentTimeMillis() >= nextSample) {
                heap.add((System.currentTimeMillis() - t0) / 1000 + " " + usedHeapAfterGc());
                nextSample += sampleEvery;
            }
            // edit, save, run and build once each first, then at random
            int action = step < 4 ? new int[] {0, 75, 90, 99}[step] : random.nextInt(100);
            step++;
            if (action < 70) {
                edit(random);
                edits++;
            } else if (action < 82) {
                ui(() -> editor.doSave(new NullProgressMonitor()));
                saves++;
            } else if (action < 94) {
                run(random);
                runs++;
            } else {
                ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
                builds++;
            }
            pause(20 + random.nextInt(60));
        }
        heap.add((System.currentTimeMillis() - t0) / 1000 + " " + usedHeapAfterGc());
        soaking.set(false);
        pinger.join();
        out.put("seconds", (System.currentTimeMillis() - t0) / 1000);
        out.put("edits", edits);
        out.put("saves", saves);
        out.put("runs", runs);
        out.put("builds", builds);
        out.put("heapAfterGc", heap);
        List<Long> lat = new ArrayList<>(uiLatencies);
        Collections.sort(lat);
        out.put("uiLatencyMs", lat.isEmpty() ? "none" : "p50 " + lat.get(lat.size() / 2) + ", p99 "
                + lat.get(lat.size() * 99 / 100) + ", max " + lat.get(lat.size() - 1) + " (" + lat.size() + " pings)");
        out.put("uiStalls", stalls.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .map(e -> e.getValue() + "× " + e.getKey()).toList());
        Platform.removeLogListener(listener);
        out.put("logErrors", List.copyOf(logErrors));
        ui(() -> editor.getSite().getPage().closeEditor(editor, false));
        return out;
    }

    /**
     * Typing does not parse on the UI thread: right after an edit the last parse is still behind the
     * text, and the reconciler catches up on its own. A run's command returns with the run still in its job.
     */
    private void probeTheUiThread() throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        boolean[] caughtUp = {false};
        while (!caughtUp[0] && System.currentTimeMillis() < until) {
            pause(200);
            ui(() -> caughtUp[0] = editor.parsed().text().equals(doc.get()));
        }
        out.put("firstParseDone", caughtUp[0]);
        ui(() -> {
            doc.replace(0, 0, "x");
            out.put("parseBehindRightAfterTyping", !editor.parsed().text().equals(doc.get()));
        });
        long typed = System.currentTimeMillis();
        caughtUp[0] = false;
        while (!caughtUp[0] && System.currentTimeMillis() < typed + 60_000) {
            pause(50);
            ui(() -> caughtUp[0] = editor.parsed().text().equals(doc.get()));
        }
        out.put("reconcilerCaughtUp", caughtUp[0]);
        out.put("reconcilerCaughtUpMs", System.currentTimeMillis() - typed);
        ui(() -> doc.replace(0, 1, ""));
        ui(() -> {
            execute(TracenotesIds.RUN_SCENARIO, Map.of(TracenotesIds.SCENARIO_PARAMETER, "lru-anon"));
            out.put("runInAJobWhenTheCommandReturned", Job.getJobManager().find(NoteRuns.FAMILY).length > 0);
        });
        Job.getJobManager().join(NoteRuns.FAMILY, null);
    }

    /** Types a piece of text at a random offset, types more after it, deletes it, or flips a call's spelling. */
    private void edit(Random random) throws Exception {
        int choice = random.nextInt(10);
        ui(() -> {
            if (pendingOffset >= 0 && choice < 5) {
                doc.replace(pendingOffset, pendingLength, "");
                pendingOffset = -1;
            } else if (pendingOffset >= 0 && choice < 7) {
                String more = TYPED[random.nextInt(TYPED.length)];
                doc.replace(pendingOffset + pendingLength, 0, more);
                pendingLength += more.length();
            } else if (pendingOffset < 0 && choice < 7) {
                String typed = TYPED[random.nextInt(TYPED.length)];
                pendingOffset = random.nextInt(doc.getLength());
                pendingLength = typed.length();
                doc.replace(pendingOffset, 0, typed);
                editor.selectAndReveal(pendingOffset + pendingLength, 0);
            } else {
                String all = doc.get();
                boolean misspell = random.nextBoolean();
                String from = misspell ? "folio_try_get(" : "flio_try_get(";
                int at = all.indexOf(from, random.nextInt(all.length()));
                if (at >= 0 && (pendingOffset < 0 || at + from.length() < pendingOffset || at > pendingOffset + pendingLength)) {
                    doc.replace(at, from.length(), misspell ? "flio_try_get(" : "folio_try_get(");
                    if (pendingOffset > at) {
                        pendingOffset += misspell ? -1 : 1;
                    }
                }
            }
        });
    }

    /** Runs the in-use LRU scenario or executes the branch of a random if/else line, with the caret on a random trace. */
    private void run(Random random) throws Exception {
        ui(() -> {
            int line = random.nextInt(doc.getNumberOfLines());
            String lineText = doc.get(doc.getLineOffset(line), doc.getLineLength(line));
            editor.selectAndReveal(doc.getLineOffset(line), 0);
            String t = lineText.strip();
            if (random.nextBoolean() && (t.startsWith("=> if") || t.startsWith("-> else"))) {
                execute(TracenotesIds.EXECUTE_BRANCH, Map.of(TracenotesIds.LINE_PARAMETER, String.valueOf(line + 1)));
            } else {
                execute(TracenotesIds.RUN_SCENARIO, Map.of(TracenotesIds.SCENARIO_PARAMETER, "lru-anon"));
            }
        });
    }

    private void execute(String id, Map<String, String> parameters) throws Exception {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Command command = w.getService(ICommandService.class).getCommand(id);
        w.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
    }

    /**
     * Used heap in MB once the runs, the build (which a save schedules a moment later) and the reconciler
     * are idle: the lowest of three readings, each after a full GC, 200 ms apart (what is still live from
     * work in flight fades; what stays is what the IDE keeps).
     */
    private String usedHeapAfterGc() throws Exception {
        Job.getJobManager().join(NoteRuns.FAMILY, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        pause(1000);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        boolean[] caughtUp = {false};
        for (int i = 0; i < 50 && !caughtUp[0]; i++) {
            ui(() -> caughtUp[0] = editor.parsed().text().equals(doc.get()));
            if (!caughtUp[0]) {
                pause(100);
            }
        }
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            Thread.sleep(200);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", least / 1048576.0);
    }

    /**
     * A thread that times a no-op on the UI thread every 50 ms while the soak runs; while one waits
     * longer than {@link #STALL_MS}, it samples where the UI thread is, every {@link #STALL_MS}.
     */
    private Thread pinger(Display display) {
        Thread t = new Thread(() -> {
            while (soaking.get()) {
                long start = System.nanoTime();
                CountDownLatch done = new CountDownLatch(1);
                display.asyncExec(done::countDown);
                try {
                    while (!done.await(STALL_MS, TimeUnit.MILLISECONDS)) {
                        stalls.merge(where(display.getThread().getStackTrace()), 1, Integer::sum);
                    }
                    uiLatencies.add((System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak-ui-ping");
        t.setDaemon(true);
        return t;
    }

    /**
     * A thread that looks for a deadlock every 10 s (the hour once found one between the reconciler and
     * the UI thread); on one it prints the threads involved and ends the JVM, so that the build fails
     * rather than hangs.
     */
    private Thread deadlockWatch() {
        Thread t = new Thread(() -> {
            var threads = ManagementFactory.getThreadMXBean();
            while (soaking.get()) {
                long[] ids = threads.findDeadlockedThreads();
                if (ids != null) {
                    for (var info : threads.getThreadInfo(ids, true, true)) {
                        System.err.println("[soak] deadlocked: " + info);
                    }
                    Runtime.getRuntime().halt(3);
                }
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "soak-deadlock-watch");
        t.setDaemon(true);
        return t;
    }

    /** Where a stack stands: its top frame and the innermost frames of the plugin and of the soak's own calls. */
    private static String where(StackTraceElement[] stack) {
        List<String> out = new ArrayList<>();
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            boolean ours = c.startsWith("org.tracenotes.eclipse.") && !c.startsWith("org.tracenotes.eclipse.inosgi");
            if (out.isEmpty() || ours && out.size() < 4 || out.size() == 1 && !c.startsWith("java.") && !c.startsWith("jdk.")
                    && !c.startsWith("org.eclipse.swt.internal")) {
                out.add(c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName());
            }
        }
        return String.join(" < ", out);
    }

    /** The seed's heading, prose and trace block again and again, each part's traced names suffixed {@code _pN}, to {@code lines} lines. */
    static String longNote(String seed, int lines) {
        String body = seed.startsWith("\uFEFF") ? seed.substring(1) : seed;
        int tailAt = body.indexOf("## soft_offline_in_use_page");
        String part = body.substring(0, tailAt);
        String tail = body.substring(tailAt);
        long partLines = part.chars().filter(c -> c == '\n').count();
        long tailLines = tail.chars().filter(c -> c == '\n').count();
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n * partLines + tailLines < lines; n++) {
            String suffix = "_p" + n;
            sb.append(TRACED.matcher(part).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + suffix)));
        }
        return sb.append(tail).toString();
    }

    /** Ends the workbench (called by the IT once the results are read). */
    @Override
    public void run() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
