package org.tracenotes.eclipse.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.IMethod;
import org.eclipse.jdt.core.IPackageFragmentRoot;
import org.eclipse.jdt.core.ISourceRange;
import org.eclipse.jdt.core.IType;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.JavaModelException;
import org.eclipse.jdt.core.Signature;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.tracenotes.core.source.SourceFunction;

/**
 * The only class of the plugin that names JDT's Java model; loaded only when the IDE has {@code org.eclipse.jdt.core}
 * ({@link SourceEditors#jdtAvailable()}).
 */
final class JavaElements {

    private JavaElements() {
    }

    /** Opens the workspace method {@code f} is, with its name selected; null when the workspace has no such method. */
    static IEditorPart open(IWorkbenchPage page, SourceFunction f) throws PartInitException {
        IFile file = SourceEditors.workspaceFile(f.file()).orElse(null);
        if (file == null || !(JavaCore.create(file) instanceof ICompilationUnit unit)) {
            return null;
        }
        try {
            IMethod method = method(unit, f).orElse(null);
            if (method == null) {
                return null;
            }
            IEditorPart part = IDE.openEditor(page, file);
            ISourceRange name = method.getNameRange();
            if (part instanceof ITextEditor editor && name != null) {
                editor.selectAndReveal(name.getOffset(), name.getLength());
            }
            return part;
        } catch (JavaModelException e) {
            org.tracenotes.eclipse.PluginLog.log(e);
            return null;
        }
    }

    /** The method of the unit whose declaration starts on {@code f}'s line and has its name. */
    private static Optional<IMethod> method(ICompilationUnit unit, SourceFunction f) throws JavaModelException {
        String name = f.name().substring(f.name().lastIndexOf('.') + 1);
        IDocument doc = new org.eclipse.jface.text.Document(unit.getSource());
        for (IType type : unit.getAllTypes()) {
            for (IMethod m : type.getMethods()) {
                if (m.getElementName().equals(name) && m.getNameRange() != null) {
                    try {
                        int line = doc.getLineOfOffset(m.getNameRange().getOffset()) + 1;
                        if (line >= f.startLine() && line <= f.endLine()) {
                            return Optional.of(m);
                        }
                    } catch (org.eclipse.jface.text.BadLocationException e) {
                        // stale source: try the next
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The method a selection holds (an Outline or explorer element), or null. */
    static IMethod method(Object selected) {
        if (selected instanceof IMethod m) {
            return m;
        }
        return selected instanceof IAdaptable a ? a.getAdapter(IMethod.class) : null;
    }

    /** The method at {@code offset} of a workspace Java file, or null. */
    static IMethod methodAt(IFile file, int offset) {
        try {
            if (JavaCore.create(file) instanceof ICompilationUnit unit) {
                IJavaElement e = unit.getElementAt(offset);
                while (e != null && !(e instanceof IMethod)) {
                    e = e.getParent();
                }
                return (IMethod) e;
            }
        } catch (JavaModelException e) {
            // not a compilable unit
        }
        return null;
    }

    /**
     * What {@code tracenotes extract} needs for a method: its source folder and its name
     * {@code pkg.Type.method(int,String)}; null when it has no source folder on disk.
     */
    static String[] extractable(IMethod m) {
        IJavaElement root = m.getAncestor(IJavaElement.PACKAGE_FRAGMENT_ROOT);
        if (!(root instanceof IPackageFragmentRoot r) || r.getResource() == null || r.getResource().getLocation() == null) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (String t : m.getParameterTypes()) {
            params.add(Signature.toString(Signature.getTypeErasure(t)));
        }
        String type = m.getDeclaringType().getFullyQualifiedName('.');
        return new String[] {r.getResource().getLocation().toOSString(),
                type + "." + m.getElementName() + "(" + String.join(",", params) + ")"};
    }
}
