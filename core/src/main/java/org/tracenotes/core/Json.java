package org.tracenotes.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one JSON writer of every report (outline, graph, run, explore, lint, SARIF): indented, and
 * allowed to nest as deep as a note does — Jackson's default of 1,000 levels would refuse the
 * outline of a note nested deeper, which parses fine.
 */
public final class Json {

    /** Nesting the writer accepts: far beyond what parsing can produce within its stack. */
    public static final int MAX_NESTING = 1_000_000;

    /** The shared, thread-safe writer. */
    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }
}
