package org.tracenotes.eclipse.source;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PlatformUI;
import org.tracenotes.core.source.SourceFunction;

/** Ctrl+click on a call in a note: the callee's definition in the project's source tree. */
public final class SourceLink implements IHyperlink {

    private final IRegion region;
    private final SourceFunction function;
    private final String language;

    public SourceLink(IRegion region, SourceFunction function, String language) {
        this.region = region;
        this.function = function;
        this.language = language;
    }

    @Override
    public IRegion getHyperlinkRegion() {
        return region;
    }

    @Override
    public String getTypeLabel() {
        return null;
    }

    @Override
    public String getHyperlinkText() {
        return "Open the source of " + function.name() + " (" + function.file().getFileName() + ":" + function.startLine() + ")";
    }

    @Override
    public void open() {
        SourceEditors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), function, language);
    }
}
