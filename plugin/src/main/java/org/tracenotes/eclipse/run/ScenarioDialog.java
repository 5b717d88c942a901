package org.tracenotes.eclipse.run;

import java.util.ArrayList;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageKinds;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.NoteAnnotations;

/** Picks a scenario: the note's own {@code @scenario}s first, then the model's page kinds; plus given keys. */
final class ScenarioDialog extends Dialog {

    private final java.util.List<String> names = new ArrayList<>();
    private final java.util.List<String> rows = new ArrayList<>();
    private final String initial;
    private List list;
    private Text givenText;
    private String scenario;
    private String given;

    ScenarioDialog(Shell parent, Note note, String initial) {
        super(parent);
        this.initial = initial;
        for (NoteAnnotations.Declared d : new NoteAnnotations(note).scenarios()) {
            names.add(d.scenario().name());
            rows.add(d.scenario().name() + "   (" + String.join(", ", d.scenario().assignments()) + ")   — this note");
        }
        PageKinds.ALL.forEach((kind, items) -> {
            names.add(kind);
            rows.add(kind + "   (" + String.join(", ", items) + ")   — page kind of the model");
        });
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Run Scenario");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.NONE).setText("Scenario (the starting state of the page):");
        list = new List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        rows.forEach(list::add);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 260).applyTo(list);
        int at = initial == null ? -1 : names.indexOf(initial);
        list.select(Math.max(0, at));
        new Label(area, SWT.NONE).setText("Given keys, applied after the scenario (comma-separated, e.g. refcount=2, !mapped):");
        givenText = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(givenText);
        givenText.setToolTipText("Keys: " + String.join(" ", Given.KEYS));
        return area;
    }

    @Override
    protected void okPressed() {
        int at = list.getSelectionIndex();
        scenario = at < 0 ? null : names.get(at);
        given = givenText.getText();
        super.okPressed();
    }

    String scenario() {
        return scenario;
    }

    String given() {
        return given;
    }
}
