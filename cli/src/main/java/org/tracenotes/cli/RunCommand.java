package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.run.Force;
import org.tracenotes.core.run.JsonRunReport;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TextRunReport;
import org.tracenotes.core.run.TraceRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes run}: execute a trace against the page model. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {"Run a trace of a note against the Linux 6.6 page model and print the lines that ran.",
                "A call runs its inline expansion, else a root of that name in the note (or a --with note), else the "
                        + "model's kernel reference trace, else a page-model primitive. The runs end with a summary "
                        + "line and the exit status's reason on standard error.",
                "Starting states come from the note's `## @scenario NAME: keys` lines, the model's page kinds and --given keys: "
                        + "pfn_valid online refcount flags hwpoison buddy lru anon file mapped dirty writeback swapcache "
                        + "hugetlb hugetlb_freed hugetlb_migratable slab reserved movable thp tail order filter isolate "
                        + "migrate split take_off dissolve mappers extra_refs unmap shmem zone_device current_maps "
                        + "taken_off hw_memory_failure raw_hwp_unreliable early_kill.",
                "With --reference --trace FUNCTION and no FILE it runs the model's reference trace of any function "
                        + "the model has (soft_offline_page, memory_failure, unpoison_memory, madvise_inject_error …).",
                "The JSON form (schema tracenotes.run/1) is documented in docs/run-json.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run returned and every expectation passed",
                "1:a run ended otherwise (unknown-function, budget-exceeded, error) or an expectation failed",
                "2:usage error: unreadable file, unknown trace, scenario, key, value or branch line"})
final class RunCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The note (none with --reference --trace FUNCTION).")
    Path file;

    @Option(names = "--trace", paramLabel = "FUNCTION",
            description = "The traced function to run, a root or a function traced inline below its call (default: the "
                    + "note's first root).")
    String trace;

    @Option(names = "--scenario", paramLabel = "NAME|all",
            description = "A scenario the note declares with `## @scenario`, or all of them, or one of the model's "
                    + "page kinds (lru-anon, free-buddy, … : an unknown name lists them all).")
    String scenario;

    @Option(names = "--given", paramLabel = "KEY[=VALUE]", split = ",",
            description = "Set a starting-state key (after the scenario's): `lru`, `refcount=1`, `!online`, "
                    + "`flags=MF_COUNT_INCREASED`, `migrate=enomem` …")
    List<String> given = new ArrayList<>();

    @Option(names = "--force", paramLabel = "LINE[=taken|not-taken]",
            description = "Execute this branch: the if / else-if / else / case on LINE is taken (or not) whatever "
                    + "its condition says.")
    List<String> forces = new ArrayList<>();

    @Option(names = "--reference", description = "Run the model's kernel 6.6 reference trace of the function instead "
            + "of the note.")
    boolean reference;

    @Option(names = "--with", paramLabel = "NOTE", description = "Another note whose traced functions calls may run.")
    List<Path> with = new ArrayList<>();

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_STEP_BUDGET,
            description = "Steps a run may take before it ends budget-exceeded (default: ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "" + RunOptions.DEFAULT_DEPTH_BUDGET,
            description = "Nested calls a run may make (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<Integer, Force> forced = new LinkedHashMap<>();
        for (String f : forces) {
            String bad = Force.parseInto(f, forced);
            if (bad != null) {
                err.println("tracenotes run: " + bad);
                return ExitCodes.USAGE;
            }
        }
        if (maxSteps < 1 || maxSteps > 10_000_000 || maxDepth < 1 || maxDepth > RunOptions.MAX_DEPTH_BUDGET) {
            err.println("tracenotes run: --max-steps takes a number from 1 to 10000000, --max-depth from 1 to "
                    + RunOptions.MAX_DEPTH_BUDGET);
            return ExitCodes.USAGE;
        }
        NoteLoader loader = new NoteLoader(parse.parser(spec));
        if (file == null && !(reference && trace != null)) {
            err.println("tracenotes run: a FILE is needed, unless --reference --trace FUNCTION runs one of the model's"
                    + " reference traces: " + String.join(", ", ReferenceTraces.softOffline66().functions()));
            return ExitCodes.USAGE;
        }
        Note note = file == null ? ReferenceTraces.softOffline66().note() : CommandIo.load(loader, file, err);
        if (note == null) {
            return ExitCodes.USAGE;
        }
        List<Note> others = new ArrayList<>();
        for (Path p : with) {
            Note n = CommandIo.load(loader, p, err);
            if (n == null) {
                return ExitCodes.USAGE;
            }
            others.add(n);
        }
        boolean unread = CommandIo.unread(note, err);
        for (Note n : others) {
            unread |= CommandIo.unread(n, err);
        }
        if (unread) {
            return ExitCodes.FINDINGS;
        }
        TraceRunner.Request request = new TraceRunner.Request(trace, scenario, given, forced, reference,
                RunOptions.defaults().withBudgets(maxSteps, maxDepth));
        TraceRunner.Response response = TraceRunner.run(note, others, ReferenceTraces.softOffline66(), request);
        if (response instanceof TraceRunner.Invalid bad) {
            err.println("tracenotes run: " + bad.message());
            return ExitCodes.USAGE;
        }
        TraceRunner.Runs runs = (TraceRunner.Runs) response;
        List<RunResult> results = runs.results();
        // memory_failure's and unpoison_memory's invariants (kernel-memory-failure.md §6) hold on every run of them
        Map<TraceRunner.Run, List<org.tracenotes.core.explore.Violation>> violations = new LinkedHashMap<>();
        for (TraceRunner.Run r : runs.runs()) {
            String f = r.result().trace();
            if (r.model() != null && (f.equals("memory_failure") || f.equals("unpoison_memory"))) {
                List<org.tracenotes.core.explore.Violation> v = org.tracenotes.core.explore.Invariants.check(r.result(),
                        r.model());
                if (!v.isEmpty()) {
                    violations.put(r, v);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        if (format == Format.json) {
            report.append(TraceRunner.ALL_SCENARIOS.equals(scenario) ? JsonRunReport.render(results)
                    : JsonRunReport.render(results.get(0)));
        } else {
            boolean first = true;
            for (TraceRunner.Run r : runs.runs()) {
                if (!first) {
                    report.append('\n');
                }
                first = false;
                report.append(TextRunReport.render(runs.program().main(), r.result(), r.events()));
                for (org.tracenotes.core.explore.Violation v : violations.getOrDefault(r, List.of())) {
                    report.append("invariant line ").append(v.line()).append(": ").append(v.invariant().id())
                            .append(": ").append(v.message()).append('\n');
                }
            }
        }
        List<Path> inputs = new ArrayList<>(with);
        if (file != null) {
            inputs.add(file);
        }
        if (!CommandIo.write(report.toString(), output.output, inputs, out, err)) {
            return ExitCodes.USAGE;
        }
        if (!output.quiet) {
            if (!violations.isEmpty()) {
                err.println(violations.values().stream().mapToInt(List::size).sum() + " invariant violation(s) of "
                        + "memory_failure's or unpoison_memory's contract");
            }
            err.print(TextRunReport.verdict(results));
            err.flush();
        }
        return results.stream().allMatch(RunResult::passed) && violations.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
