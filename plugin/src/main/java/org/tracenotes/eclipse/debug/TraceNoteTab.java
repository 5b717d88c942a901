package org.tracenotes.eclipse.debug;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageKinds;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.run.NoteAnnotations;
import org.tracenotes.core.run.TraceRunner;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.run.NoteRuns;

/**
 * The "Trace Note" tab: the note (a workspace file), the traced function (empty: the note's first), the
 * scenario (the note's {@code @scenario}s, then the model's page kinds), given keys, forced branches and,
 * for debugging, whether to stop at the first step.
 */
public final class TraceNoteTab extends AbstractLaunchConfigurationTab {

    private Text note;
    private Combo trace;
    private Combo scenario;
    private Text given;
    private Text forces;
    private Button stopOnEntry;
    private String readNote;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        setControl(c);

        label(c, "&Note:");
        note = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(note);
        note.addModifyListener(e -> {
            refreshChoices();
            updateLaunchConfigurationDialog();
        });
        Button browse = createPushButton(c, "&Browse...", null);
        browse.addListener(SWT.Selection, e -> browse());

        label(c, "&Traced function:");
        trace = new Combo(c, SWT.DROP_DOWN);
        span(trace);
        trace.setToolTipText("Empty: the note's first traced function");
        trace.addModifyListener(e -> updateLaunchConfigurationDialog());

        label(c, "&Scenario:");
        scenario = new Combo(c, SWT.DROP_DOWN);
        span(scenario);
        scenario.setToolTipText("A scenario the note declares with ## @scenario, or a page kind of the model"
                + " (lru-anon, free-buddy, ...); empty: the given keys alone");
        scenario.addModifyListener(e -> updateLaunchConfigurationDialog());

        label(c, "&Given keys:");
        given = new Text(c, SWT.BORDER);
        span(given);
        given.setMessage("refcount=2, !mapped");
        given.setToolTipText("Applied after the scenario, comma-separated. Keys: " + String.join(" ", Given.KEYS));
        given.addModifyListener(e -> updateLaunchConfigurationDialog());

        label(c, "&Forced branches:");
        forces = new Text(c, SWT.BORDER);
        span(forces);
        forces.setMessage("86=taken, 91=not-taken");
        forces.setToolTipText("Branch lines (if / else-if / else / case) forced taken or not taken, comma-separated");
        forces.addModifyListener(e -> updateLaunchConfigurationDialog());

        new Label(c, SWT.NONE);
        stopOnEntry = new Button(c, SWT.CHECK);
        stopOnEntry.setText("Stop at the &first step (Debug)");
        span(stopOnEntry);
        stopOnEntry.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
    }

    private static void label(Composite c, String text) {
        new Label(c, SWT.NONE).setText(text);
    }

    private static void span(org.eclipse.swt.widgets.Control control) {
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(control);
    }

    private void browse() {
        FilteredResourcesSelectionDialog d = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        d.setTitle("Choose a Note");
        d.setInitialPattern("*.md");
        if (d.open() == FilteredResourcesSelectionDialog.OK && d.getFirstResult() instanceof IFile f) {
            note.setText(f.getFullPath().toPortableString());
        }
    }

    /** The traced functions and scenarios of the note named, once per note. */
    private void refreshChoices() {
        String path = note.getText().strip();
        if (path.equals(readNote)) {
            return;
        }
        readNote = path;
        List<String> traces = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        IFile file = file(path);
        if (file != null) {
            try {
                Note n = ProjectNotes.parse(file, ProjectNotes.read(file));
                for (Root r : TraceRunner.tracedRoots(n)) {
                    traces.add(r.name());
                }
                for (NoteAnnotations.Declared d : new NoteAnnotations(n).scenarios()) {
                    scenarios.add(d.scenario().name());
                }
            } catch (CoreException e) {
                // an unreadable note offers no choices
                org.tracenotes.eclipse.PluginLog.log(e);
            }
        }
        scenarios.addAll(PageKinds.ALL.keySet());
        setItems(trace, traces);
        setItems(scenario, scenarios);
    }

    private static void setItems(Combo combo, List<String> items) {
        String text = combo.getText();
        combo.setItems(items.toArray(String[]::new));
        combo.setText(text);
    }

    private static IFile file(String path) {
        if (path.isEmpty()) {
            return null;
        }
        try {
            IFile f = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
            return f.exists() ? f : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        IFile file = selectedFile();
        new LaunchSettings(file == null ? "" : file.getFullPath().toPortableString(), "", NoteRuns.DEFAULT_SCENARIO, "", "", false)
                .writeTo(configuration);
        if (file != null) {
            configuration.setMappedResources(new IResource[] {file});
        }
    }

    /** The file of the active editor or the selection, when the dialog opens on a new configuration. */
    private static IFile selectedFile() {
        IWorkbenchWindow w = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        if (page == null) {
            return null;
        }
        if (page.getSelection() instanceof IStructuredSelection s && s.size() == 1) {
            IFile f = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (f != null) {
                return f;
            }
        }
        IEditorPart editor = page.getActiveEditor();
        return editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            LaunchSettings s = LaunchSettings.of(configuration);
            note.setText(s.note());
            refreshChoices();
            trace.setText(s.trace());
            scenario.setText(s.scenario());
            given.setText(s.given());
            forces.setText(s.forces());
            stopOnEntry.setSelection(s.stopOnEntry());
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    /** The settings as the controls show them. */
    LaunchSettings settings() {
        return new LaunchSettings(note.getText(), trace.getText(), scenario.getText(), given.getText(), forces.getText(),
                stopOnEntry.getSelection());
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        LaunchSettings s = settings();
        s.writeTo(configuration);
        IFile f = file(s.note());
        configuration.setMappedResources(f == null ? null : new IResource[] {f});
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        LaunchSettings s = settings();
        String problem = s.problem();
        if (problem == null && file(s.note()) == null) {
            problem = "The note " + s.note() + " is not a file of the workspace";
        }
        setErrorMessage(problem);
        return problem == null;
    }

    @Override
    public String getName() {
        return "Trace Note";
    }
}
