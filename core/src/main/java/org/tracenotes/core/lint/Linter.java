package org.tracenotes.core.lint;

import org.tracenotes.core.lint.rules.source.SourceComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.lint.rules.KnownNames;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.lint.rules.steps.AssignmentInCondition;
import org.tracenotes.core.lint.rules.steps.ElseStepArrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.run.NoteAnnotations;

/**
 * Lints one note, given everything else loaded with it: the other notes (a function traced anywhere is
 * known), the page model, a symbol index of real source, a source tree, and the config. It runs every
 * {@link LintRule} (each rule's check is its own class) and then applies the config's severities and the
 * note's {@code @lint-disable}s. Findings are {@link Diagnostic}s in source order; nothing is thrown for
 * bad input.
 */
public final class Linter {

    private final KnownNames known;
    private final SourceComparison source;

    /**
     * @param notes   every note loaded with the one linted (it included): a function traced or
     *                declared in any of them is known
     * @param symbols a symbol index of real source, or null
     * @param model   the page model's reference traces
     */
    public Linter(List<Note> notes, SymbolIndex symbols, ReferenceTraces model) {
        this(notes, symbols, null, model);
    }

    /**
     * @param source a source tree to check the notes' calls, conditions and branches against
     *               ({@link SourceComparison}), or null; with one, {@code not-in-source} stands for
     *               {@code unknown-function}
     */
    public Linter(List<Note> notes, SymbolIndex symbols, org.tracenotes.core.source.SourceIndex source,
                  ReferenceTraces model) {
        this.known = new KnownNames(notes, symbols, model);
        this.source = source == null ? null : new SourceComparison(source);
    }

    /** The findings for {@code note} under {@code config}, in source order. */
    public List<Diagnostic> lint(Note note, LintConfig config) {
        LintContext context = new LintContext(note, known, source);
        List<Diagnostic> raw = new ArrayList<>();
        for (Diagnostic d : note.diagnostics()) {
            if (LintRule.byId(d.ruleId()).isEmpty()) {
                raw.add(d); // a finding of no rule's, passed on as found
            }
        }
        for (LintRule rule : LintRule.values()) {
            rule.rule().check(context, raw);
        }
        return settle(context.annotations(), raw, config);
    }

    /** The rules a step's own text decides, which {@code fmt} fixes: else arrow, assignment in a condition. */
    public static void staticStepRules(Note note, Step s, List<Diagnostic> out) {
        ElseStepArrow.check(note, s, out);
        AssignmentInCondition.check(note, s, out);
    }

    // ---------------------------------------------------------------- config, disables, order

    /** Applies the config's severities and the note's {@code @lint-disable}s, and sorts. */
    private static List<Diagnostic> settle(NoteAnnotations annotations, List<Diagnostic> raw, LintConfig config) {
        List<int[]> regions = new ArrayList<>();
        List<Set<String>> regionRules = new ArrayList<>();
        disables(annotations, regions, regionRules);
        List<Diagnostic> out = new ArrayList<>();
        Set<String> unique = new LinkedHashSet<>();
        for (Diagnostic d : raw) {
            Optional<LintRule> rule = LintRule.byId(d.ruleId());
            Severity sev = d.severity();
            if (rule.isPresent()) {
                if (config.severities().containsKey(rule.get())) {
                    sev = config.severities().get(rule.get());
                    if (sev == null) {
                        continue;
                    }
                }
            }
            if (disabled(d, regions, regionRules)) {
                continue;
            }
            Diagnostic settled = d.withSeverity(sev);
            if (unique.add(settled.ruleId() + "\u0000" + settled.range().line() + "\u0000" + settled.range().column()
                    + "\u0000" + settled.message())) {
                out.add(settled);
            }
        }
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.range().line()).thenComparingInt(d -> d.range().column())
                .thenComparing(Diagnostic::ruleId));
        return out;
    }

    /** {@code ## @lint-disable [RULE, …]}: above a step, for that step and its body; above a root or a block, for the block. */
    private static void disables(NoteAnnotations a, List<int[]> regions, List<Set<String>> rules) {
        for (NoteAnnotations.Placed p : a.all()) {
            if (!p.annotation().word().equals("lint-disable")) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (String id : p.annotation().text().split("[,\\s]+")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
            int from;
            int to;
            if (p.step() != null) {
                from = Math.min(p.annotation().range().line(), p.step().range().line());
                to = lastLine(p.step());
            } else {
                from = p.block().range().line();
                to = p.block().range().endLine();
            }
            regions.add(new int[] {from, to});
            rules.add(ids);
        }
    }

    private static int lastLine(Step s) {
        int last = s.range().endLine();
        for (Comment c : s.comments()) {
            last = Math.max(last, c.range().endLine());
        }
        for (Step c : s.children()) {
            last = Math.max(last, lastLine(c));
        }
        for (Step alt : s.alternatives()) {
            last = Math.max(last, lastLine(alt));
        }
        return last;
    }

    private static boolean disabled(Diagnostic d, List<int[]> regions, List<Set<String>> rules) {
        int line = d.range().line();
        for (int i = 0; i < regions.size(); i++) {
            int[] r = regions.get(i);
            if (line >= r[0] && line <= r[1] && (rules.get(i).isEmpty() || rules.get(i).contains(d.ruleId()))) {
                return true;
            }
        }
        return false;
    }
}
