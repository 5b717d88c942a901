package org.tracenotes.core.lint.rules.runs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.run.Leniency;
import org.tracenotes.core.run.RunResult;

/**
 * {@value #ID}: a name the note's runs read without the function binding it (they took it from the caller,
 * the reference trace's initialiser, or nowhere), once per line and name, at the step of that line.
 */
public final class UnboundIdentifier extends DefinedRule {

    public static final String ID = "unbound-identifier";

    public UnboundIdentifier() {
        super(ID, Severity.INFO, "an identifier read but never bound in its function; runs take it from the caller or the reference trace",
                "```\nf(page)\n=> y = x + 1\n=> return y\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        Map<String, Diagnostic> lenient = new LinkedHashMap<>();
        for (RunResult res : context.runs()) {
            for (Leniency l : res.lenient()) {
                boolean unbound = switch (l.kind()) {
                    case "caller-variable", "reference-initialiser", "unbound-name" -> true;
                    default -> false;
                };
                if (!unbound || l.line() <= 0) {
                    continue;
                }
                lenient.putIfAbsent(ID + "\u0000" + l.line() + "\u0000" + l.what(),
                        new Diagnostic(ID, Severity.INFO, l.what(), SourceRange.at(l.line(), 1, -1)));
            }
        }
        if (lenient.isEmpty()) {
            return;
        }
        Map<Integer, SourceRange> stepRanges = new HashMap<>();
        for (Step s : context.note().steps()) {
            stepRanges.putIfAbsent(s.range().line(), s.range());
        }
        for (Diagnostic d : lenient.values()) {
            SourceRange at = stepRanges.getOrDefault(d.range().line(), d.range());
            out.add(d.at(at));
        }
    }
}
