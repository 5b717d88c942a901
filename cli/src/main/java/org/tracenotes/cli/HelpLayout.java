package org.tracenotes.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help that breaks lines at spaces only. picocli breaks where Java's line
 * {@link java.text.BreakIterator} allows, which includes after each dot of {@code .tracenotes.yaml}
 * or {@code README.md}; here a dot inside a word is a private-use character while picocli lays the
 * text out, and a dot again when the section is printed. Descriptions of commands are wrapped here
 * too, keeping the indentation of preformatted lines.
 */
final class HelpLayout {

    private static final char DOT = '\uE000';
    private static final Pattern WORD_DOT = Pattern.compile("\\.(?=[\\p{L}\\p{N}_*])");

    private HelpLayout() {
    }

    /** Installs the layout on {@code cl} and every subcommand. */
    static void install(CommandLine cl) {
        cl.setHelpFactory(Safe::new);
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>(cl.getHelpSectionMap());
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpLayout::description);
        sections.replaceAll((key, renderer) -> help -> renderer.render(help).replace(DOT, '.'));
        cl.setHelpSectionMap(sections);
        cl.getSubcommands().values().forEach(HelpLayout::install);
    }

    static String protect(String s) {
        return s == null ? null : WORD_DOT.matcher(s).replaceAll(String.valueOf(DOT));
    }

    /** Help whose option table and exit-code table keep dotted words whole. */
    static final class Safe extends Help {

        Safe(CommandLine.Model.CommandSpec spec, ColorScheme scheme) {
            super(spec, scheme);
        }

        @Override
        public Layout createDefaultLayout() {
            Layout base = super.createDefaultLayout();
            return new Layout(base.colorScheme(), base.textTable(), base.optionRenderer(), base.parameterRenderer()) {
                @Override
                public void layout(CommandLine.Model.ArgSpec arg, Ansi.Text[][] cells) {
                    for (Ansi.Text[] row : cells) {
                        int last = row.length - 1;
                        if (last >= 0 && row[last] != null && WORD_DOT.matcher(row[last].plainString()).find()) {
                            row[last] = colorScheme().ansi().new Text(protect(row[last].plainString()), colorScheme());
                        }
                    }
                    super.layout(arg, cells);
                }
            };
        }

        @Override
        public TextTable createTextTable(Map<?, ?> map) {
            Map<Object, Object> safe = new LinkedHashMap<>();
            map.forEach((k, v) -> safe.put(k, v instanceof String s ? protect(s) : v));
            return super.createTextTable(safe);
        }
    }

    private static String description(Help help) {
        String[] lines = help.commandSpec().usageMessage().description();
        int width = help.commandSpec().usageMessage().width();
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            for (String line : raw.replace("%n", "\n").replace("%%", "%").split("\n", -1)) {
                wrap(line, width, out);
            }
        }
        return out.toString();
    }

    /** {@code line} in lines of at most {@code width} columns, broken at spaces, continuations at its indentation. */
    static void wrap(String line, int width, StringBuilder out) {
        if (line.length() <= width) {
            out.append(line).append('\n');
            return;
        }
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        String indent = " ".repeat(lead);
        StringBuilder current = new StringBuilder(indent);
        for (String word : line.substring(lead).split(" +")) {
            if (current.length() > lead && current.length() + 1 + word.length() > width) {
                out.append(current).append('\n');
                current = new StringBuilder(indent);
            }
            if (current.length() > lead) {
                current.append(' ');
            }
            current.append(word);
        }
        out.append(current).append('\n');
    }
}
