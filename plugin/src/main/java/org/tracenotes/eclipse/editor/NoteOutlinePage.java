package org.tracenotes.eclipse.editor;

import java.util.List;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.tracenotes.core.ide.OutlineTree;
import org.tracenotes.core.model.Note;

/** The Outline view of a note: core's {@link OutlineTree}; selecting a node reveals its line. */
public final class NoteOutlinePage extends ContentOutlinePage {

    private final NoteEditor editor;

    NoteOutlinePage(NoteEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return ((OutlineTree.Node) element).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineTree.Node) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label((OutlineTree.Node) element);
            }
        });
        viewer.addSelectionChangedListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof OutlineTree.Node n) {
                editor.selectAndReveal(n.range().offset(), 0);
            }
        });
        setNote(editor.note());
    }

    /** How the outline writes a node: {@code ƒ} marks a traced function, {@code ◇} a branch. */
    public static String label(OutlineTree.Node n) {
        return switch (n.kind()) {
            case FUNCTION, EXPANSION -> "ƒ " + n.label();
            case CALL -> n.label() + "()";
            case BRANCH -> "◇ " + n.label();
        };
    }

    void setNote(Note note) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(OutlineTree.of(note));
        if (expanded.length == 0) {
            viewer.expandToLevel(3);
        }
    }

    /** The labels of every node, depth first, for tests. */
    public List<String> labels() {
        java.util.List<String> out = new java.util.ArrayList<>();
        collect(OutlineTree.of(editor.note()), out);
        return out;
    }

    private static void collect(List<OutlineTree.Node> nodes, List<String> out) {
        for (OutlineTree.Node n : nodes) {
            out.add(label(n));
            collect(n.children(), out);
        }
    }

    @Override
    public void dispose() {
        editor.outlineDisposed();
        super.dispose();
    }
}
