package org.tracenotes.eclipse.debug;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.ForcePlan;
import org.tracenotes.core.run.NoteAnnotations;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;
import org.tracenotes.eclipse.run.NoteRuns;

/**
 * Run As / Debug As › Trace Note on a note file or a note editor: launches the note's configuration for
 * that traced function, made the first time with the editor's last scenario, else the note's first
 * {@code @scenario}, else {@code lru-anon}; afterwards Run › Run Configurations… edits it.
 */
public final class TraceNoteLaunchShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        IFile file = fileOf(selection);
        if (file != null) {
            launch(file, null, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = fileOf(editor);
        if (file != null) {
            launch(file, editor instanceof NoteEditor n ? n : null, mode);
        }
    }

    /** Launches the configuration of {@code file} (and the traced function at the editor's caret) in {@code mode}. */
    public ILaunchConfiguration launch(IFile file, NoteEditor editor, String mode) {
        try {
            ILaunchConfiguration config = configuration(file, editor);
            DebugUITools.launch(config, mode);
            return config;
        } catch (CoreException e) {
            DebugPlugin.log(e);
            return null;
        }
    }

    /** The existing configuration of this note and traced function, or a new one saved for it. */
    public static ILaunchConfiguration configuration(IFile file, NoteEditor editor) throws CoreException {
        String trace = "";
        String scenario = null;
        Note note = null;
        if (editor != null) {
            note = editor.parsed().note(); // the reconciler's last parse: the UI thread does not parse
            String at = ForcePlan.traceAt(note, editor.caretLine()).orElse(null);
            var roots = org.tracenotes.core.run.TraceRunner.tracedRoots(note);
            String first = roots.isEmpty() ? null : roots.get(0).name();
            trace = at == null || at.equals(first) ? "" : at;
            scenario = editor.lastScenario();
        }
        List<ILaunchConfiguration> existing = existing(file, trace);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        if (scenario == null) {
            if (note == null) {
                note = ProjectNotes.parse(file, ProjectNotes.read(file));
            }
            var declared = new NoteAnnotations(note).scenarios();
            scenario = declared.isEmpty() ? NoteRuns.DEFAULT_SCENARIO : declared.get(0).scenario().name();
        }
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TracenotesIds.LAUNCH_TYPE);
        String name = manager.generateLaunchConfigurationName(file.getName() + (trace.isEmpty() ? "" : " " + trace));
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, name);
        new LaunchSettings(file.getFullPath().toPortableString(), trace, scenario, "", "", false).writeTo(wc);
        wc.setMappedResources(new IResource[] {file});
        return wc.doSave();
    }

    private static List<ILaunchConfiguration> existing(IFile file, String trace) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TracenotesIds.LAUNCH_TYPE);
        List<ILaunchConfiguration> out = new ArrayList<>();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            LaunchSettings s = LaunchSettings.of(c);
            if (s.note().equals(file.getFullPath().toPortableString()) && s.trace().equals(trace)) {
                out.add(c);
            }
        }
        return out;
    }

    private static IFile fileOf(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1) {
            return Adapters.adapt(s.getFirstElement(), IFile.class);
        }
        return null;
    }

    private static IFile fileOf(IEditorPart editor) {
        if (editor instanceof NoteEditor n) {
            return n.file();
        }
        return editor != null && editor.getEditorInput() instanceof IFileEditorInput in ? in.getFile() : null;
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return configurations(fileOf(selection));
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return configurations(fileOf(editor));
    }

    private static ILaunchConfiguration[] configurations(IFile file) {
        if (file == null) {
            return null;
        }
        try {
            ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
            List<ILaunchConfiguration> out = new ArrayList<>();
            for (ILaunchConfiguration c : manager.getLaunchConfigurations(manager.getLaunchConfigurationType(TracenotesIds.LAUNCH_TYPE))) {
                if (LaunchSettings.of(c).note().equals(file.getFullPath().toPortableString())) {
                    out.add(c);
                }
            }
            return out.toArray(ILaunchConfiguration[]::new);
        } catch (CoreException e) {
            org.tracenotes.eclipse.PluginLog.log(e);
            return null;
        }
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        return fileOf(selection);
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return fileOf(editor);
    }
}
