package org.tracenotes.eclipse.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.tracenotes.core.ide.Navigation;

/** One definition of a function, opened in a note editor. */
final class DefinitionLink implements IHyperlink {

    private final NoteEditor editor;
    private final IRegion region;
    private final String name;
    private final Navigation.Target target;

    DefinitionLink(NoteEditor editor, IRegion region, String name, Navigation.Target target) {
        this.editor = editor;
        this.region = region;
        this.name = name;
        this.target = target;
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
        return switch (target.where()) {
            case ROOT -> "Open the trace of " + name;
            case INLINE -> "Open " + name + " traced inline (line " + target.range().line() + ")";
            case REFERENCE -> "Open the Linux 6.6 reference trace of " + name;
            case DECLARED -> "Open the heading of " + name;
        };
    }

    @Override
    public void open() {
        editor.reveal(target);
    }
}
