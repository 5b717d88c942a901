package org.tracenotes.core.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.graph.CallCollector;
import org.tracenotes.core.graph.CallSite;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.kernel.Scenario;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Fix;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.FunctionDef;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.run.ExpectationResult;
import org.tracenotes.core.run.Leniency;
import org.tracenotes.core.run.NoteAnnotations;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.RunOutcome;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TraceRunner;

/**
 * The lint rules over one note, given everything else loaded with it: the other notes (a function
 * traced anywhere is known), the page model, a symbol index of real source, and the config. Rules
 * that need to run the note (leniency, expectations) run it with the interpreter. Findings are
 * {@link Diagnostic}s in source order; nothing is thrown for bad input.
 */
public final class Linter {

    /** Starting states a note without scenarios is run on to find its leniency: a free page and an in-use one. */
    private static final List<List<String>> PROBE_STATES = List.of(List.of("buddy"),
            List.of("lru", "anon", "mapped", "refcount=1"));
    private static final int LINT_STEP_BUDGET = 20_000;

    private static final Pattern END_MARKER = Pattern.compile(
            "^(?:(?:end|END|End)\\s*(?:of\\s+)?[:：]?\\s*([A-Za-z_]\\w*)\\s*(?:\\(\\s*\\))?"
                    + "|([A-Za-z_]\\w*)\\s*(?:\\(\\s*\\))?\\s+(?:end|END|End)"
                    + "|(?:in|IN|In)\\s+([A-Za-z_]\\w*)\\s*(?:\\(\\s*\\))?)\\s*$");

    private final Set<String> traced;
    /** Parameter names of functions traced as roots in the loaded notes. */
    private final Map<String, List<String>> rootParameters = new HashMap<>();
    private final SymbolIndex symbols;
    private final SourceChecks sourceChecks;
    private final ReferenceTraces model;
    /** Names known to be real: the model's and the symbol index's. A typo is suggested only among these. */
    private final Set<String> curated;

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
     *               ({@link SourceChecks}), or null; with one, {@code not-in-source} stands for
     *               {@code unknown-function}
     */
    public Linter(List<Note> notes, SymbolIndex symbols, org.tracenotes.core.source.SourceIndex source,
                  ReferenceTraces model) {
        this.symbols = symbols;
        this.sourceChecks = source == null ? null : new SourceChecks(source);
        this.model = model;
        this.traced = new LinkedHashSet<>();
        for (Note n : notes) {
            for (FunctionDef f : n.functions()) {
                traced.add(f.name());
                if (f.origin() == FunctionDef.Origin.ROOT && !f.parameters().isEmpty()) {
                    rootParameters.putIfAbsent(f.name(), f.parameters());
                }
            }
        }
        curated = new LinkedHashSet<>(org.tracenotes.core.kernel.Primitives.names());
        curated.addAll(model.functions());
        if (symbols != null) {
            curated.addAll(symbols.names());
        }
    }

    /** The findings for {@code note} under {@code config}, in source order. */
    public List<Diagnostic> lint(Note note, LintConfig config) {
        List<Diagnostic> raw = new ArrayList<>();
        for (Diagnostic d : note.diagnostics()) {
            raw.add(d);
        }
        NoteAnnotations annotations = new NoteAnnotations(note);
        Map<String, List<String>> sigs = annotations.signatures();
        for (Step s : note.steps()) {
            omittedArguments(s, sigs, raw);
            staticStepRules(note, s, raw);
            elidedWithoutReturns(s, annotations, raw);
        }
        if (sourceChecks != null) {
            sourceChecks.check(note, raw);
        } else {
            unknownFunctions(note, raw);
        }
        endMarkers(note, raw);
        unreachable(note, raw);
        indentation(note, raw);
        annotationRules(note, annotations, raw);
        emptyBlocks(note, raw);
        runRules(note, annotations, raw);
        return settle(annotations, raw, config);
    }

    // ---------------------------------------------------------------- syntax-level rules

    private static Dialect dialectOf(Note note, Step s) {
        for (Section section : note.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof TraceBlock b && b.range().line() <= s.range().line()
                        && s.range().line() <= b.range().endLine()) {
                    return b.dialect();
                }
            }
        }
        return Dialect.SEED;
    }

    /** A call with fewer arguments than its signature (the note's @sig, a root, the reference, a primitive). */
    private void omittedArguments(Step s, Map<String, List<String>> sigs, List<Diagnostic> out) {
        if (s.expression() == null) {
            return;
        }
        List<Expr> todo = new ArrayList<>(List.of(s.expression()));
        while (!todo.isEmpty()) {
            Expr e = todo.remove(todo.size() - 1);
            todo.addAll(Expr.children(e));
            if (!(e instanceof Expr.Call c) || !(c.callee() instanceof Expr.Name n)) {
                continue;
            }
            List<String> params = sigs.get(n.name());
            if (params == null) {
                params = rootParameters.get(n.name());
            }
            if (params == null) {
                params = model.function(n.name()).map(Root::parameters).orElse(null);
            }
            if (params == null) {
                params = org.tracenotes.core.kernel.Primitives.find(n.name())
                        .filter(p -> p.kind() == org.tracenotes.core.kernel.Primitives.Kind.MODEL)
                        .map(org.tracenotes.core.kernel.Primitives.Primitive::parameters).orElse(null);
            }
            long given = c.arguments().stream().filter(a -> !(a instanceof Expr.Omitted)).count();
            if (params != null && given < params.size() && c.arguments().stream().noneMatch(a -> a instanceof Expr.Ellipsis)) {
                List<String> missing = params.subList((int) Math.min(given, params.size()), params.size());
                out.add(new Diagnostic(LintRule.OMITTED_ARGUMENT.id(), Severity.INFO, "`" + n.name() + "()` is called without `"
                        + String.join("`, `", missing) + "`; runs take the caller's variable of that name", c.range()));
            }
        }
    }

    /** The rules a step's own text decides, which {@code fmt} fixes: else arrow, assignment in a condition. */
    public static void staticStepRules(Note note, Step s, List<Diagnostic> out) {
        elseArrow(note, s, out);
        assignmentInCondition(note, s, out);
    }

    private static void elseArrow(Note note, Step s, List<Diagnostic> out) {
        if ((s.kind() == StepKind.ELSE || s.kind() == StepKind.ELSE_IF) && s.role() == StepRole.ALTERNATIVE
                && s.arrow() == Arrow.STEP && dialectOf(note, s) == Dialect.SEED) {
            int at = s.range().offset();
            List<Fix> fix = note.text().startsWith("=>", at)
                    ? List.of(new Fix("Change `=>` to `->` (an alternative of the if above)", at, "=>", "->")) : List.of();
            out.add(new Diagnostic(LintRule.ELSE_STEP_ARROW.id(), Severity.WARNING, "`=> " + s.text()
                    + "` is an alternative of the if above, written with the step arrow; write `-> " + s.text() + "`",
                    s.range(), fix));
        }
    }

    private static void assignmentInCondition(Note note, Step s, List<Diagnostic> out) {
        if ((s.kind() == StepKind.IF || s.kind() == StepKind.ELSE_IF || s.kind() == StepKind.LOOP)
                && s.expression() instanceof Expr.Assign a && a.op().equals("=")) {
            // a chain (`if a = b = c`) has no safe fix: which `=` was meant is not known
            int eq = a.value() instanceof Expr.Assign ? -1
                    : NoteFormatter.assignmentOperator(note.text(), a.target().range().endOffset(), a.value().range().offset());
            List<Fix> fix = eq < 0 ? List.of() : List.of(new Fix("Change `=` to `==` (compare)", eq, "=", "=="));
            out.add(new Diagnostic(LintRule.ASSIGNMENT_IN_CONDITION.id(), Severity.WARNING, "`" + s.text()
                    + "` assigns and tests the value; to compare, write `==`", s.range(), fix));
        }
    }

    private static void elidedWithoutReturns(Step s, NoteAnnotations annotations, List<Diagnostic> out) {
        boolean arm = s.kind() == StepKind.IF || s.kind() == StepKind.ELSE_IF || s.kind() == StepKind.ELSE
                || s.kind() == StepKind.CASE;
        if (!arm || !s.elided()) {
            return;
        }
        boolean effect = annotations.on(s).stream().anyMatch(p -> p.annotation().word().equals("returns")
                || p.annotation().word().equals("assume"));
        if (!effect) {
            out.add(new Diagnostic(LintRule.ELIDED_WITHOUT_RETURNS.id(), Severity.INFO, "`" + s.text()
                    + "` is elided; runs pass through it without its effect (add `## @returns EXPR` or `## @assume EXPR`)",
                    s.range()));
        }
    }

    private final Map<String, List<String>> typos = new HashMap<>();

    /**
     * A name the model or the symbol index knows, one edit away (two for names of 8 or more
     * characters), differing inside the name — not by a prefix or suffix, since {@code __f} and
     * {@code f}, {@code f64} and {@code f} are usually different kernel functions: a likely typo.
     */
    private List<String> typoOf(String name) {
        return typos.computeIfAbsent(name, n -> n.length() < 4 ? List.of()
                : Suggestions.nearest(n, sameEnds(curatedByEnds, curated, n), 4, n.length() >= 8 ? 2 : 1).stream()
                .filter(c -> insideChange(n, c))
                .limit(1).toList());
    }

    private final Map<String, List<String>> curatedByEnds = new HashMap<>();
    private final Map<String, List<String>> tracedByEnds = new HashMap<>();

    /**
     * The names of {@code names} that start and end with {@code name}'s first and last characters:
     * the only ones {@link #insideChange} can accept, so did-you-mean compares a name with these
     * instead of every known name (a note of 20,000 roots would otherwise compare every pair).
     */
    private static Collection<String> sameEnds(Map<String, List<String>> byEnds, Set<String> names, String name) {
        if (byEnds.isEmpty()) {
            for (String n : names) {
                if (!n.isEmpty()) {
                    byEnds.computeIfAbsent(ends(n), k -> new ArrayList<>()).add(n);
                }
            }
        }
        return byEnds.getOrDefault(ends(name), List.of());
    }

    private static String ends(String name) {
        return name.charAt(0) + "" + name.charAt(name.length() - 1);
    }

    /** Whether {@code a} and {@code b} differ only strictly inside: a common prefix and a common suffix. */
    static boolean insideChange(String a, String b) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        int q = 0;
        while (q < a.length() - p && q < b.length() - p
                && a.charAt(a.length() - 1 - q) == b.charAt(b.length() - 1 - q)) {
            q++;
        }
        return p > 0 && q > 0;
    }

    /** A name other notes trace, near enough to mention, without claiming a typo. */
    private List<String> nearbyOf(String name) {
        return nearby.computeIfAbsent(name, n -> n.length() < 4 ? List.of()
                : Suggestions.nearest(n, sameEnds(tracedByEnds, traced, n), 4, n.length() >= 8 ? 2 : 1).stream()
                .filter(c -> insideChange(n, c))
                .limit(1).toList());
    }

    private final Map<String, List<String>> nearby = new HashMap<>();

    private void unknownFunctions(Note note, List<Diagnostic> out) {
        Set<String> reported = new LinkedHashSet<>();
        for (CallSite site : CallCollector.of(note)) {
            String f = site.callee();
            if (site.kind() == CallSite.Kind.INDIRECT || traced.contains(f) || ReferenceTraces.modelled(f)
                    || symbols != null && symbols.names().contains(f)
                    || !reported.add(f + "@" + site.range().line())) {
                continue;
            }
            List<String> near = typoOf(f);
            boolean evidence = !near.isEmpty() || symbols != null;
            String where = "not traced in a loaded note, not in the " + NoteAnnotations.DEFAULT_MODEL + " model"
                    + (symbols != null ? ", not in the " + symbols.origin() : "");
            String hint;
            if (!near.isEmpty()) {
                hint = "; did you mean `" + near.get(0) + "`?";
            } else {
                List<String> other = nearbyOf(f);
                hint = (other.isEmpty() ? "" : "; a note traces `" + other.get(0) + "`")
                        + (symbols == null ? " (give --symbols or --source to check it against a tree)" : "");
            }
            String message = "unknown function `" + f + "`: " + where + hint;
            List<Fix> fix = near.isEmpty() || !note.text().startsWith(f, site.range().offset()) ? List.of()
                    : List.of(new Fix("Change to `" + near.get(0) + "`", site.range().offset(), f, near.get(0)));
            out.add(new Diagnostic(LintRule.UNKNOWN_FUNCTION.id(), evidence ? Severity.WARNING : Severity.INFO, message,
                    site.range(), fix));
        }
    }

    // ---------------------------------------------------------------- end markers

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

    private static void endMarkers(Note note, List<Diagnostic> out) {
        for (TraceBlock b : note.traceBlocks()) {
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
                    out.add(new Diagnostic(LintRule.END_MARKER.id(), Severity.WARNING, "`" + c.written() + "` names " + f
                            + ", but the steps around it are in " + inside, c.range()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- structure

    private static void unreachable(Note note, List<Diagnostic> out) {
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                unreachable(r.body(), out);
            }
        }
    }

    private static void unreachable(List<Step> steps, List<Diagnostic> out) {
        boolean dead = false;
        Step exit = null;
        for (Step s : steps) {
            if (s.kind() == StepKind.LABEL) {
                dead = false;
            } else if (dead && s.kind() != StepKind.BRACE && s.kind() != StepKind.PROSE && s.kind() != StepKind.CASE) {
                out.add(new Diagnostic(LintRule.UNREACHABLE.id(), Severity.WARNING, "`" + s.text() + "` can never run: line "
                        + exit.range().line() + " `" + exit.text() + "` leaves this level before it", s.range()));
                dead = false;
            }
            if (s.kind() == StepKind.RETURN || s.kind() == StepKind.GOTO || s.kind() == StepKind.BREAK
                    || s.kind() == StepKind.CONTINUE) {
                dead = true;
                exit = s;
            }
            unreachable(s.children(), out);
            for (Step alt : s.alternatives()) {
                unreachable(alt.children(), out);
            }
        }
    }

    /** Mixed tabs and spaces in a block's indentation; trailing blanks on trace lines. */
    private static void indentation(Note note, List<Diagnostic> out) {
        String[] lines = note.text().split("\n", -1);
        int[] offsets = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            offsets[i + 1] = offsets[i] + lines[i].length() + 1;
        }
        for (TraceBlock b : note.traceBlocks()) {
            boolean tabs = false;
            boolean spaces = false;
            boolean reported = false;
            int firstTab = 0;
            int firstSpace = 0;
            int first = b.range().line() + (b.fenced() ? 1 : 0);
            int last = b.range().endLine() - (b.fenced() ? 1 : 0);
            java.util.BitSet blockComments = BlockComments.of(lines, first, last);
            for (int ln = first; ln <= last && ln - 1 < lines.length; ln++) {
                String l = lines[ln - 1];
                String text = l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
                int i = 0;
                boolean lineTab = false;
                boolean lineSpace = false;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    lineTab |= text.charAt(i) == '\t';
                    lineSpace |= text.charAt(i) == ' ';
                    i++;
                }
                boolean commentLine = blockComments.get(ln) || i < text.length() && text.charAt(i) == '#'
                        || text.startsWith("//", i);
                boolean code = i > 0 && i < text.length() && !commentLine;
                if (code && lineTab && firstTab == 0) {
                    firstTab = ln;
                }
                if (code && lineSpace && firstSpace == 0) {
                    firstSpace = ln;
                }
                tabs |= code && lineTab;
                spaces |= code && lineSpace;
                if (tabs && spaces && !reported) {
                    int at = Math.max(firstTab, firstSpace);
                    out.add(new Diagnostic(LintRule.MIXED_INDENTATION.id(), Severity.WARNING, "this trace block indents with "
                            + (at == firstTab ? "a tab here, spaces on line " + firstSpace : "spaces here, a tab on line " + firstTab)
                            + "; `tracenotes fmt` turns tabs into spaces", SourceRange.at(at, 1, offsets[at - 1])));
                    reported = true;
                }
                int end = text.length();
                while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                    end--;
                }
                if (end < text.length() && end > 0 && b.fenced() && !blockComments.get(ln)) {
                    out.add(new Diagnostic(LintRule.TRAILING_SPACE.id(), Severity.INFO, "trailing blanks at the end of the line",
                            new SourceRange(ln, end + 1, ln, text.length() + 1, offsets[ln - 1] + end,
                                    offsets[ln - 1] + text.length())));
                }
            }
        }
    }

    private static void emptyBlocks(Note note, List<Diagnostic> out) {
        for (Section s : note.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof CodeBlock c && c.isPlaceholder()) {
                    out.add(new Diagnostic(LintRule.EMPTY_TRACE_BLOCK.id(), Severity.INFO, "empty block"
                            + (Note.isIdentifier(s.title()) ? ": `" + s.title() + "` is named but not traced yet" : ""),
                            c.range()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- annotations and runs

    private static void annotationRules(Note note, NoteAnnotations annotations, List<Diagnostic> out) {
        for (NoteAnnotations.Placed p : annotations.all()) {
            Annotation a = p.annotation();
            if (!NoteAnnotations.WORDS.contains(a.word())) {
                List<String> near = Suggestions.nearest(a.word(), NoteAnnotations.WORDS, 1);
                out.add(new Diagnostic(LintRule.UNKNOWN_ANNOTATION.id(), Severity.WARNING, "unknown annotation `@" + a.word()
                        + "`" + (near.isEmpty() ? "; annotations: @" + String.join(", @", NoteAnnotations.WORDS)
                        : "; did you mean `@" + near.get(0) + "`?"), a.range()));
            } else if (a.word().equals("scenario")) {
                Scenario s = Scenario.parse(a.text());
                if (s == null) {
                    out.add(new Diagnostic(LintRule.INVALID_SCENARIO.id(), Severity.ERROR, "`@scenario " + a.text()
                            + "` is not `@scenario NAME: key, key=value, !key` (a name without spaces)", a.range()));
                } else if (s.state() instanceof Given.Invalid bad) {
                    out.add(new Diagnostic(LintRule.INVALID_SCENARIO.id(), Severity.ERROR, "scenario " + s.name() + ": "
                            + bad.message(), a.range()));
                }
            } else if (a.word().equals("model") && !NoteAnnotations.MODELS.contains(a.text().strip())) {
                out.add(new Diagnostic(LintRule.UNKNOWN_ANNOTATION.id(), Severity.WARNING, "`@model " + a.text()
                        + "` is not a model; models: " + String.join(", ", NoteAnnotations.MODELS), a.range()));
            }
        }
    }

    /**
     * Runs the note: its scenarios (expectations, scenario failures) and, for leniency, each traced
     * function on the note's scenarios or a free and an in-use page.
     */
    private void runRules(Note note, NoteAnnotations annotations, List<Diagnostic> out) {
        if (!NoteAnnotations.MODELS.contains(annotations.model())) {
            return;
        }
        Map<String, Diagnostic> lenient = new LinkedHashMap<>();
        boolean hasScenarios = !annotations.scenarios().isEmpty();
        Map<Integer, SourceRange> expectRanges = new HashMap<>();
        annotations.all().stream().filter(p -> p.annotation().word().equals("expect"))
                .forEach(p -> expectRanges.put(p.annotation().range().line(), p.annotation().range()));
        Set<String> seenFailures = new LinkedHashSet<>();
        RunOptions options = RunOptions.defaults().withBudgets(LINT_STEP_BUDGET, 100);
        List<TraceRunner.Request> requests = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                if (!r.definesFunction() || r.body().isEmpty()) {
                    continue;
                }
                if (hasScenarios) {
                    for (NoteAnnotations.Declared d : annotations.scenarios()) {
                        if (d.scenario().state() instanceof Given.Applied) {
                            requests.add(new TraceRunner.Request(r.name(), d.scenario().name(), List.of(), Map.of(), false,
                                    options));
                        }
                    }
                } else {
                    for (List<String> given : PROBE_STATES) {
                        requests.add(new TraceRunner.Request(r.name(), null, given, Map.of(), false, options));
                    }
                }
            }
        }
        // every root's runs at once: the note is read for running once, not once a root
        for (TraceRunner.Response response : TraceRunner.runAll(note, List.of(), model, requests, annotations)) {
            if (!(response instanceof TraceRunner.Runs runs)) {
                continue;
            }
            for (RunResult res : runs.results()) {
                leniency(res, lenient);
                if (hasScenarios) {
                    scenarioFindings(res, annotations, expectRanges, seenFailures, out);
                }
            }
        }
        Map<Integer, SourceRange> stepRanges = new HashMap<>();
        for (Step s : note.steps()) {
            stepRanges.putIfAbsent(s.range().line(), s.range());
        }
        for (Diagnostic d : lenient.values()) {
            SourceRange at = stepRanges.getOrDefault(d.range().line(), d.range());
            out.add(d.at(at));
        }
    }

    private static void leniency(RunResult res, Map<String, Diagnostic> out) {
        for (Leniency l : res.lenient()) {
            LintRule rule = switch (l.kind()) {
                case "caller-variable", "reference-initialiser", "unbound-name" -> LintRule.UNBOUND_IDENTIFIER;
                default -> null;
            };
            if (rule == null || l.line() <= 0) {
                continue;
            }
            out.putIfAbsent(rule.id() + "\u0000" + l.line() + "\u0000" + l.what(),
                    new Diagnostic(rule.id(), Severity.INFO, l.what(), SourceRange.at(l.line(), 1, -1)));
        }
    }

    private static void scenarioFindings(RunResult res, NoteAnnotations annotations, Map<Integer, SourceRange> expectRanges,
                                         Set<String> seen, List<Diagnostic> out) {
        for (ExpectationResult e : res.expectations()) {
            if (!e.passed() && seen.add("expect\u0000" + e.line() + "\u0000" + res.scenario())) {
                SourceRange at = expectRanges.getOrDefault(e.line(), SourceRange.at(e.line(), 1, -1));
                out.add(new Diagnostic(LintRule.EXPECTATION_FAILED.id(), Severity.ERROR, "scenario " + res.scenario()
                        + ": `@expect " + e.expr() + "` fails: " + e.detail(), at));
            }
        }
        if (res.outcome() != RunOutcome.RETURNED && seen.add("run\u0000" + res.scenario() + "\u0000" + res.trace())) {
            SourceRange at = annotations.scenarios().stream().filter(d -> d.scenario().name().equals(res.scenario()))
                    .map(d -> d.annotation().range()).findFirst().orElse(SourceRange.at(Math.max(1, res.line()), 1, -1));
            out.add(new Diagnostic(LintRule.SCENARIO_FAILED.id(), Severity.ERROR, "scenario " + res.scenario() + " of "
                    + res.trace() + " ends " + res.outcome().id() + ": " + res.message(), at));
        }
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
