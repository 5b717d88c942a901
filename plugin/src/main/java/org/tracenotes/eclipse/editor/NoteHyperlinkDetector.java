package org.tracenotes.eclipse.editor;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.tracenotes.core.ide.Navigation;
import org.tracenotes.eclipse.source.SourceLinks;

/**
 * Ctrl+click on a called function: to its root, its inline expansion, the model's reference trace, or its definition
 * in the project's source tree. It reads the reconciler's last parse (on the UI thread it never parses nor reads a
 * config), and offers nothing while that parse is behind the text: the offsets would be off.
 */
final class NoteHyperlinkDetector extends AbstractHyperlinkDetector {

    private final NoteEditor editor;

    NoteHyperlinkDetector(NoteEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        ParsedNote parsed = editor.lastParse();
        if (parsed == null || !parsed.text().equals(viewer.getDocument().get())) {
            return null;
        }
        Navigation nav = parsed.navigation();
        return nav.symbolAt(region.getOffset()).map(symbol -> {
            IRegion at = new Region(symbol.range().offset(), symbol.range().endOffset() - symbol.range().offset());
            List<IHyperlink> links = new ArrayList<>();
            nav.definitions(symbol).forEach(t -> links.add(NoteLink.definition(editor, at, symbol.name(), t)));
            // then its definitions in the project's source tree (.tracenotes.yaml `source:`), C or Java
            links.addAll(SourceLinks.of(parsed.sourceIndex(), symbol.name(), at));
            if (links.isEmpty()) {
                return null;
            }
            return links.stream().limit(canShowMultipleHyperlinks ? links.size() : 1).toArray(IHyperlink[]::new);
        }).orElse(null);
    }
}
