package org.tracenotes.core.lint.rules.calls;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.graph.CallCollector;
import org.tracenotes.core.graph.CallSite;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.SymbolIndex;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.KnownNames;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Fix;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.run.NoteAnnotations;

/**
 * {@value #ID}: a call of a function nothing loaded knows; a warning when there is evidence (a likely typo,
 * or a symbol index that lacks it), info otherwise. The fix of a likely typo is the name it is near. With a
 * source tree, {@code not-in-source} stands for it.
 */
public final class UnknownFunction extends DefinedRule {

    public static final String ID = "unknown-function";

    public UnknownFunction() {
        super(ID, Severity.WARNING, "a call no loaded note traces, the page model does not know and the symbol index lacks",
                "```\nf(page)\n=> folio_try_gte(page)\n=> return 0\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        if (context.checksSource()) {
            return;
        }
        Note note = context.note();
        KnownNames known = context.known();
        SymbolIndex symbols = known.symbols();
        Set<String> reported = new LinkedHashSet<>();
        for (CallSite site : CallCollector.of(note)) {
            String f = site.callee();
            if (site.kind() == CallSite.Kind.INDIRECT || known.traced().contains(f) || ReferenceTraces.modelled(f)
                    || symbols != null && symbols.names().contains(f)
                    || !reported.add(f + "@" + site.range().line())) {
                continue;
            }
            List<String> near = known.typoOf(f);
            boolean evidence = !near.isEmpty() || symbols != null;
            String where = "not traced in a loaded note, not in the " + NoteAnnotations.DEFAULT_MODEL + " model"
                    + (symbols != null ? ", not in the " + symbols.origin() : "");
            String hint;
            if (!near.isEmpty()) {
                hint = "; did you mean `" + near.get(0) + "`?";
            } else {
                List<String> other = known.nearbyOf(f);
                hint = (other.isEmpty() ? "" : "; a note traces `" + other.get(0) + "`")
                        + (symbols == null ? " (give --symbols or --source to check it against a tree)" : "");
            }
            String message = "unknown function `" + f + "`: " + where + hint;
            List<Fix> fix = near.isEmpty() || !note.text().startsWith(f, site.range().offset()) ? List.of()
                    : List.of(new Fix("Change to `" + near.get(0) + "`", site.range().offset(), f, near.get(0)));
            out.add(new Diagnostic(ID, evidence ? Severity.WARNING : Severity.INFO, message,
                    site.range(), fix));
        }
    }
}
