package org.tracenotes.core.lint.rules.parse;

import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: YAML front matter that is invalid or has unknown tracenotes keys; found by the parser while it reads the note. */
public final class FrontMatter extends ParserFinding {

    public static final String ID = "front-matter";

    public FrontMatter() {
        super(ID, Severity.WARNING, "YAML front matter that is invalid or has unknown tracenotes keys",
                "---\ntracenotes:\n  colour: red\n---\n```\nf()\n=> a()\n```\n",
                null);
    }
}
