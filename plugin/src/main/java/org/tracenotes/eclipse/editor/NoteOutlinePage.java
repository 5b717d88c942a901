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
        ParsedNote parsed = editor.lastParse(); // else the reconciler's first parse fills it
        if (parsed != null) {
            setOutline(parsed.outline());
        }
    }

    /** How the outline writes a node: {@code ƒ} marks a traced function, {@code ◇} a branch. */
    public static String label(OutlineTree.Node n) {
        return switch (n.kind()) {
            case FUNCTION, EXPANSION -> "ƒ " + n.label();
            case CALL -> n.label() + "()";
            case BRANCH -> "◇ " + n.label();
        };
    }

    /** Shows the outline of a parse (made off the UI thread), keeping open what was open; an unchanged outline is left alone. */
    void setOutline(List<OutlineTree.Node> roots) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || roots.equals(viewer.getInput())) {
            return;
        }
        boolean first = viewer.getInput() == null;
        java.util.Set<String> open = new java.util.HashSet<>();
        if (!first) {
            java.util.Set<Object> expanded = new java.util.HashSet<>(List.of(viewer.getExpandedElements()));
            @SuppressWarnings("unchecked")
            List<OutlineTree.Node> before = (List<OutlineTree.Node>) viewer.getInput();
            walk(before, "", (n, path) -> {
                if (expanded.contains(n)) {
                    open.add(path);
                }
            });
        }
        viewer.getControl().setRedraw(false); // one repaint, not one per node expanded again
        try {
            show(viewer, roots, first, open);
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    private static void show(TreeViewer viewer, List<OutlineTree.Node> roots, boolean first, java.util.Set<String> open) {
        viewer.setInput(roots);
        if (first) {
            viewer.expandToLevel(3);
        } else {
            // the nodes are new values after every edit: keep open what was open, by kind and label
            java.util.List<Object> again = new java.util.ArrayList<>();
            walk(roots, "", (n, path) -> {
                if (open.contains(path)) {
                    again.add(n);
                }
            });
            viewer.setExpandedElements(again.toArray());
        }
    }

    /**
     * Where a node stands, independent of its line: the path of kinds and labels from the root, each
     * with its rank among same-labelled siblings. It survives edits that move lines.
     */
    private static java.util.Map<OutlineTree.Node, String> paths(List<OutlineTree.Node> nodes, String parent) {
        java.util.Map<OutlineTree.Node, String> out = new java.util.IdentityHashMap<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (OutlineTree.Node n : nodes) {
            String key = n.kind() + " " + n.label();
            out.put(n, parent + "/" + key + "#" + seen.merge(key, 1, Integer::sum));
        }
        return out;
    }

    /** Visits every node below {@code nodes} with its path, depth first. */
    private static void walk(List<OutlineTree.Node> nodes, String parent,
                             java.util.function.BiConsumer<OutlineTree.Node, String> visit) {
        paths(nodes, parent).forEach((n, path) -> {
            visit.accept(n, path);
            walk(n.children(), path, visit);
        });
    }

    /** How many nodes are expanded, for tests. */
    public int expandedCount() {
        return getTreeViewer() == null ? 0 : getTreeViewer().getExpandedElements().length;
    }

    /** The labels of every node, depth first, for tests. */
    public List<String> labels() {
        java.util.List<String> out = new java.util.ArrayList<>();
        collect(editor.parsed().outline(), out);
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
