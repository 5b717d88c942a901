package org.tracenotes.eclipse.inosgi;

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
        long deadline = System.currentTimeMillis() + 120_000;
        while (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getWorkbenchWindowCount() == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the workbench did not come up in 120 s");
            }
            Thread.sleep(250);
        }
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
        ui(() -> out.put("at 17 variables view", variablesView()));
        screenshot("5-debug-suspended-line-17.png");

        // F6: the platform's Step Over, on the frame the Debug view selected
        events.clear();
        ui(() -> execute("org.eclipse.debug.ui.commands.StepOver"));
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
        events.clear();
        ui(() -> execute(TracenotesIds.STEP_BACK));
        await(e -> e.getKind() == DebugEvent.SUSPEND && e.getSource() instanceof TraceThread);
        pause(1000);
        ui(() -> {
            out.put("after step back frames", frames(thread));
            out.put("after step back instruction pointer", annotationLines(a -> a.getType().startsWith("org.eclipse.debug.ui.currentIP")));
        });

        // F8: the platform's Resume, to the end of the run
        events.clear();
        ui(() -> execute("org.eclipse.debug.ui.commands.Resume"));
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
        while (System.currentTimeMillis() < until) {
            DebugEvent e = events.poll(250, TimeUnit.MILLISECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
        }
        throw new IllegalStateException("no such debug event in 60 s; so far: " + out);
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

    private interface UiWork {
        void run() throws Exception;
    }

    private static void ui(UiWork work) throws Exception {
        Exception[] failure = new Exception[1];
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            try {
                work.run();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Lets the UI thread paint for {@code ms}. */
    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
        Display d = PlatformUI.getWorkbench().getDisplay();
        d.syncExec(() -> {
            while (d.readAndDispatch()) {
                // drain
            }
        });
    }

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
