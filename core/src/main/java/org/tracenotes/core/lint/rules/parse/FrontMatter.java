package org.tracenotes.core.lint.rules.parse;

import java.util.Optional;
import org.tracenotes.core.lint.rules.ParserFinding;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: YAML front matter that is invalid or has unknown tracenotes keys; found by the parser while it reads the note. */
public final class FrontMatter extends ParserFinding {

    public static final String ID = "front-matter";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "YAML front matter that is invalid or has unknown tracenotes keys";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("---\ntracenotes:\n  colour: red\n---\n```\nf()\n=> a()\n```\n");
    }
}
