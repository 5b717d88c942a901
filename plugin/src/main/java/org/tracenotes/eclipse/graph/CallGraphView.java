package org.tracenotes.eclipse.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.tracenotes.core.graph.CallGraph;
import org.tracenotes.core.graph.CallSite;
import org.tracenotes.core.graph.FunctionKind;
import org.tracenotes.core.graph.GraphLayout;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.ide.Navigation;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.ResultJob;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * "Call Graph": the call graph of the active note (with the project's other notes), laid out by core's
 * {@link GraphLayout} (ELK) and drawn on a canvas in the colours of {@code tracenotes graph --format svg};
 * the last run's calls are red. A click on a function opens its body.
 */
public final class CallGraphView extends ViewPart {

    public static final String ID = TracenotesIds.CALL_GRAPH_VIEW;

    private static final Map<FunctionKind, RGB[]> STYLE = Map.of(
            FunctionKind.TRACED, new RGB[] {new RGB(0xdb, 0xea, 0xfe), new RGB(0x1d, 0x4e, 0xd8)},
            FunctionKind.DECLARED, new RGB[] {new RGB(0xfe, 0xf9, 0xc3), new RGB(0xa1, 0x62, 0x07)},
            FunctionKind.MODEL, new RGB[] {new RGB(0xdc, 0xfc, 0xe7), new RGB(0x15, 0x80, 0x3d)},
            FunctionKind.UNKNOWN, new RGB[] {new RGB(0xf3, 0xf4, 0xf6), new RGB(0x6b, 0x72, 0x80)});
    private static final RGB MARKED = new RGB(0xdc, 0x26, 0x26);
    private static final RGB LINE = new RGB(0x37, 0x41, 0x51);

    private ScrolledComposite scroll;
    private Canvas canvas;
    private Font font;
    private NoteEditor editor;
    private GraphLayout layout;
    /** The drawing is scaled down to the view's width (never up), so that the whole graph shows. */
    private double scale = 1;

    private final IPartListener2 follow = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof NoteEditor e && e != editor) {
                show(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                editor = null;
                layout = null;
                setContentDescription("");
                if (!canvas.isDisposed()) {
                    canvas.redraw();
                }
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        scroll.setContent(canvas);
        FontData fd = new FontData("DejaVu Sans Mono", 10, SWT.NORMAL);
        font = new Font(canvas.getDisplay(), fd);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> open((int) (e.x / scale), (int) (e.y / scale)));
        scroll.addListener(SWT.Resize, e -> fit());
        getSite().getPage().addPartListener(follow);
        if (getSite().getPage().getActiveEditor() instanceof NoteEditor e) {
            show(e);
        }
    }

    /** The job family of layouts, for {@code IJobManager.join}. */
    public static final Object FAMILY = ID;

    /**
     * Draws the graph of {@code e}'s note, its last run's calls marked: the project's notes are loaded
     * and the graph laid out in a job, and the view drawn on the UI thread when it is done.
     */
    public void show(NoteEditor e) {
        this.editor = e;
        Note note = e.parsed().note();
        IFile file = e.file();
        LineCoverage run = e.coverage();
        Display display = canvas.getDisplay();
        Job job = new ResultJob("Laying out the call graph of " + e.getTitle(), FAMILY, display, monitor -> {
            List<Note> notes = new ArrayList<>();
            notes.add(note);
            if (file != null) {
                notes.addAll(ProjectNotes.others(file));
            }
            CallGraph graph = CallGraph.of(notes, ReferenceTraces::modelled);
            List<CallSite> marked = run == null ? List.of() : run.calls(graph, note.source());
            GraphLayout laidOut = GraphLayout.of(graph, marked);
            String description = note.source().replaceFirst(".*/", "") + ": " + graph.functions().size() + " functions"
                    + (marked.isEmpty() ? "" : ", " + marked.size() + " calls of the last run in red");
            return () -> {
                if (!canvas.isDisposed() && editor == e) {
                    layout = laidOut;
                    fit();
                    setContentDescription(description);
                }
            };
        });
        job.setSystem(true);
        job.schedule();
    }

    private void fit() {
        if (layout == null) {
            return;
        }
        int available = Math.max(200, scroll.getClientArea().width);
        scale = Math.min(1, available / layout.width());
        canvas.setSize((int) Math.ceil(layout.width() * scale), (int) Math.ceil(layout.height() * scale));
        canvas.redraw();
    }

    /** The functions drawn, those on the last run's path marked with {@code *}. */
    public List<String> functions() {
        return layout == null ? List.of()
                : layout.boxes().stream().map(b -> b.function() + (b.onPath() ? " *" : "")).toList();
    }

    private void paint(GC gc) {
        if (layout == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(font);
        org.eclipse.swt.graphics.Transform zoom = new org.eclipse.swt.graphics.Transform(gc.getDevice());
        zoom.scale((float) scale, (float) scale);
        gc.setTransform(zoom);
        try {
            draw(gc);
        } finally {
            gc.setTransform(null);
            zoom.dispose();
        }
    }

    private void draw(GC gc) {
        for (GraphLayout.Arrow a : layout.arrows()) {
            double[] p = a.points();
            if (p.length < 4) {
                continue;
            }
            Color c = new Color(a.marked() ? MARKED : LINE);
            gc.setForeground(c);
            gc.setBackground(c);
            gc.setLineWidth(a.marked() ? 3 : 1);
            gc.setLineStyle(a.indirect() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            int[] ints = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                ints[i] = (int) Math.round(p[i]);
            }
            gc.drawPolyline(ints);
            arrowHead(gc, p[p.length - 4], p[p.length - 3], p[p.length - 2], p[p.length - 1]);
            if (a.count() > 1) {
                gc.drawString("×" + a.count(), ints[ints.length - 2] + 4, ints[ints.length - 1] - 22, true);
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        for (GraphLayout.Box b : layout.boxes()) {
            RGB[] style = STYLE.get(b.kind());
            gc.setBackground(new Color(style[0]));
            gc.setForeground(new Color(b.onPath() ? MARKED : style[1]));
            gc.setLineWidth(b.onPath() ? 3 : b.kind() == FunctionKind.TRACED ? 2 : 1);
            gc.setLineStyle(b.kind() == FunctionKind.UNKNOWN || b.kind() == FunctionKind.DECLARED ? SWT.LINE_DASH : SWT.LINE_SOLID);
            int x = (int) b.x();
            int y = (int) b.y();
            int w = (int) b.width();
            int h = (int) b.height();
            gc.fillRoundRectangle(x, y, w, h, 10, 10);
            gc.drawRoundRectangle(x, y, w, h, 10, 10);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            var extent = gc.stringExtent(b.function());
            gc.drawString(b.function(), x + (w - extent.x) / 2, y + (h - extent.y) / 2, true);
        }
    }

    private static void arrowHead(GC gc, double x0, double y0, double x1, double y1) {
        double angle = Math.atan2(y1 - y0, x1 - x0);
        int[] head = new int[6];
        head[0] = (int) Math.round(x1);
        head[1] = (int) Math.round(y1);
        head[2] = (int) Math.round(x1 - 10 * Math.cos(angle - 0.4));
        head[3] = (int) Math.round(y1 - 10 * Math.sin(angle - 0.4));
        head[4] = (int) Math.round(x1 - 10 * Math.cos(angle + 0.4));
        head[5] = (int) Math.round(y1 - 10 * Math.sin(angle + 0.4));
        gc.fillPolygon(head);
    }

    private void open(int x, int y) {
        if (layout != null) {
            layout.boxAt(x, y).ifPresent(b -> open(b.function()));
        }
    }

    /** Opens the body of {@code function}, as a click on its box does; false when it has none to open. */
    public boolean open(String function) {
        if (editor == null || editor.getDocumentProvider() == null) {
            return false;
        }
        Navigation nav = editor.navigation();
        List<Navigation.Target> targets = nav.definitions(new Navigation.Symbol(function, SourceRange.at(0, 0, 0)));
        if (targets.isEmpty()) {
            return false;
        }
        NoteEditor from = editor;
        from.reveal(targets.get(0));
        return true;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(follow);
        if (font != null) {
            font.dispose();
        }
        super.dispose();
    }
}
