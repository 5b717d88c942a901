package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.kernel.Scenario;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * The run annotations of a note, found in its {@code ##} comments: {@code @scenario NAME: keys},
 * {@code @expect [NAME:] EXPR}, {@code @sig f(a, b)}, {@code @returns EXPR}, {@code @assume EXPR},
 * {@code @model linux-6.6}. Where each stands decides what it applies to: on a step (trailing, leading
 * or in its body) or on a root or block (the end of the run).
 */
public final class NoteAnnotations {

    /** The annotation words this stage gives meaning to ({@code dialect} is the parser's). */
    public static final List<String> WORDS = List.of("scenario", "expect", "sig", "returns", "assume", "model",
            "dialect", "lint-disable");

    /** The model every note runs against unless it says otherwise. */
    public static final String DEFAULT_MODEL = "linux-6.6";

    /** The models there are. */
    public static final List<String> MODELS = List.of(DEFAULT_MODEL);

    private static final Pattern SIG = Pattern.compile("^([A-Za-z_]\\w*)\\s*\\(([^)]*)\\)\\s*$");
    private static final Pattern SCENARIO_PREFIX = Pattern.compile("^([A-Za-z0-9_][\\w.-]*):(?!:)\\s*(.+)$");

    /** An annotation and where it stands: the step it is on (null on a root or block). */
    public record Placed(Annotation annotation, Comment.Placement placement, Step step, Root root, TraceBlock block) { }

    /** A scenario declared in the note, with its annotation. */
    public record Declared(Scenario scenario, Annotation annotation) { }

    /** An {@code @expect}: the scenario it is limited to (null for all) and its expression text. */
    public record Expectation(String scenario, String expr, Annotation annotation) {

        /** Reads {@code [NAME:] EXPR}. */
        static Expectation of(Annotation a) {
            Matcher m = SCENARIO_PREFIX.matcher(a.text());
            return m.matches() ? new Expectation(m.group(1), m.group(2).strip(), a) : new Expectation(null, a.text(), a);
        }

        public boolean appliesTo(String scenarioName) {
            return scenario == null || scenario.equals(scenarioName);
        }
    }

    private final List<Placed> all = new ArrayList<>();
    private final Map<Step, List<Placed>> byStep = new IdentityHashMap<>();
    private final Map<Step, List<Comment>> skips = new IdentityHashMap<>();

    public NoteAnnotations(Note note) {
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                add(r.comments(), null, r, b);
                steps(r.body(), r, b);
            }
            add(b.comments(), null, null, b);
        }
    }

    private void steps(List<Step> steps, Root r, TraceBlock b) {
        for (Step s : steps) {
            add(s.comments(), s, r, b);
            for (Comment c : s.comments()) {
                if (c.placement() == Comment.Placement.LEADING && !c.isAnnotation() && c.saysSkipped()) {
                    skips.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
                }
            }
            steps(s.children(), r, b);
            steps(s.alternatives(), r, b);
        }
    }

    private void add(List<Comment> comments, Step step, Root root, TraceBlock block) {
        for (Comment c : comments) {
            if (c.isAnnotation()) {
                Placed p = new Placed(Annotation.of(c), c.placement(), step, root, block);
                all.add(p);
                if (step != null) {
                    byStep.computeIfAbsent(step, k -> new ArrayList<>()).add(p);
                }
            }
        }
    }

    /** Every annotation, in source order of the elements carrying them. */
    public List<Placed> all() {
        return Collections.unmodifiableList(all);
    }

    /** The annotations on one step. */
    public List<Placed> on(Step step) {
        return byStep.getOrDefault(step, List.of());
    }

    /** The comments above a step that say code was skipped there ({@code ## 先略}), if any. */
    public List<Comment> skipsBefore(Step step) {
        return skips.getOrDefault(step, List.of());
    }

    /** The scenarios the note declares, in order; a malformed one is left out (lint names it). */
    public List<Declared> scenarios() {
        List<Declared> out = new ArrayList<>();
        for (Placed p : all) {
            if (p.annotation().word().equals("scenario")) {
                Scenario s = Scenario.parse(p.annotation().text());
                if (s != null) {
                    out.add(new Declared(s, p.annotation()));
                }
            }
        }
        return out;
    }

    /** The {@code @scenario} annotations that are not {@code NAME: keys}, in order. */
    public List<Annotation> malformedScenarios() {
        List<Annotation> out = new ArrayList<>();
        for (Placed p : all) {
            if (p.annotation().word().equals("scenario") && Scenario.parse(p.annotation().text()) == null) {
                out.add(p.annotation());
            }
        }
        return out;
    }

    /** The {@code @expect}s checked at the end of a run of {@code root}: on the root and its block. */
    public List<Expectation> endExpectations(Root root) {
        List<Expectation> out = new ArrayList<>();
        for (Placed p : all) {
            if (p.step() == null && p.annotation().word().equals("expect")
                    && (p.root() == root || p.root() == null && p.block().roots().contains(root))) {
                out.add(Expectation.of(p.annotation()));
            }
        }
        return out;
    }

    /** {@code @sig f(a, b)}: parameter names per function. */
    public Map<String, List<String>> signatures() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Placed p : all) {
            if (p.annotation().word().equals("sig")) {
                Matcher m = SIG.matcher(p.annotation().text());
                if (m.matches()) {
                    List<String> params = m.group(2).isBlank() ? List.of()
                            : Arrays.stream(m.group(2).split(",")).map(NoteAnnotations::parameterName).toList();
                    out.putIfAbsent(m.group(1), params);
                }
            }
        }
        return out;
    }

    /** The last word of {@code struct page *p}: {@code p}. */
    private static String parameterName(String written) {
        String[] words = written.strip().replace("*", " ").split("\\s+");
        return words[words.length - 1];
    }

    /** The model the note asks for ({@code @model}), or the default. */
    public String model() {
        for (Placed p : all) {
            if (p.annotation().word().equals("model") && !p.annotation().text().isBlank()) {
                return p.annotation().text().strip();
            }
        }
        return DEFAULT_MODEL;
    }
}
