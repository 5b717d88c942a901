package org.tracenotes.eclipse.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.tracenotes.core.ide.Navigation;

/**
 * A Ctrl+click target of a note editor: the region of the name clicked, the text the link menu shows,
 * and what opening it does (a definition in a note or the reference traces, or a function in the
 * project's source tree).
 *
 * @param region the name's region in the document
 * @param text   the link's text in the menu
 * @param opener what opening it does
 */
public record NoteLink(IRegion region, String text, Runnable opener) implements IHyperlink {

    /** A definition of {@code name} core's {@link Navigation} found, opened in a note editor. */
    static NoteLink definition(NoteEditor editor, IRegion region, String name, Navigation.Target target) {
        String text = switch (target.where()) {
            case ROOT -> "Open the trace of " + name;
            case INLINE -> "Open " + name + " traced inline (line " + target.range().line() + ")";
            case REFERENCE -> "Open the Linux 6.6 reference trace of " + name;
            case DECLARED -> "Open the heading of " + name;
        };
        return new NoteLink(region, text, () -> editor.reveal(target));
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
        return text;
    }

    @Override
    public void open() {
        opener.run();
    }
}
