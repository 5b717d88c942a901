package org.tracenotes.core.model;

import java.util.List;

/**
 * A traced function: the root line of a trace and the steps below it.
 *
 * @param kind        how the root was written
 * @param name        the function's name (for prose roots, the text)
 * @param parameters  parameter names from a call/signature or prototype root, else empty
 * @param text        the root line as written, comments removed
 * @param indent      the root line's column after tabs are expanded, relative to the fence
 * @param range       the root line, or where an implied root would stand
 * @param body        the steps
 * @param comments    comments on and above the root line
 * @param annotations annotations among them ({@code ## @sig f(a, b)})
 */
public record Root(
        RootKind kind,
        String name,
        List<String> parameters,
        String text,
        int indent,
        SourceRange range,
        List<Step> body,
        List<Comment> comments,
        List<Annotation> annotations) {

    public Root {
        parameters = List.copyOf(parameters);
        body = List.copyOf(body);
        comments = List.copyOf(comments);
        annotations = List.copyOf(annotations);
    }

    /**
     * Whether this root names a function: not a line of prose, and not an implied root that no
     * heading names (those are called {@code (implied)} and would otherwise merge across blocks).
     */
    public boolean definesFunction() {
        return kind != RootKind.PROSE && !(kind == RootKind.IMPLIED && !Note.isIdentifier(name));
    }

    /**
     * Where the function's name stands in the note's {@code text} (a UTF-16 offset), or -1 when this
     * root names no function or its name is not on its line.
     */
    public int nameOffset(String text) {
        if (!definesFunction() || name.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(name, range.offset());
        return at >= 0 && at < range.endOffset() ? at : -1;
    }

    /** {@code name(a, b)}, or the name alone when it has no parameters. */
    public String signature() {
        return kind == RootKind.CALL || kind == RootKind.PROTOTYPE
                ? name + "(" + String.join(", ", parameters) + ")"
                : name;
    }
}
