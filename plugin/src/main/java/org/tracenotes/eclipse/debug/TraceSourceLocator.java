package org.tracenotes.eclipse.debug;

import java.nio.file.Path;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IStackFrame;
import org.tracenotes.eclipse.editor.ReferenceInput;

/**
 * Where a frame's lines are: the note file in the workspace (a file outside it by its path), or the
 * model's reference traces, opened read-only as the editor's links open them. The model presentation
 * turns what this finds into an editor input for the note editor, where the platform draws the
 * instruction pointer.
 */
public final class TraceSourceLocator implements ISourceLocator {

    @Override
    public Object getSourceElement(IStackFrame stackFrame) {
        if (!(stackFrame instanceof TraceStackFrame f)) {
            return null;
        }
        return sourceElement(f.source(), f.frame().reference());
    }

    /** The workspace file at {@code source}, a file-system store outside the workspace, or the reference traces. */
    public static Object sourceElement(String source, boolean reference) {
        if (reference) {
            return ReferenceInput.SOFT_OFFLINE_6_6;
        }
        try {
            Path path = Path.of(source);
            for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri())) {
                if (f.exists()) {
                    return f;
                }
            }
            return path.isAbsolute() ? EFS.getLocalFileSystem().getStore(path.toUri()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
