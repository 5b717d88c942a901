package org.tracenotes.cli;

import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.parse.ParseOptions;
import picocli.CommandLine.Option;

/** Options of every command that reads notes. */
final class ParseMixin {

    @Option(names = "--tab-width", paramLabel = "N|auto", defaultValue = "auto",
            description = "Columns a tab advances to when measuring indentation: 1-16, or auto (default), which "
                    + "takes 8 for a block if its tab-indented lines then line up with space-indented ones better, else 4.")
    String tabWidth;

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "Read every block in this dialect instead of detecting it: ${COMPLETION-CANDIDATES}.",
            converter = DialectConverter.class, completionCandidates = DialectConverter.Candidates.class)
    Dialect dialect;

    NoteParser parser(picocli.CommandLine.Model.CommandSpec spec) {
        try {
            int width = tabWidth.equals("auto") ? ParseOptions.AUTO_TAB_WIDTH : Integer.parseInt(tabWidth);
            if (width == ParseOptions.AUTO_TAB_WIDTH && !tabWidth.equals("auto")) {
                throw new IllegalArgumentException("0");
            }
            return new NoteParser(ParseOptions.defaults().withTabWidth(width).withDialect(dialect));
        } catch (IllegalArgumentException e) {   // NumberFormatException included
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--tab-width must be auto or a number from 1 to 16, not '" + tabWidth + "'");
        }
    }

    /** The tab width given on the command line, if any (a config file may set it otherwise). */
    java.util.Optional<Integer> givenTabWidth(picocli.CommandLine.Model.CommandSpec spec) {
        int w = parser(spec).options().tabWidth();
        return w == ParseOptions.AUTO_TAB_WIDTH ? java.util.Optional.empty() : java.util.Optional.of(w);
    }

    /** {@code seed|call|tree}, case-insensitive. */
    static final class DialectConverter implements picocli.CommandLine.ITypeConverter<Dialect> {
        @Override
        public Dialect convert(String value) {
            return Dialect.byId(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "unknown dialect '" + value + "'; expected seed, call or tree"));
        }

        static final class Candidates extends java.util.ArrayList<String> {
            Candidates() {
                super(java.util.List.of("seed", "call", "tree"));
            }
        }
    }
}
