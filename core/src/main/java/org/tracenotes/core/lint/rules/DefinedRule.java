package org.tracenotes.core.lint.rules;

import java.util.Optional;
import org.tracenotes.core.model.Severity;

/** A rule's metadata as its class declares it in its constructor; the class adds the check. */
public abstract class DefinedRule implements Rule {

    private final String id;
    private final Severity severity;
    private final String description;
    private final Optional<String> example;
    private final Optional<String> fixLabel;

    /**
     * @param example  a note that shows a finding of the rule, or null when a note alone cannot
     * @param fixLabel what the rule's fix does, or null when it has no fix
     */
    protected DefinedRule(String id, Severity severity, String description, String example, String fixLabel) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.example = Optional.ofNullable(example);
        this.fixLabel = Optional.ofNullable(fixLabel);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Optional<String> example() {
        return example;
    }

    @Override
    public final Optional<String> fixLabel() {
        return fixLabel;
    }
}
