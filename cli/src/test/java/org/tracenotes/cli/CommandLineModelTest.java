package org.tracenotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The model of a command line that names a subcommand holds that one alone, and reads it the same way. */
class CommandLineModelTest {

    @Test
    void theSubcommandsByNameAreTheAnnotationsButHelp() {
        Map<String, Class<?>> annotated = new LinkedHashMap<>();
        new CommandLine(new TracenotesCommand()).getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                annotated.put(name, sub.getCommand().getClass());
            }
        });
        assertEquals(annotated, TracenotesCommand.SUBCOMMANDS);
    }

    @Test
    void aCommandLineNamingASubcommandBuildsThatOneAlone() {
        CommandLine cl = TracenotesCommand.commandLine(new String[] {"lint", "notes/"});
        assertEquals(Set.of("lint"), cl.getSubcommands().keySet());
        assertEquals("tracenotes lint", cl.getSubcommands().get("lint").getCommandSpec().qualifiedName());
        assertInstanceOf(TopCommand.class, cl.getCommand());
    }

    @Test
    void anyOtherCommandLineBuildsThemAll() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "check"}, {"chek"}, {"-V"}}) {
            CommandLine cl = TracenotesCommand.commandLine(args);
            assertInstanceOf(TracenotesCommand.class, cl.getCommand());
            assertEquals(TracenotesCommand.SUBCOMMANDS.size() + 1, cl.getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void eachSubcommandsHelpIsTheSameInEitherModel() {
        CommandLine all = new CommandLine(new TracenotesCommand());
        HelpLayout.install(all);
        for (String name : TracenotesCommand.SUBCOMMANDS.keySet()) {
            CommandLine one = TracenotesCommand.commandLine(new String[] {name});
            HelpLayout.install(one);
            String help = one.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertTrue(help.startsWith("Usage: tracenotes " + name), help);
            assertEquals(all.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF), help, name);
        }
    }
}
