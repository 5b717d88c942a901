package org.tracenotes.eclipse.inosgi;

import static org.tracenotes.eclipse.inosgi.UiThread.pause;
import static org.tracenotes.eclipse.inosgi.UiThread.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.ExpressionConverter;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.debug.TraceDebugTarget;
import org.tracenotes.eclipse.debug.TraceLineBreakpoint;
import org.tracenotes.eclipse.debug.TraceStackFrame;
import org.tracenotes.eclipse.debug.TraceThread;
import org.tracenotes.eclipse.debug.TraceVariable;
import org.tracenotes.eclipse.editor.NoteEditor;
import org.tracenotes.eclipse.run.TraceRunView;

/**
 * Inside the running IDE workbench: the seed in a project, a breakpoint set by double-clicking the note
 * editor's ruler on line 17, Debug As › Trace Note (the launch shortcut of plugin.xml) on scenario lru-anon,
 * then the platform's Step Over, the plugin's Step Back, the platform's Resume to the end, and Run As ›
 * Trace Note; it reports what the Debug view, the editor, the Variables view and the Console show.
 */
public class DebugScenario implements Callable<Map<String, Object>>, Runnable {

    private final Map<String, Object> out = new LinkedHashMap<>();
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir"));
    private final BlockingQueue<DebugEvent> events = new LinkedBlockingQueue<>();
    private final IDebugEventSetListener listener = set -> {
        for (DebugEvent e : set) {
            events.add(e);
        }
    };
    private IFile note;
    private NoteEditor editor;
    private TraceDebugTarget target;

    @Override
    public Map<String, Object> call() throws Exception {
        UiThread.awaitWorkbench();
        IProject project = NotesProject.create("kernel-notes");
        note = project.getFile("soft-offline.md");
        note.create(new ByteArrayInputStream(Files.readAllBytes(Path.of(System.getProperty("samples.dir"), "soft-offline.md"))),
                true, null);
        IFile plain = project.getFile("readme.txt");
        plain.create(new ByteArrayInputStream("not a note\n".getBytes(StandardCharsets.UTF_8)), true, null);
        // as a user who ticked "remember my decision" when asked to open the Debug perspective
        DebugUITools.getPreferenceStore().setValue(IDebugUIConstants.PLUGIN_ID + ".switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue(IDebugUIConstants.PLUGIN_ID + ".switch_to_perspective", "always");
        DebugPlugin.getDefault().addDebugEventListener(listener);

        ILaunchShortcut shortcut = shortcut();
        out.put("debugAs seed", enabled(note));
        out.put("debugAs readme.txt", enabled(plain));

        ui(() -> {
            IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            w.getShell().setBounds(0, 0, 1600, 1000);
            editor = (NoteEditor) IDE.openEditor(w.getActivePage(), note);
            doubleClickRuler(17);
        });
        pause(300);
        ui(() -> {
            List<String> breakpoints = new ArrayList<>();
            for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(TracenotesIds.DEBUG_MODEL)) {
                breakpoints.add(b.getClass().getSimpleName() + " " + b.getMarker().getResource().getName() + ":"
                        + b.getMarker().getAttribute(IMarker.LINE_NUMBER, -1) + " " + b.getMarker().getType());
            }
            out.put("breakpoints", breakpoints);
            out.put("breakpoint annotations", annotationLines(a -> a.getType().equals("org.eclipse.debug.core.breakpoint")));
            out.put("ruler menu", rulerMenu());
        });

        long t0 = System.nanoTime();
        ui(() -> shortcut.launch(editor, "debug"));
        DebugEvent suspended = await(e -> e.getKind() == DebugEvent.SUSPEND && e.getSource() instanceof TraceThread);
        out.put("launch to suspend ms", (System.nanoTime() - t0) / 1_000_000);
        out.put("suspend detail", suspended.getDetail() == DebugEvent.BREAKPOINT ? "breakpoint" : suspended.getDetail());
        TraceThread thread = (TraceThread) suspended.getSource();
        target = (TraceDebugTarget) thread.getDebugTarget();
        ILaunchConfiguration config = target.getLaunch().getLaunchConfiguration();
        out.put("configuration", config.getName() + " " + config.getType().getName() + " scenario "
                + config.getAttribute("org.tracenotes.eclipse.launch.scenario", "?"));
        pause(2500);
        ui(() -> {
            out.put("at 17 perspective", page().getPerspective().getId());
            out.put("at 17 thread", DebugUITools.newDebugModelPresentation().getText(thread));
            out.put("at 17 frames", frames(thread));
            out.put("at 17 breakpoints hit", List.of(thread.getBreakpoints()).stream()
                    .map(b -> b.getMarker().getAttribute(IMarker.LINE_NUMBER, -1)).toList());
            out.put("at 17 debug view selection", debugViewSelection());
            IEditorPart active = page().getActiveEditor();
            out.put("at 17 editor", active.getTitle() + " / " + active.getClass().getSimpleName());
            out.put("at 17 instruction pointer", annotationLines(a -> a.getType().startsWith("org.eclipse.debug.ui.currentIP")));
            out.put("at 17 model variables", variables(thread.frames().get(0).variables()));
            expandInVariablesView("page");
        });
        pause(1500);
        // the view fills its tree asynchronously: under load the first expansion can come before the rows
        for (int i = 0; i < 20 && !expanded(); i++) {
            ui(() -> expandInVariablesView("page"));
            pause(500);
        }
        ui(() -> out.put("at 17 variables view", variablesView()));
        screenshot("5-debug-suspended-line-17.png");

        // F6: the platform's Step Over, on the frame the Debug view selected
        out.put("step over enabled at 17", waitEnabled("org.eclipse.debug.ui.commands.StepOver"));
        out.put("step over presses", press("org.eclipse.debug.ui.commands.StepOver"));
        await(e -> e.getKind() == DebugEvent.SUSPEND && e.getSource() instanceof TraceThread);
        pause(1500);
        ui(() -> {
            out.put("after step over frames", frames(thread));
            out.put("after step over instruction pointer", annotationLines(a -> a.getType().startsWith("org.eclipse.debug.ui.currentIP")));
            out.put("after step over model variables", variables(thread.frames().get(0).variables()));
            List<String> changed = new ArrayList<>();
            collectChanged(thread.frames().get(0).variables(), "", changed);
            out.put("after step over changed", changed);
            out.put("step back enabled", commandEnabled(TracenotesIds.STEP_BACK));
        });
        ui(() -> out.put("after step over variables view", variablesView()));
        screenshot("6-debug-after-step-over.png");

        // the plugin's Step Back, as the Debug view's toolbar runs it
        out.put("step back presses", press(TracenotesIds.STEP_BACK));
        await(e -> e.getKind() == DebugEvent.SUSPEND && e.getSource() instanceof TraceThread);
        pause(1000);
        ui(() -> {
            out.put("after step back frames", frames(thread));
            out.put("after step back instruction pointer", annotationLines(a -> a.getType().startsWith("org.eclipse.debug.ui.currentIP")));
        });

        // F8: the platform's Resume, to the end of the run (once the toolbar has enabled it again)
        out.put("resume enabled after step back", waitEnabled("org.eclipse.debug.ui.commands.Resume"));
        out.put("resume presses", press("org.eclipse.debug.ui.commands.Resume"));
        await(e -> e.getKind() == DebugEvent.TERMINATE && e.getSource() == target);
        pause(1500);
        ui(() -> {
            out.put("end terminated", target.isTerminated() + " launch " + target.getLaunch().isTerminated());
            try {
                out.put("end exit value", target.getProcess().getExitValue());
            } catch (org.eclipse.debug.core.DebugException e) {
                out.put("end exit value", e.getMessage());
            }
            out.put("end console", target.process().output());
            out.put("end instruction pointer", annotationLines(a -> a.getType().startsWith("org.eclipse.debug.ui.currentIP")));
        });
        screenshot("7-debug-run-ended.png");

        // Run As › Trace Note: the same configuration in run mode, shown in the Trace Run view
        ui(() -> {
            page().activate(editor);
            shortcut.launch(editor, "run");
        });
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until && runRows().isEmpty()) {
            pause(250);
        }
        ui(() -> {
            out.put("run rows", runRows());
            out.put("run annotations", editor.coverageAnnotations().size());
            out.put("configurations", List.of(DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(
                    DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TracenotesIds.LAUNCH_TYPE)))
                    .stream().map(ILaunchConfiguration::getName).toList());
        });

        // Debug Configurations…: the Trace Note tab shows the configuration the shortcut made
        ui(() -> {
            var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            ILaunchConfiguration made = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(
                    DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TracenotesIds.LAUNCH_TYPE))[0];
            Display.getCurrent().asyncExec(() -> DebugUITools.openLaunchConfigurationDialogOnGroup(shell,
                    new org.eclipse.jface.viewers.StructuredSelection(made), IDebugUIConstants.ID_DEBUG_LAUNCH_GROUP));
        });
        pause(3000);
        org.eclipse.swt.widgets.Shell[] dialog = new org.eclipse.swt.widgets.Shell[1];
        ui(() -> {
            for (org.eclipse.swt.widgets.Shell sh : Display.getCurrent().getShells()) {
                if (sh.isVisible() && sh.getText().contains("Configurations")) {
                    dialog[0] = sh;
                }
            }
            if (dialog[0] != null) {
                out.put("dialog", dialog[0].getText());
                Map<String, String> fields = new LinkedHashMap<>();
                List<String> tabs = new ArrayList<>();
                fields(dialog[0], fields, tabs, new String[1]);
                out.put("dialog fields", fields);
                out.put("dialog tabs", tabs);
            }
        });
        screenshot("8-debug-configurations.png");
        ui(() -> {
            if (dialog[0] != null) {
                dialog[0].close();
            }
        });
        pause(500);

        // the breakpoint disabled in the Breakpoints view's way: Debug As runs to the end without stopping
        TraceLineBreakpoint breakpoint = (TraceLineBreakpoint) DebugPlugin.getDefault().getBreakpointManager()
                .getBreakpoints(TracenotesIds.DEBUG_MODEL)[0];
        breakpoint.setEnabled(false);
        events.clear();
        ui(() -> shortcut.launch(editor, "debug"));
        DebugEvent end = await(e -> e.getKind() == DebugEvent.TERMINATE && e.getSource() instanceof TraceDebugTarget);
        List<DebugEvent> between = new ArrayList<>(events);
        TraceDebugTarget second = (TraceDebugTarget) end.getSource();
        out.put("disabled breakpoint suspends", between.stream().filter(e -> e.getKind() == DebugEvent.SUSPEND).count()
                + " before; exit " + second.getProcess().getExitValue());
        DebugPlugin.getDefault().removeDebugEventListener(listener);
        return out;
    }

    // ---------------------------------------------------------------- what the test does as a user

    /** The "Trace Note" launch shortcut, as Run As / Debug As create it from plugin.xml. */
    private static ILaunchShortcut shortcut() throws Exception {
        return (ILaunchShortcut) shortcutElement().createExecutableExtension("class");
    }

    private static IConfigurationElement shortcutElement() {
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.debug.ui.launchShortcuts")) {
            if (TracenotesIds.LAUNCH_SHORTCUT.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new IllegalStateException("no launch shortcut " + TracenotesIds.LAUNCH_SHORTCUT);
    }

    /** Whether Run As / Debug As offer "Trace Note" for {@code file}: the shortcut's contextual enablement. */
    private static boolean enabled(IFile file) throws Exception {
        IConfigurationElement enablement = shortcutElement().getChildren("contextualLaunch")[0].getChildren("enablement")[0];
        EvaluationContext context = new EvaluationContext(null, List.of(file));
        context.addVariable("selection", List.of(file));
        return ExpressionConverter.getDefault().perform(enablement).evaluate(context) == EvaluationResult.TRUE;
    }

    /** A double-click in the editor's ruler, beside {@code line} (1-based): SWT events to the ruler's first column. */
    private void doubleClickRuler(int line) {
        StyledText text = (StyledText) editor.getAdapter(Control.class);
        IVerticalRulerInfo ruler = editor.getAdapter(IVerticalRulerInfo.class);
        Control column = ((Composite) ruler.getControl()).getChildren()[0];
        editor.selectAndReveal(0, 0);
        int y = text.getLinePixel(line - 1) + text.getLineHeight() / 2;
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp, SWT.MouseDown, SWT.MouseDoubleClick, SWT.MouseUp}) {
            Event e = new Event();
            e.type = type;
            e.button = 1;
            e.x = 4;
            e.y = y;
            e.count = type == SWT.MouseDoubleClick ? 2 : 1;
            column.notifyListeners(type, e);
        }
        out.put("ruler line clicked", ruler.getLineOfLastMouseButtonActivity() + 1);
    }

    /** The note editor's ruler context menu, as a right-click in the ruler fills it: the ids and labels of its actions. */
    private List<String> rulerMenu() throws Exception {
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        java.lang.reflect.Method fill = org.eclipse.ui.texteditor.AbstractTextEditor.class
                .getDeclaredMethod("rulerContextMenuAboutToShow", org.eclipse.jface.action.IMenuManager.class);
        fill.setAccessible(true);
        fill.invoke(editor, menu);
        List<String> items = new ArrayList<>();
        for (var item : menu.getItems()) {
            if (item instanceof org.eclipse.jface.action.ActionContributionItem a) {
                items.add(a.getAction().getText() + (a.getAction().isEnabled() ? "" : " (disabled)"));
            }
        }
        menu.dispose();
        return items;
    }

    /** The launch tab's fields (a label ending in ':' and the text or combo after it) and the tab folders' tabs. */
    private static void fields(Control c, Map<String, String> out, List<String> tabs, String[] label) {
        if (c instanceof org.eclipse.swt.widgets.Label l && l.getText().endsWith(":")) {
            label[0] = l.getText().replace("&", "");
        } else if (c instanceof org.eclipse.swt.widgets.Text t && label[0] != null && c.isVisible()) {
            out.putIfAbsent(label[0], t.getText());
            label[0] = null;
        } else if (c instanceof org.eclipse.swt.widgets.Combo combo && label[0] != null && c.isVisible()) {
            out.putIfAbsent(label[0], combo.getText() + " " + List.of(combo.getItems()));
            label[0] = null;
        } else if (c instanceof org.eclipse.swt.widgets.Button b && (b.getStyle() & SWT.CHECK) != 0 && c.isVisible()
                && b.getText().contains("first step")) {
            out.put(b.getText().replace("&", ""), String.valueOf(b.getSelection()));
        }
        if (c instanceof org.eclipse.swt.custom.CTabFolder f) {
            for (var item : f.getItems()) {
                tabs.add(item.getText());
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                fields(child, out, tabs, label);
            }
        }
    }

    private static void execute(String commandId) throws Exception {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Command command = w.getService(ICommandService.class).getCommand(commandId);
        w.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, Map.of()), null);
    }

    private static boolean commandEnabled(String commandId) {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return w.getService(ICommandService.class).getCommand(commandId).isEnabled();
    }

    private DebugEvent await(Predicate<DebugEvent> wanted) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        List<String> seen = new ArrayList<>();
        while (System.currentTimeMillis() < until) {
            DebugEvent e = events.poll(250, TimeUnit.MILLISECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
            if (e != null) {
                seen.add(e.getKind() + "/" + e.getDetail() + " " + e.getSource().getClass().getSimpleName());
            }
        }
        StringBuilder jobs = new StringBuilder();
        for (var j : org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)) {
            jobs.append("\n  job ").append(j.getName()).append(" state ").append(j.getState()).append(" rule ").append(j.getRule())
                    .append(" thread ").append(j.getThread());
        }
        for (var t : Thread.getAllStackTraces().entrySet()) {
            if (t.getKey().getName().startsWith("Worker") || t.getKey().getName().startsWith("tracenotes")) {
                jobs.append("\n  thread ").append(t.getKey().getName()).append(" ").append(t.getKey().getState());
                for (var f : t.getValue()) {
                    jobs.append("\n    at ").append(f);
                }
            }
        }
        try {
            ui(() -> System.err.println("[diag] at failure: Resume enabled " + commandEnabled("org.eclipse.debug.ui.commands.Resume")
                    + ", Step Over enabled " + commandEnabled("org.eclipse.debug.ui.commands.StepOver")
                    + ", target can resume " + (target != null && target.canResume()) + ", context " + DebugUITools.getDebugContext()));
        } catch (Exception x) {
            System.err.println("[diag] " + x);
        }
        System.err.println("[diag] " + jobs);
        throw new IllegalStateException("no such debug event in 60 s; events " + seen + "; target "
                + (target == null ? null : "suspended " + target.isSuspended() + " terminated " + target.isTerminated())
                + "; so far: " + out.keySet());
    }

    /**
     * Runs a debug command as its toolbar button does, with the workbench window active, until the run
     * resumes: how many presses it took. Under Xvfb, with no window manager, the platform's debug command
     * handlers now and then find no active window or a stale enablement and do nothing, silently; a user
     * presses again, and so does this.
     */
    private int press(String commandId) throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            events.clear();
            ui(() -> {
                PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().forceActive();
                execute(commandId);
            });
            long until = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < until) {
                DebugEvent e = events.peek();
                if (e == null) {
                    Thread.sleep(50);
                } else if (e.getKind() == DebugEvent.RESUME && e.getSource() instanceof TraceThread) {
                    return attempt;
                } else {
                    events.poll();
                }
            }
        }
        throw new IllegalStateException(commandId + " did not resume the run in three presses");
    }

    /** Waits until a command is enabled, as its toolbar button would be; how long it took, or "never". */
    private static String waitEnabled(String commandId) throws Exception {
        long t0 = System.currentTimeMillis();
        boolean[] on = new boolean[1];
        while (System.currentTimeMillis() - t0 < 10_000) {
            ui(() -> on[0] = commandEnabled(commandId));
            if (on[0]) {
                return (System.currentTimeMillis() - t0) + " ms";
            }
            pause(100);
        }
        return "never";
    }

    // ---------------------------------------------------------------- what the IDE shows

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static List<String> frames(TraceThread thread) {
        return thread.frames().stream().map(f -> f.getName() + ":" + f.getLineNumber()).toList();
    }

    private static List<String> variables(List<TraceVariable> vs) {
        List<String> out = new ArrayList<>();
        for (TraceVariable v : vs) {
            out.add(v.getName() + " = " + v.value().getValueString()
                    + (v.value().children().isEmpty() ? "" : " " + variables(v.value().children())));
        }
        return out;
    }

    private static void collectChanged(List<TraceVariable> vs, String prefix, List<String> out) {
        for (TraceVariable v : vs) {
            if (v.hasValueChanged()) {
                out.add(prefix + v.getName() + " = " + v.value().getValueString());
            }
            collectChanged(v.value().children(), prefix + v.getName() + ".", out);
        }
    }

    private static String debugViewSelection() {
        IDebugView view = (IDebugView) page().findView(IDebugUIConstants.ID_DEBUG_VIEW);
        if (view == null) {
            return "no Debug view";
        }
        Object first = view.getViewer().getSelection() instanceof IStructuredSelection s ? s.getFirstElement() : null;
        return first instanceof TraceStackFrame f ? "frame " + f.getName() + ":" + f.getLineNumber() : String.valueOf(first);
    }

    /** Whether the Variables view shows a child row (the page expanded). */
    private static boolean expanded() throws Exception {
        boolean[] out = {false};
        ui(() -> out[0] = variablesView().stream().anyMatch(r -> r.startsWith("  ")));
        return out[0];
    }

    /** Expands a top-level variable in the Variables view, as a click on its arrow does. */
    private static void expandInVariablesView(String name) throws Exception {
        IDebugView view = (IDebugView) page().findView(IDebugUIConstants.ID_VARIABLE_VIEW);
        Object selected = DebugUITools.getDebugContext();
        if (view == null || !(selected instanceof TraceStackFrame f)) {
            return;
        }
        for (TraceVariable v : f.variables()) {
            if (v.getName().equals(name)) {
                view.getViewer().getClass().getMethod("expandToLevel", Object.class, int.class)
                        .invoke(view.getViewer(), new TreePath(new Object[] {v}), 1);
            }
        }
    }

    /** The rows the Variables view shows: name = value, children indented. */
    private static List<String> variablesView() {
        IDebugView view = (IDebugView) page().findView(IDebugUIConstants.ID_VARIABLE_VIEW);
        List<String> rows = new ArrayList<>();
        if (view != null && view.getViewer().getControl() instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                row(tree, item, "", rows);
            }
        }
        return rows;
    }

    private static void row(Tree tree, TreeItem item, String indent, List<String> rows) {
        String name = item.getText(0);
        String value = tree.getColumnCount() > 1 ? item.getText(1) : "";
        rows.add(indent + name + (value.isEmpty() ? "" : " = " + value));
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                row(tree, child, indent + "  ", rows);
            }
        }
    }

    /** The lines of the note editor's annotations of a kind. */
    private List<Integer> annotationLines(Predicate<Annotation> kind) throws Exception {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        List<Integer> lines = new ArrayList<>();
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            Position p = model.getPosition(a);
            if (kind.test(a) && p != null && !p.isDeleted()) {
                lines.add(doc.getLineOfOffset(p.getOffset()) + 1);
            }
        }
        lines.sort(null);
        return lines;
    }

    private List<String> runRows() throws Exception {
        List<String> rows = new ArrayList<>();
        ui(() -> {
            if (page().findView(TracenotesIds.TRACE_RUN_VIEW) instanceof TraceRunView view) {
                for (TraceRunView.Row r : view.rows()) {
                    rows.add(r.item() + " | " + r.value());
                }
            }
        });
        return rows;
    }

    // ---------------------------------------------------------------- plumbing

    private void screenshot(String name) throws Exception {
        Files.createDirectories(screenshots);
        Path png = screenshots.resolve(name);
        Process p = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
        out.put("screenshot " + name, p.waitFor() == 0 && Files.size(png) > 0 ? png.toString() : "failed");
    }

    /** Closes the workbench, which ends the IDE application. */
    @Override
    public void run() {
        if (target != null && !target.isTerminated()) {
            target.terminate();
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
