package org.tracenotes.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o} and {@code --quiet}: where a command's report goes, and whether a summary follows it. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output, through a temporary file renamed into "
                    + "place; FILE is never a note the command reads.")
    Path output;

    @Option(names = {"-q", "--quiet"},
            description = "Print no summary or progress on standard error: only the report, and errors.")
    boolean quiet;
}
