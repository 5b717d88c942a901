package org.tracenotes.core.outline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.List;
import org.tracenotes.core.Json;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.FunctionDef;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * The note model as JSON, schema {@value #SCHEMA}; documented in {@code docs/outline-json.md}.
 * Keys are always present (empty lists, {@code null} where a value is absent) and in a fixed order.
 */
public final class JsonOutline {

    /** Identifies this schema's version; a breaking change gets a new number. */
    public static final String SCHEMA = "tracenotes.outline/1";

    private static final ObjectMapper MAPPER = Json.MAPPER;

    private JsonOutline() {
    }

    public static String render(Note note) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(note, out);
        } catch (IOException e) {
            throw new IllegalStateException("a string takes every write", e);
        }
        return out.toString();
    }

    /**
     * Writes {@link #render}'s text to {@code out} as it goes, never holding the whole document: the
     * outline of a note of a million steps adds little memory to its model. Steps are written from a
     * stack on the heap, not by recursion.
     */
    public static void write(Note note, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.writer().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("source", note.source());
            g.writeFieldName("frontMatter");
            g.writeTree(MAPPER.valueToTree(note.frontMatter()));
            g.writeArrayFieldStart("sections");
            for (Section s : note.sections()) {
                g.writeStartObject();
                g.writeStringField("title", s.title());
                g.writeNumberField("level", s.level());
                range(g, "range", s.heading());
                g.writeArrayFieldStart("blocks");
                for (Block b : s.blocks()) {
                    if (b instanceof TraceBlock t) {
                        traceBlock(g, t);
                    } else {
                        codeBlock(g, (CodeBlock) b);
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("functions");
            for (FunctionDef f : note.functions()) {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                strings(g, "parameters", f.parameters());
                g.writeStringField("origin", f.origin().name().toLowerCase(java.util.Locale.ROOT));
                range(g, "range", f.range());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : note.diagnostics()) {
                g.writeStartObject();
                g.writeStringField("ruleId", d.ruleId());
                g.writeStringField("severity", d.severity().label());
                g.writeStringField("message", d.message());
                range(g, "range", d.range());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    /** {@link #render}'s document as a tree. */
    public static ObjectNode tree(Note note) {
        try {
            return (ObjectNode) MAPPER.readTree(render(note));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the outline is JSON", e);
        }
    }

    private static void codeBlock(JsonGenerator g, CodeBlock c) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "code");
        g.writeStringField("info", c.info());
        g.writeBooleanField("placeholder", c.isPlaceholder());
        range(g, "range", c.range());
        g.writeEndObject();
    }

    private static void traceBlock(JsonGenerator g, TraceBlock t) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "trace");
        g.writeStringField("info", t.info());
        g.writeBooleanField("fenced", t.fenced());
        g.writeStringField("dialect", t.dialect().id());
        range(g, "range", t.range());
        g.writeArrayFieldStart("roots");
        for (Root r : t.roots()) {
            g.writeStartObject();
            g.writeStringField("kind", r.kind().id());
            g.writeStringField("name", r.name());
            strings(g, "parameters", r.parameters());
            g.writeStringField("text", r.text());
            range(g, "range", r.range());
            comments(g, r.comments());
            annotations(g, r.annotations());
            g.writeFieldName("steps");
            steps(g, r.body(), r.name());
            g.writeEndObject();
        }
        g.writeEndArray();
        comments(g, t.comments());
        g.writeEndObject();
    }

    /** What is left to write of a step tree: a step, the rest of a step after its inline one, or a closing bracket. */
    private sealed interface Task { }

    private record StepTask(Step step, int depth, String function) implements Task { }

    private record AfterInline(Step step, int depth, String function) implements Task { }

    private record StepArray(String field, List<Step> steps, int depth, String function) implements Task { }

    private record Close(boolean object) implements Task { }

    /** Writes {@code body} (at depth 1, in {@code function}) as an array of steps, iteratively. */
    private static void steps(JsonGenerator g, List<Step> body, String function) throws IOException {
        ArrayDeque<Task> tasks = new ArrayDeque<>();
        g.writeStartArray();
        tasks.push(new Close(false));
        pushSteps(tasks, body, 1, function);
        while (!tasks.isEmpty()) {
            Task task = tasks.pop();
            if (task instanceof StepTask t) {
                Step s = t.step();
                g.writeStartObject();
                g.writeStringField("kind", s.kind().id());
                g.writeStringField("arrow", s.arrow().symbol());
                g.writeStringField("role", s.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                g.writeStringField("text", s.text());
                g.writeNumberField("line", s.range().line());
                g.writeNumberField("depth", t.depth());
                g.writeStringField("function", t.function());
                g.writeStringField("expands", s.expandedFunction().orElse(null));
                g.writeStringField("label", s.label());
                g.writeStringField("declaredType", s.declaredType());
                g.writeNumberField("indent", s.indent());
                g.writeBooleanField("elided", s.elided());
                g.writeBooleanField("snapped", s.snapped());
                range(g, "range", s.range());
                g.writeFieldName("inline");
                tasks.push(new AfterInline(s, t.depth(), t.function()));
                if (s.inline() == null) {
                    g.writeNull();
                } else {
                    tasks.push(new StepTask(s.inline(), t.depth(), t.function()));
                }
            } else if (task instanceof AfterInline t) {
                Step s = t.step();
                comments(g, s.comments());
                annotations(g, s.annotations());
                tasks.push(new Close(true));
                tasks.push(new StepArray("alternatives", s.alternatives(), t.depth(), t.function()));
                tasks.push(new StepArray("children", s.children(), t.depth() + 1, s.expandedFunction().orElse(t.function())));
            } else if (task instanceof StepArray a) {
                g.writeArrayFieldStart(a.field());
                tasks.push(new Close(false));
                pushSteps(tasks, a.steps(), a.depth(), a.function());
            } else if (((Close) task).object()) {
                g.writeEndObject();
            } else {
                g.writeEndArray();
            }
        }
    }

    private static void pushSteps(ArrayDeque<Task> tasks, List<Step> steps, int depth, String function) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            tasks.push(new StepTask(steps.get(i), depth, function));
        }
    }

    private static void comments(JsonGenerator g, List<Comment> comments) throws IOException {
        g.writeArrayFieldStart("comments");
        for (Comment c : comments) {
            g.writeStartObject();
            g.writeStringField("marker", c.marker());
            g.writeStringField("text", c.text());
            g.writeStringField("placement", c.placement().name().toLowerCase(java.util.Locale.ROOT));
            range(g, "range", c.range());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void annotations(JsonGenerator g, List<Annotation> annotations) throws IOException {
        g.writeArrayFieldStart("annotations");
        for (Annotation a : annotations) {
            g.writeStartObject();
            g.writeStringField("word", a.word());
            g.writeStringField("text", a.text());
            range(g, "range", a.range());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void range(JsonGenerator g, String field, SourceRange r) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("line", r.line());
        g.writeNumberField("column", r.column());
        g.writeNumberField("endLine", r.endLine());
        g.writeNumberField("endColumn", r.endColumn());
        g.writeNumberField("offset", r.offset());
        g.writeNumberField("endOffset", r.endOffset());
        g.writeEndObject();
    }
}
