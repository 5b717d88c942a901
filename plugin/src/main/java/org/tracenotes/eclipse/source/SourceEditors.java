package org.tracenotes.eclipse.source;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.tracenotes.core.source.SourceFunction;

/**
 * Opens a definition of the source tree: a Java method through JDT's Java model in the workspace (its file in the
 * editor the IDE gives {@code .java} files, the Java editor in a Java IDE, with the method's name selected); anything
 * else, or a Java file outside every Java project, as its file at the line in a text editor.
 */
public final class SourceEditors {

    private SourceEditors() {
    }

    /** Opens {@code f}; returns the editor, or null when it could not be opened. */
    public static IEditorPart open(IWorkbenchPage page, SourceFunction f, String language) {
        try {
            if ("java".equals(language) && jdtAvailable()) {
                IEditorPart java = JavaElements.open(page, f);
                if (java != null) {
                    return java;
                }
            }
            return openAtLine(page, f.file(), f.startLine());
        } catch (PartInitException e) {
            org.tracenotes.eclipse.PluginLog.log(e);
            return null;
        }
    }

    /** Whether the IDE has the JDT core bundle (the plugin requires it optionally). */
    public static boolean jdtAvailable() {
        return Platform.getBundle("org.eclipse.jdt.core") != null;
    }

    /** The workspace file at a file-system path, if the workspace has one. */
    static Optional<IFile> workspaceFile(Path path) {
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri())) {
            if (f.exists()) {
                return Optional.of(f);
            }
        }
        IFile f = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
        return f != null && f.exists() ? Optional.of(f) : Optional.empty();
    }

    /** Opens a file (in the workspace or not) and puts the caret at the start of {@code line}. */
    public static IEditorPart openAtLine(IWorkbenchPage page, Path file, int line) throws PartInitException {
        Optional<IFile> inWorkspace = workspaceFile(file);
        IEditorPart part = inWorkspace.isPresent() ? IDE.openEditor(page, inWorkspace.get())
                : IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
        if (part instanceof ITextEditor editor) {
            IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            try {
                editor.selectAndReveal(doc.getLineOffset(Math.max(0, line - 1)), 0);
            } catch (BadLocationException e) {
                // a file shorter than the index thought: left at its start
            }
        }
        return part;
    }
}
