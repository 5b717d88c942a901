package org.tracenotes.cli;

import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.parse.ParseOptions;
import picocli.CommandLine.Option;

/** Options of every command that reads notes. */
final class ParseMixin {

    @Option(names = "--tab-width", paramLabel = "N", defaultValue = "4",
            description = "Columns a tab advances to when measuring indentation (1-16, default: ${DEFAULT-VALUE}).")
    int tabWidth;

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "Read every block in this dialect instead of detecting it: ${COMPLETION-CANDIDATES}.",
            converter = DialectConverter.class, completionCandidates = DialectConverter.Candidates.class)
    Dialect dialect;

    NoteParser parser(picocli.CommandLine.Model.CommandSpec spec) {
        if (tabWidth < 1 || tabWidth > 16) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--tab-width must be from 1 to 16, not " + tabWidth);
        }
        return new NoteParser(ParseOptions.defaults().withTabWidth(tabWidth).withDialect(dialect));
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
