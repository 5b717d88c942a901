package org.tracenotes.eclipse.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.tracenotes.core.ide.Highlights;

/**
 * Hands the presentation reconciler the ranges core's {@link Highlights} computed for the whole
 * document, clipped to the range being repaired; the text between them gets the default colour.
 */
final class HighlightScanner implements ITokenScanner {

    /** The colours, one per highlight kind. */
    static final Map<Highlights.Kind, TextAttribute> STYLES = new EnumMap<>(Highlights.Kind.class);

    static {
        STYLES.put(Highlights.Kind.ARROW, new TextAttribute(color(200, 0, 0), null, SWT.BOLD));
        STYLES.put(Highlights.Kind.KEYWORD, new TextAttribute(color(127, 0, 85), null, SWT.BOLD));
        STYLES.put(Highlights.Kind.FUNCTION, new TextAttribute(color(0, 0, 192)));
        STYLES.put(Highlights.Kind.COMMENT, new TextAttribute(color(63, 127, 95)));
        STYLES.put(Highlights.Kind.ANNOTATION, new TextAttribute(color(100, 70, 160), null, SWT.BOLD));
        STYLES.put(Highlights.Kind.SKIPPED, new TextAttribute(color(128, 128, 128), null, SWT.ITALIC));
    }

    private static Color color(int r, int g, int b) {
        return new Color(new RGB(r, g, b));
    }

    private final Function<IDocument, List<Highlights.Highlight>> highlights;
    private final IToken plain = new Token(null);
    private List<Highlights.Highlight> list = List.of();
    private int index;
    private int position;
    private int end;
    private int tokenOffset;
    private int tokenLength;

    HighlightScanner(Function<IDocument, List<Highlights.Highlight>> highlights) {
        this.highlights = highlights;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        list = highlights.apply(document);
        position = offset;
        end = offset + length;
        index = 0;
        while (index < list.size() && list.get(index).end() <= offset) {
            index++;
        }
    }

    @Override
    public IToken nextToken() {
        if (position >= end) {
            return Token.EOF;
        }
        tokenOffset = position;
        if (index < list.size()) {
            Highlights.Highlight h = list.get(index);
            if (h.offset() <= position) {
                tokenLength = Math.min(h.end(), end) - position;
                position += tokenLength;
                index++;
                return new Token(STYLES.get(h.kind()));
            }
            tokenLength = Math.min(h.offset(), end) - position;
        } else {
            tokenLength = end - position;
        }
        position += tokenLength;
        return plain;
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }
}
