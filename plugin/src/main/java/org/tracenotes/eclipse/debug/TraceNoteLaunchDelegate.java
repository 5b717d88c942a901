package org.tracenotes.eclipse.debug;

import java.util.List;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tracenotes.core.debug.TraceSession;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.TraceRunner;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;
import org.tracenotes.eclipse.run.NoteRuns;

/**
 * Launches a "Trace Note" configuration. Run: runs the trace as Run Scenario does, colouring the note in
 * its editor and filling the Trace Run view. Debug: opens core's {@link TraceSession} on the note (as the
 * editor holds it, saved or not) and makes it a debug target with one thread, whose stops the Debug
 * perspective shows. A request core refuses (no such trace, scenario, key or branch line) fails the launch
 * with core's message.
 */
public final class TraceNoteLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        LaunchSettings settings = LaunchSettings.of(configuration);
        if (settings.problem() != null) {
            throw error(settings.problem());
        }
        IFile file = noteFile(settings);
        if (ILaunchManager.DEBUG_MODE.equals(mode)) {
            debug(settings, file, launch);
        } else {
            run(settings, file);
        }
    }

    /** The workspace file the settings name. */
    static IFile noteFile(LaunchSettings settings) throws CoreException {
        IFile file;
        try {
            file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(settings.note()));
        } catch (IllegalArgumentException e) {
            throw error("The note `" + settings.note() + "` is not a workspace file path");
        }
        if (!file.exists()) {
            throw error("The note " + settings.note() + " does not exist in the workspace");
        }
        return file;
    }

    private static void run(LaunchSettings settings, IFile file) throws CoreException {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display == null) {
            throw error("Run mode shows the run in the workbench, which is not running");
        }
        CoreException[] failure = new CoreException[1];
        display.syncExec(() -> {
            try {
                IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (w == null) {
                    w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
                }
                IWorkbenchPage page = w.getActivePage();
                IEditorPart part = IDE.openEditor(page, file, TracenotesIds.EDITOR);
                if (!(part instanceof NoteEditor editor)) {
                    throw error(file.getName() + " did not open in the Tracenotes editor");
                }
                TraceRunner.Request r = settings.request();
                NoteRuns.run(editor, r.trace(), r.scenario(), r.given(), r.forces());
            } catch (CoreException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void debug(LaunchSettings settings, IFile file, ILaunch launch) throws CoreException {
        Note note = ProjectNotes.parse(file, text(file));
        List<Note> others = ProjectNotes.others(file);
        TraceProcess process = new TraceProcess(launch, file.getName() + " · " + (settings.scenario().isEmpty()
                ? "given keys" : settings.scenario()));
        TraceSession.Opening opening = TraceSession.open(note, others, ReferenceTraces.softOffline66(), settings.request(),
                TraceDebugTarget.output(process));
        if (opening instanceof TraceSession.Refused refused) {
            throw error(refused.message());
        }
        TraceSession session = ((TraceSession.Opened) opening).session();
        launch.setSourceLocator(new TraceSourceLocator());
        TraceDebugTarget target = new TraceDebugTarget(launch, session, process);
        launch.addProcess(process);
        launch.addDebugTarget(target);
        target.start(settings.stopOnEntry());
    }

    /** The note's text: an open editor's document (saved or not), else the file's content. */
    private static String text(IFile file) throws CoreException {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        return buffer != null ? buffer.getDocument().get() : ProjectNotes.read(file);
    }

    /** No build before a launch: a run reads the note, not build output. */
    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    static CoreException error(String message) {
        return new CoreException(Status.error(message));
    }
}
