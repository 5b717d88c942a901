package org.tracenotes.eclipse.editor;

import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.eclipse.TracenotesIds;

/** The annotation type plugin.xml declares for each way a line ran, and its label. */
public final class RunAnnotations {

    private RunAnnotations() {
    }

    /** {@code org.tracenotes.eclipse.run.ran}, {@code ….notTaken}, {@code ….forced}, {@code ….elided}, {@code ….stopped}. */
    public static String type(LineCoverage.Status status) {
        return TracenotesIds.RUN_ANNOTATION_PREFIX + switch (status) {
            case RAN -> "ran";
            case NOT_TAKEN -> "notTaken";
            case FORCED -> "forced";
            case ELIDED -> "elided";
            case STOPPED -> "stopped";
            case VIOLATION -> "violation";
        };
    }

    /** What a hover over the line says first. */
    public static String label(LineCoverage.Status status) {
        return switch (status) {
            case RAN -> "ran";
            case NOT_TAKEN -> "branch not taken";
            case FORCED -> "branch forced";
            case ELIDED -> "elided: passed through without its effect";
            case STOPPED -> "the run stopped here";
            case VIOLATION -> "an invariant breaks here in some explored state";
        };
    }
}
