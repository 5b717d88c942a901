package org.tracenotes.core.lint.rules.steps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/** {@value #ID}: an end-marker comment naming a function the steps around it are not in. */
public final class EndMarker extends DefinedRule {

    public static final String ID = "end-marker";

    private static final Pattern END_MARKER = Pattern.compile(
            "^(?:(?:end|END|End)\\s*(?:of\\s+)?[:：]?\\s*([A-Za-z_]\\w*)\\s*(?:\\(\\s*\\))?"
                    + "|([A-Za-z_]\\w*)\\s*(?:\\(\\s*\\))?\\s+(?:end|END|End)"
                    + "|(?:in|IN|In)\\s+([A-Za-z_]\\w*)\\s*(?:\\(\\s*\\))?)\\s*$");

    public EndMarker() {
        super(ID, Severity.WARNING, "an end-marker comment (`## END: f`, `## f end`, `## IN f`) that names a function it neither closes nor re-enters",
                "```\nf()\n=> g()\n   => h()\n   ## END: k\n```\n",
                null);
    }

    /** The functions whose bodies hold a step, innermost last. */
    private static void functionsOf(List<Step> steps, List<String> chain, List<Map.Entry<Step, List<String>>> out) {
        for (Step s : steps) {
            out.add(Map.entry(s, chain));
            List<String> inner = chain;
            Optional<String> f = s.expandedFunction();
            if (f.isPresent()) {
                inner = new ArrayList<>(chain);
                inner.add(f.get());
            }
            functionsOf(s.children(), inner, out);
            for (Step alt : s.alternatives()) {
                out.add(Map.entry(alt, chain));
                functionsOf(alt.children(), chain, out);
            }
        }
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (TraceBlock b : context.note().traceBlocks()) {
            // each step once, in tree order: a list, not a map keyed by steps (a record's hash walks its whole body)
            List<Map.Entry<Step, List<String>>> functions = new ArrayList<>();
            List<Comment> comments = new ArrayList<>(b.comments());
            for (Root r : b.roots()) {
                functionsOf(r.body(), List.of(r.name()), functions);
                comments.addAll(r.comments());
            }
            List<Map.Entry<Step, List<String>>> byLine = new ArrayList<>(functions);
            byLine.sort(Comparator.comparingInt(e -> e.getKey().range().line()));
            functions.forEach(e -> comments.addAll(e.getKey().comments()));
            for (Comment c : comments) {
                if (c.isAnnotation()) {
                    continue;
                }
                Matcher m = END_MARKER.matcher(c.text().strip());
                if (!m.matches()) {
                    continue;
                }
                String f = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                int line = c.range().line();
                List<String> before = List.of();
                List<String> after = List.of();
                for (Map.Entry<Step, List<String>> e : byLine) {
                    int l = e.getKey().range().line();
                    if (l <= line) {
                        before = e.getValue();
                    } else {
                        after = e.getValue();
                        break;
                    }
                }
                if (!before.contains(f) && !after.contains(f)) {
                    String inside = !before.isEmpty() ? before.get(before.size() - 1)
                            : !after.isEmpty() ? after.get(after.size() - 1) : "no function";
                    out.add(new Diagnostic(ID, Severity.WARNING, "`" + c.written() + "` names " + f
                            + ", but the steps around it are in " + inside, c.range()));
                }
            }
        }
    }
}
