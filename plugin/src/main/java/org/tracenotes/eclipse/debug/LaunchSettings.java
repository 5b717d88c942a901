package org.tracenotes.eclipse.debug;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.tracenotes.core.run.Force;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.TraceRunner;

/**
 * What a "Trace Note" launch configuration holds, as the launch tab writes it: the note (a workspace
 * path), the traced function (empty: the note's first), the scenario (a declared {@code @scenario} or a
 * page kind of the model), given keys and forced branches (each comma-separated, as {@code tracenotes run
 * --given} and {@code --force} take them) and whether a debug session stops at the first step.
 */
public record LaunchSettings(String note, String trace, String scenario, String given, String forces, boolean stopOnEntry) {

    public static final String NOTE = "org.tracenotes.eclipse.launch.note";
    public static final String TRACE = "org.tracenotes.eclipse.launch.trace";
    public static final String SCENARIO = "org.tracenotes.eclipse.launch.scenario";
    public static final String GIVEN = "org.tracenotes.eclipse.launch.given";
    public static final String FORCES = "org.tracenotes.eclipse.launch.forces";
    public static final String STOP_ON_ENTRY = "org.tracenotes.eclipse.launch.stopOnEntry";

    public LaunchSettings {
        note = strip(note);
        trace = strip(trace);
        scenario = strip(scenario);
        given = strip(given);
        forces = strip(forces);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** The settings of {@code config}. */
    public static LaunchSettings of(ILaunchConfiguration config) throws CoreException {
        return new LaunchSettings(config.getAttribute(NOTE, ""), config.getAttribute(TRACE, ""),
                config.getAttribute(SCENARIO, ""), config.getAttribute(GIVEN, ""), config.getAttribute(FORCES, ""),
                config.getAttribute(STOP_ON_ENTRY, false));
    }

    /** Writes these settings into {@code config}. */
    public void writeTo(ILaunchConfigurationWorkingCopy config) {
        config.setAttribute(NOTE, note);
        config.setAttribute(TRACE, trace);
        config.setAttribute(SCENARIO, scenario);
        config.setAttribute(GIVEN, given);
        config.setAttribute(FORCES, forces);
        config.setAttribute(STOP_ON_ENTRY, stopOnEntry);
    }

    /** The given keys, one per item ({@code refcount=2, !mapped} → {@code [refcount=2, !mapped]}). */
    public List<String> givenKeys() {
        return items(given);
    }

    /**
     * The forced branches ({@code 86=taken, 91=not-taken}, a bare line meaning taken); an item that is not
     * {@code LINE[=taken|not-taken]} is an {@link IllegalArgumentException} saying which.
     */
    public Map<Integer, Force> forcedBranches() {
        Map<Integer, Force> out = new LinkedHashMap<>();
        for (String item : items(forces)) {
            String bad = Force.parseInto(item, out);
            if (bad != null) {
                throw new IllegalArgumentException("Forced branches: " + bad.replace("--force takes", "each item is"));
            }
        }
        return out;
    }

    /** What is wrong with these settings, before the note is read; null when nothing is. */
    public String problem() {
        if (note.isEmpty()) {
            return "Choose the note to run";
        }
        if (TraceRunner.ALL_SCENARIOS.equals(scenario)) {
            return "A launch runs one scenario, not `all`: name one of the note's scenarios or a page kind";
        }
        try {
            forcedBranches();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** The request core runs: {@code tracenotes run} with these options. */
    public TraceRunner.Request request() {
        return new TraceRunner.Request(trace.isEmpty() ? null : trace, scenario.isEmpty() ? null : scenario, givenKeys(),
                forcedBranches(), false, RunOptions.defaults());
    }

    private static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
