package org.tracenotes.eclipse.source;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.tracenotes.core.source.NoteExtractor;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * "Generate Trace Note": core's {@link NoteExtractor} on a Java method (the Outline's or an explorer's selection, or
 * the method at the caret of a Java editor) or on the function name at the caret of a note (the project's source
 * tree, see {@link ProjectSource}); the note is written next to the project's files and opened.
 */
public final class GenerateNoteHandler extends AbstractHandler {

    /** What to extract: from which source folder, which function, into which project. */
    public record Request(Path source, String function, IProject project) { }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Optional<Request> request = request(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (request.isEmpty()) {
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Generate Trace Note",
                    "Select a Java method, or put the caret on a function name in a note of a project whose "
                            + ".tracenotes.yaml names its source (source: DIR).");
            return null;
        }
        try {
            IFile note = generate(request.get());
            IDE.openEditor(page, note);
        } catch (CoreException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Generate Trace Note", e.getStatus().getMessage());
        }
        return null;
    }

    /** The request a selection or the active editor makes, if any. */
    public static Optional<Request> request(ISelection selection, IEditorPart editor) {
        if (selection instanceof IStructuredSelection s && s.size() == 1 && SourceEditors.jdtAvailable()) {
            Optional<Request> r = JavaRequests.ofElement(s.getFirstElement());
            if (r.isPresent()) {
                return r;
            }
        }
        if (editor instanceof NoteEditor note && selection instanceof ITextSelection t && note.file() != null) {
            IFile file = note.file();
            Path path = ProjectNotes.pathOf(file).orElse(null);
            return note.navigation().symbolAt(t.getOffset()).flatMap(symbol ->
                    ProjectSource.folder(file.getProject(), path).map(src -> new Request(src, symbol.name(), file.getProject())));
        }
        if (editor != null && editor.getEditorInput() instanceof IFileEditorInput in && in.getFile().getName().endsWith(".java")
                && selection instanceof ITextSelection t && SourceEditors.jdtAvailable()) {
            return JavaRequests.atOffset(in.getFile(), t.getOffset());
        }
        return Optional.empty();
    }

    /** Extracts the request's function (callees one level deep) into a new note of its project. */
    public static IFile generate(Request request) throws CoreException {
        SourceIndex index = ProjectSource.index(request.source()).orElseThrow(() -> new CoreException(
                org.eclipse.core.runtime.Status.error(request.source() + ": no C or Java source tree to extract from")));
        NoteExtractor.Result r = NoteExtractor.extract(index, request.function(), 1);
        if (r instanceof NoteExtractor.Failed f) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(f.message()));
        }
        String text = ((NoteExtractor.Extracted) r).text();
        IFile note = freeFile(request.project(), fileName(request.function()));
        note.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return note;
    }

    /** {@code HashMap.putVal.md} for {@code java.util.HashMap.putVal(int,Object)}, {@code soft_offline_page.md} for C. */
    static String fileName(String function) {
        String name = function.contains("(") ? function.substring(0, function.indexOf('(')) : function;
        String[] parts = name.split("\\.");
        String shortName = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : name;
        return shortName.replaceAll("[^\\w.$-]", "_") + ".md";
    }

    private static IFile freeFile(IContainer project, String name) {
        IFile f = project.getFile(org.eclipse.core.runtime.IPath.fromOSString(name));
        String stem = name.substring(0, name.length() - 3);
        for (int i = 2; f.exists(); i++) {
            f = project.getFile(org.eclipse.core.runtime.IPath.fromOSString(stem + "-" + i + ".md"));
        }
        return f;
    }
}
