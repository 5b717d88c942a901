package org.tracenotes.eclipse;

/** The ids plugin.xml declares, in one place. */
public final class TracenotesIds {

    public static final String PLUGIN = "org.tracenotes.eclipse";
    public static final String EDITOR = PLUGIN + ".editor";
    /** The key-binding context of the note editor (child of the text editor's). */
    public static final String EDITOR_SCOPE = PLUGIN + ".noteEditorScope";
    public static final String NATURE = PLUGIN + ".nature";
    public static final String BUILDER = PLUGIN + ".builder";
    public static final String PROBLEM_MARKER = PLUGIN + ".problem";
    /** Marker attribute: the lint rule's id. */
    public static final String RULE_ID = "ruleId";
    /** A problem marker's fix (core's {@code Fix}): its label, offset from the marker's start, text replaced and new text. */
    public static final String FIX_LABEL = "fixLabel";
    public static final String FIX_DELTA = "fixDelta";
    public static final String FIX_ORIGINAL = "fixOriginal";
    public static final String FIX_REPLACEMENT = "fixReplacement";
    public static final String TRACE_RUN_VIEW = PLUGIN + ".traceRunView";
    public static final String RUN_SCENARIO = PLUGIN + ".runScenario";
    public static final String EXECUTE_BRANCH = PLUGIN + ".executeBranch";
    public static final String CLEAR_RUN = PLUGIN + ".clearRun";
    public static final String EXPLORE = PLUGIN + ".explore";
    public static final String ENABLE_NATURE = PLUGIN + ".enableNature";
    public static final String DISABLE_NATURE = PLUGIN + ".disableNature";
    public static final String CALL_GRAPH_VIEW = PLUGIN + ".callGraphView";
    /** Generate Trace Note: a Java method's, or a function's of the project's source tree. */
    public static final String GENERATE_NOTE = PLUGIN + ".generateNote";
    /** Command parameter of run-scenario: a scenario's name. */
    public static final String SCENARIO_PARAMETER = PLUGIN + ".scenario";
    /** Command parameter of run-scenario: comma-separated given keys. */
    public static final String GIVEN_PARAMETER = PLUGIN + ".given";
    /** Command parameter of execute-branch: a 1-based line. */
    public static final String LINE_PARAMETER = PLUGIN + ".line";
    /** Command parameter of execute-branch: {@code ruler} when invoked from the ruler's menu. */
    public static final String FROM_PARAMETER = PLUGIN + ".from";

    /** The launch configuration type "Trace Note". */
    public static final String LAUNCH_TYPE = PLUGIN + ".launchType";
    /** The launch shortcut "Trace Note" (Run As / Debug As). */
    public static final String LAUNCH_SHORTCUT = PLUGIN + ".launchShortcut";
    /** The debug model: every debug element, breakpoint and presentation of a Trace Note debug session. */
    public static final String DEBUG_MODEL = PLUGIN + ".debugModel";
    /** The marker type of a line breakpoint on a note (a subtype of the platform's line breakpoint marker). */
    public static final String LINE_BREAKPOINT_MARKER = PLUGIN + ".lineBreakpointMarker";
    /** Debug command: step back to the previous step no deeper than the current one. */
    public static final String STEP_BACK = PLUGIN + ".stepBack";
    /** Debug command: back to the last breakpoint hit or exception before the current stop. */
    public static final String REVERSE_RESUME = PLUGIN + ".reverseResume";

    /** Annotation types of a run's line coverage, by {@link org.tracenotes.core.ide.LineCoverage.Status}. */
    public static final String RUN_ANNOTATION_PREFIX = PLUGIN + ".run.";

    private TracenotesIds() {
    }
}
