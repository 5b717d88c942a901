package org.tracenotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracenotes.core.graph.CallGraph;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.graph.CallSite;
import org.tracenotes.core.graph.GraphExporter;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.parse.NoteLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracenotes graph}: the call graph of notes, in DOT, Mermaid, JSON, SVG or a text report. */
@Command(name = "graph",
        mixinStandardHelpOptions = true,
        description = {"Print the call graph of notes: one graph across all notes given.",
                "Functions are traced (a body in some note), declared (a heading over an empty block), model (a "
                        + "reference trace or primitive of the page model) or unknown; every call site is an edge, calls "
                        + "in conditions and arguments included. Folders are searched as check, lint and fmt search "
                        + "them, and each note is read with its .tracenotes.yaml settings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error, unreadable input, or an --entry/--path function not in the graph"})
final class GraphCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ParseMixin parse;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Notes, or folders of notes.")
    List<Path> paths;

    @Option(names = "--entry", paramLabel = "FUNCTION", description = "Only what FUNCTION reaches.")
    String entry;

    @Option(names = "--depth", paramLabel = "N",
            description = "With --entry: at most N calls deep (default: unlimited).")
    Integer depth;

    @Option(names = "--path", paramLabel = "FROM:TO",
            description = "Highlight a shortest chain of calls from FROM to TO (within --entry's part, if given).")
    String path;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "dot",
            description = "Output format: dot, mermaid, json, svg, or text, a report of callers, callees, entries, "
                    + "recursion, unreached and unknown functions (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--source", paramLabel = "DIR",
            description = "A source tree: functions the notes call but do not trace become source vertices, with their "
                    + "definition's place.")
    Path source;

    @Option(names = "--untraced", description = "With --source: also draw, dashed, the calls the source makes that the "
            + "notes leave out.")
    boolean untraced;

    @Option(names = "--lang", paramLabel = "LANG", description = "With --source: the tree's language, c or java "
            + "(default: detected).")
    String lang;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GraphExporter exporter = GraphExporter.byFormat(format).orElse(null);
        if (exporter == null) {
            err.println("tracenotes graph: unknown format '" + format + "'; expected dot, mermaid, json, svg or text");
            return ExitCodes.USAGE;
        }
        // the notes check and lint read, each with its .tracenotes.yaml settings
        org.tracenotes.core.lint.LintSession.Notes notes = org.tracenotes.core.lint.LintSession.read(paths,
                new org.tracenotes.core.lint.LintSession.Options(parse.givenTabWidth(spec),
                        java.util.Optional.ofNullable(parse.dialect), null));
        notes.warnings().forEach(err::println);
        notes.problems().forEach(err::println);
        for (NoteLoader.Unreadable u : notes.unreadable()) {
            err.println(u.path() + ": error: " + u.reason());
        }
        if (!notes.unreadable().isEmpty() || !notes.problems().isEmpty()) {
            return ExitCodes.USAGE;
        }
        // a note that could not be read (binary, too deep …) adds nothing to the graph: say so, exit 1
        boolean errors = false;
        for (org.tracenotes.core.model.Note n : notes.notes()) {
            for (org.tracenotes.core.model.Diagnostic d : n.diagnostics()) {
                if (d.severity() == org.tracenotes.core.model.Severity.ERROR) {
                    err.println(d.format(n.source()));
                    errors = true;
                }
            }
        }
        CallGraph graph = CallGraph.of(notes.notes(), ReferenceTraces::modelled);
        if (untraced && source == null) {
            err.println("tracenotes graph: --untraced needs --source");
            return ExitCodes.USAGE;
        }
        if (source != null) {
            org.tracenotes.core.source.SourceIndex index = SourceOpening.open("graph", source, lang, List.of(), output.quiet, err);
            if (index == null) {
                return ExitCodes.USAGE;
            }
            graph = graph.withSource(index, untraced);
        }
        if (depth != null && entry == null) {
            err.println("tracenotes graph: --depth needs --entry");
            return ExitCodes.USAGE;
        }
        if (depth != null && depth < 0) {
            err.println("tracenotes graph: --depth must be 0 or more, not " + depth);
            return ExitCodes.USAGE;
        }
        if (entry != null) {
            if (!known(graph, entry, err)) {
                return ExitCodes.USAGE;
            }
            graph = graph.around(entry, depth == null ? Integer.MAX_VALUE : depth);
        }
        List<CallSite> highlight = List.of();
        if (path != null) {
            String[] ends = path.split("(?<!:):(?!:)", 2);
            if (ends.length != 2) {
                err.println("tracenotes graph: --path takes FROM:TO, not '" + path + "'");
                return ExitCodes.USAGE;
            }
            if (!known(graph, ends[0], err) || !known(graph, ends[1], err)) {
                return ExitCodes.USAGE;
            }
            highlight = graph.path(ends[0], ends[1]).orElse(List.of());
            if (highlight.isEmpty()) {
                err.println("tracenotes graph: no chain of calls from " + ends[0] + " to " + ends[1]);
            }
        }
        String text = exporter.export(graph, highlight);
        if (!CommandIo.write(text, output.output, NoteLoader.collect(paths), spec.commandLine().getOut(), err)) {
            return ExitCodes.USAGE;
        }
        return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static boolean known(CallGraph graph, String function, PrintWriter err) {
        if (graph.contains(function)) {
            return true;
        }
        List<String> near = Suggestions.nearest(function, graph.functions(), 3);
        err.println("tracenotes graph: no function '" + function + "' in the graph"
                + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
        return false;
    }
}
