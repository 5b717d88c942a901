package org.tracenotes.core;

import java.util.HashSet;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The one way Tracenotes reads YAML written by users (a note's front matter, {@code .tracenotes.yaml}):
 * with limits, so that no such file can exhaust the stack or the heap. Before the document is built, its
 * event stream is checked — iteratively — for nesting deeper than {@link #MAX_DEPTH}, for an alias of a
 * collection still open (a recursive structure, {@code a: &a {b: *a}}) and for more than
 * {@link #MAX_ALIASES} aliases (a "billion laughs"); each is refused as a {@link MarkedYamlEngineException}
 * with the place of the offending event, which callers already report as invalid YAML.
 */
public final class YamlInput {

    /** Deeper than any settings file or front matter needs, far below what a stack holds. */
    public static final int MAX_DEPTH = 64;

    /** Aliases one document may use. */
    public static final int MAX_ALIASES = 100;

    /** The largest YAML text read, in code points (3 MB). */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

    private YamlInput() {
    }

    /** Settings for the low-level readers ({@code Compose}, {@code Load}) of user YAML. */
    public static LoadSettings settings() {
        return LoadSettings.builder().setAllowRecursiveKeys(false).setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS).build();
    }

    /** Checks {@code text} against the limits, then loads it; a violation or bad YAML is a YamlEngineException. */
    public static Object load(String text) {
        check(text);
        return new Load(settings()).loadFromString(text);
    }

    /** Refuses a document that nests too deeply, aliases a collection inside itself, or uses too many aliases. */
    public static void check(String text) {
        Set<String> open = new HashSet<>();
        java.util.ArrayDeque<String> anchors = new java.util.ArrayDeque<>();
        int aliases = 0;
        for (Event e : new Parse(settings()).parseString(text)) {
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (anchors.size() >= MAX_DEPTH) {
                        throw refused("nests deeper than " + MAX_DEPTH + " levels", e);
                    }
                    String anchor = ((CollectionStartEvent) e).getAnchor().map(Object::toString).orElse("");
                    anchors.push(anchor);
                    if (!anchor.isEmpty()) {
                        open.add(anchor);
                    }
                }
                case MappingEnd, SequenceEnd -> {
                    String anchor = anchors.isEmpty() ? "" : anchors.pop();
                    if (!anchor.isEmpty()) {
                        open.remove(anchor);
                    }
                }
                case Alias -> {
                    String anchor = ((AliasEvent) e).getAlias().toString();
                    if (open.contains(anchor)) {
                        throw refused("the alias *" + anchor + " refers to a collection that contains it: a recursive structure", e);
                    }
                    if (++aliases > MAX_ALIASES) {
                        throw refused("uses more than " + MAX_ALIASES + " aliases", e);
                    }
                }
                default -> { }
            }
        }
    }

    private static MarkedYamlEngineException refused(String why, Event e) {
        java.util.Optional<Mark> at = e.getStartMark();
        return new MarkedYamlEngineException("", java.util.Optional.empty(), why, at) { };
    }
}
