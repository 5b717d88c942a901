package org.tracenotes.eclipse.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.tracenotes.core.ide.Navigation;

/** Ctrl+click on a called function: to its root, its inline expansion, or the model's reference trace. */
final class NoteHyperlinkDetector extends AbstractHyperlinkDetector {

    private final NoteEditor editor;

    NoteHyperlinkDetector(NoteEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        Navigation nav = editor.navigation();
        return nav.symbolAt(region.getOffset()).map(symbol -> {
            var targets = nav.definitions(symbol);
            if (targets.isEmpty()) {
                return null;
            }
            IRegion at = new Region(symbol.range().offset(), symbol.range().endOffset() - symbol.range().offset());
            var links = targets.stream().limit(canShowMultipleHyperlinks ? targets.size() : 1)
                    .map(t -> (IHyperlink) new DefinitionLink(editor, at, symbol.name(), t)).toArray(IHyperlink[]::new);
            return links;
        }).orElse(null);
    }
}
