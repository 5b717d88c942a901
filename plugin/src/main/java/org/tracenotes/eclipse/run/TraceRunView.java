package org.tracenotes.eclipse.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.explore.ExploredRun;
import org.tracenotes.core.explore.Violation;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.tracenotes.core.explore.Exploration;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TextRunReport;
import org.tracenotes.core.run.TraceRunner;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * "Trace Run": the last run as rows — what ran, the result, the final state, the reference ledger,
 * forced and elided lines, leniency, expectations, then each line of the path with its values.
 * Double-clicking a path row reveals its line in the editor.
 */
public final class TraceRunView extends ViewPart {

    /**
     * One row.
     *
     * @param item  the first column: a summary label or a line number
     * @param value the second column
     * @param line  the note line a path row stands for; 0 for summary rows
     */
    public record Row(String item, String value, int line) { }

    private static final Color FAILED = new Color(new RGB(180, 0, 0));

    private TableViewer viewer;
    private List<Row> rows = List.of();
    private NoteEditor editor;

    private final org.eclipse.ui.IPartListener2 closing = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partClosed(org.eclipse.ui.IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                editor = null;
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        getSite().getPage().addPartListener(closing);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Item", 110, r -> r.item());
        column("Value", 900, r -> r.value());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Row r
                    && r.line() > 0 && editor != null && editor.getDocumentProvider() != null) {
                try {
                    var doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
                    if (doc == null || r.line() > doc.getNumberOfLines()) {
                        return;
                    }
                    editor.selectAndReveal(doc.getLineOffset(r.line() - 1), 0);
                    editor.getSite().getPage().activate(editor);
                } catch (org.eclipse.jface.text.BadLocationException ex) {
                    // the note changed since the run
                }
            }
        });
        viewer.setInput(rows);
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                Row r = (Row) element;
                return r.value().contains("FAILED") || r.item().equals("error") ? FAILED : null;
            }
        });
    }

    /** Shows a run of {@code note} in {@code editor}. */
    public void show(NoteEditor editor, Note note, TraceRunner.Run run, LineCoverage coverage) {
        this.editor = editor;
        RunResult r = run.result();
        List<Row> out = new ArrayList<>();
        out.add(new Row("run", r.trace() + " · scenario " + r.scenario(), 0));
        for (TextRunReport.SummaryRow s : TextRunReport.summary(r)) {
            out.add(new Row(s.label(), s.value(), 0));
        }
        for (TextRunReport.PathRow p : TextRunReport.path(note, r, run.events())) {
            String how = switch (coverage.lines().getOrDefault(p.line(), LineCoverage.Status.RAN)) {
                case RAN -> "";
                case NOT_TAKEN -> "[not taken] ";
                case FORCED -> "[forced] ";
                case ELIDED -> "[elided] ";
                case STOPPED -> "[stopped] ";
                case VIOLATION -> "[violation] ";
            };
            out.add(new Row("line " + p.line(), how + p.text().strip()
                    + (p.notes().isEmpty() ? "" : "    # " + String.join("; ", p.notes())), p.line()));
        }
        setRows(out);
        setContentDescription(r.trace() + " on " + r.scenario() + ": " + out.get(1).value());
    }

    /** Shows an exploration: states and paths, invariant violations, divergences from the kernel by cause. */
    public void showExploration(NoteEditor editor, Exploration x) {
        this.editor = editor;
        List<Row> out = new ArrayList<>();
        List<Exploration.Path> paths = x.paths();
        out.add(new Row("explore", x.trace() + " · " + x.runs().size() + " states, " + paths.size() + " distinct paths", 0));
        out.add(new Row("invariants", x.checked() ? x.violations().size() + " violations" : "not checked for this function", 0));
        Map<String, List<Map.Entry<ExploredRun, Violation>>> byInvariant = new LinkedHashMap<>();
        for (var v : x.violations()) {
            byInvariant.computeIfAbsent(v.getValue().invariant().id(), k -> new ArrayList<>()).add(v);
        }
        byInvariant.forEach((id, vs) -> out.add(new Row("violation", id + ": " + vs.size() + " states, e.g. "
                + vs.get(0).getKey().start().describe() + ": " + vs.get(0).getValue().message()
                + " (line " + vs.get(0).getValue().line() + ")", vs.get(0).getValue().line())));
        for (var stopped : x.stopped()) {
            out.add(new Row("stopped", stopped.start().describe() + ": " + stopped.result().message(), stopped.result().line()));
        }
        if (x.compared()) {
            var causes = x.divergencesByCause();
            out.add(new Row("vs kernel", causes.isEmpty() ? "agrees with the Linux 6.6 reference trace on every state"
                    : causes.values().stream().mapToInt(List::size).sum() + " states diverge, " + causes.size() + " causes", 0));
            causes.forEach((cause, runs) -> out.add(new Row("diverges", cause + " (" + runs.size() + " states, e.g. "
                    + runs.get(0).start().describe() + ": " + runs.get(0).divergence().difference() + ")",
                    lineOf(cause))));
        }
        int n = 1;
        for (Exploration.Path p : paths) {
            var r = p.example();
            out.add(new Row("path " + n++, r.result().outcome().id() + (r.result().result() == null ? ""
                    : " " + new org.tracenotes.core.kernel.Value.Int(r.result().result())) + " on " + r.start().describe()
                    + (p.states() > 1 ? " (+" + (p.states() - 1) + " more states)" : ""), 0));
        }
        setRows(out);
        setContentDescription("Explored " + x.trace() + ": " + out.get(0).value());
    }

    private static int lineOf(String cause) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+):").matcher(cause);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Shows why a run could not be carried out. */
    public void showInvalid(String message) {
        setRows(List.of(new Row("error", message, 0)));
        setContentDescription("The run could not be carried out");
    }

    private void setRows(List<Row> rows) {
        this.rows = List.copyOf(rows);
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(this.rows);
        }
    }

    /** The rows shown. */
    public List<Row> rows() {
        return rows;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(closing);
        super.dispose();
    }
}
