package org.tracenotes.eclipse.inosgi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * Inside a headless Equinox: the builder re-lints only the note that changed (the other's markers keep
 * their ids), everything when what a note traces changes, reports progress, and stops when cancelled
 * without losing the lint the next build owes.
 */
public class BuilderScenario implements Callable<Map<String, Object>> {

    private static final String CALLER = "## caller\n\n```sh\ncaller(x)\n=> ret = soak_helper(x)\n=> other = soak_other(x)\n```\n";

    @Override
    public Map<String, Object> call() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        IProject project = NotesProject.create("incremental");
        String seed = Files.readString(Path.of(System.getProperty("samples.dir"), "soft-offline.md"));
        IFile a = project.getFile("a.md");
        IFile b = project.getFile("b.md");
        a.create(bytes(CALLER), true, null);
        b.create(bytes(seed), true, null);
        Progress progress = new Progress();
        project.build(IncrementalProjectBuilder.FULL_BUILD, progress);
        out.put("fullProgress", progress.tasks);
        out.put("fullWork", progress.work);
        out.put("aRulesAtFirst", rules(a));
        out.put("bHasTheTypo", rules(b).contains("unknown-function"));
        List<Long> aIds = ids(a);
        List<Long> bIds = ids(b);

        // a change inside b's steps: only b is linted again
        b.setContents(bytes(seed.replace("flio_try_get(", "folio_try_get(")), true, false, null);
        progress = new Progress();
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, progress);
        out.put("bodyEditProgress", progress.tasks);
        out.put("aMarkersKeptTheirIds", ids(a).equals(aIds));
        out.put("bMarkersReplaced", ids(b).stream().noneMatch(bIds::contains));
        out.put("bTypoGone", !rules(b).contains("unknown-function"));

        // b now traces the function a calls: a's findings depend on it, so a is linted again
        b.setContents(bytes(seed + "\n## soak_helper\n\n```sh\nsoak_helper(p)\n=> x = folio_try_get(p)\n=> return 0\n```\n"), true, false, null);
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        out.put("aMessagesOnceBTracesTheHelper", messages(a));

        // a cancelled build stops, and the next one lints what it did not
        a.setContents(bytes(CALLER.replace("```\n", "=> third = soak_third(x)\n```\n")), true, false, null);
        Progress cancelled = new Progress();
        cancelled.cancelOnLint = true;
        try {
            project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, cancelled);
            out.put("cancelled", "no: the build ran to its end");
        } catch (OperationCanceledException e) {
            out.put("cancelled", "yes, after " + cancelled.tasks);
        }
        out.put("aMessagesAfterCancel", messages(a));
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        out.put("aMessagesAfterNextBuild", messages(a));
        return out;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<IMarker> markers(IFile f) throws Exception {
        List<IMarker> out = new ArrayList<>(List.of(f.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)));
        out.sort(java.util.Comparator.comparingLong(IMarker::getId));
        return out;
    }

    private static List<Long> ids(IFile f) throws Exception {
        return markers(f).stream().map(IMarker::getId).toList();
    }

    private static List<String> rules(IFile f) throws Exception {
        List<String> out = new ArrayList<>();
        for (IMarker m : markers(f)) {
            out.add(m.getAttribute(TracenotesIds.RULE_ID, "?"));
        }
        return out.stream().sorted().toList();
    }

    private static List<String> messages(IFile f) throws Exception {
        List<String> out = new ArrayList<>();
        for (IMarker m : markers(f)) {
            String message = m.getAttribute(IMarker.MESSAGE, "");
            out.add(message.substring(0, Math.min(message.length(), 30)));
        }
        return out.stream().sorted().toList();
    }

    /** A monitor that records the tasks begun and the work done. */
    private static final class Progress extends NullProgressMonitor {
        final List<String> tasks = new ArrayList<>();
        int work;

        /** Cancels itself once the builder names its task. */
        boolean cancelOnLint;

        @Override
        public void beginTask(String name, int totalWork) {
            named(name);
        }

        @Override
        public void setTaskName(String name) {
            named(name);
        }

        @Override
        public void subTask(String name) {
            named(name);
        }

        private void named(String name) {
            if (name != null && !name.isEmpty()) {
                tasks.add(name);
                if (cancelOnLint && name.startsWith("Linting")) {
                    setCanceled(true);
                }
            }
        }

        @Override
        public void worked(int w) {
            work += w;
        }

        @Override
        public void internalWorked(double w) {
            work += (int) Math.round(w);
        }
    }
}
