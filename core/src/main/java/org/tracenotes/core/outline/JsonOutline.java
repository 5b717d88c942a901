package org.tracenotes.core.outline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        try {
            return MAPPER.writeValueAsString(tree(note)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    public static ObjectNode tree(Note note) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("source", note.source());
        root.set("frontMatter", MAPPER.valueToTree(note.frontMatter()));
        ArrayNode sections = root.putArray("sections");
        for (Section s : note.sections()) {
            ObjectNode o = sections.addObject();
            o.put("title", s.title());
            o.put("level", s.level());
            o.set("range", range(s.heading()));
            ArrayNode blocks = o.putArray("blocks");
            for (Block b : s.blocks()) {
                blocks.add(b instanceof TraceBlock t ? traceBlock(t) : codeBlock((CodeBlock) b));
            }
        }
        ArrayNode functions = root.putArray("functions");
        for (FunctionDef f : note.functions()) {
            ObjectNode o = functions.addObject();
            o.put("name", f.name());
            o.set("parameters", strings(f.parameters()));
            o.put("origin", f.origin().name().toLowerCase(java.util.Locale.ROOT));
            o.set("range", range(f.range()));
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : note.diagnostics()) {
            ObjectNode o = diagnostics.addObject();
            o.put("ruleId", d.ruleId());
            o.put("severity", d.severity().label());
            o.put("message", d.message());
            o.set("range", range(d.range()));
        }
        return root;
    }

    private static ObjectNode codeBlock(CodeBlock c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "code");
        o.put("info", c.info());
        o.put("placeholder", c.isPlaceholder());
        o.set("range", range(c.range()));
        return o;
    }

    private static ObjectNode traceBlock(TraceBlock t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "trace");
        o.put("info", t.info());
        o.put("fenced", t.fenced());
        o.put("dialect", t.dialect().id());
        o.set("range", range(t.range()));
        ArrayNode roots = o.putArray("roots");
        for (Root r : t.roots()) {
            ObjectNode ro = roots.addObject();
            ro.put("kind", r.kind().id());
            ro.put("name", r.name());
            ro.set("parameters", strings(r.parameters()));
            ro.put("text", r.text());
            ro.set("range", range(r.range()));
            ro.set("comments", comments(r.comments()));
            ro.set("annotations", annotations(r.annotations()));
            ro.set("steps", steps(r.body(), 1, r.name()));
        }
        o.set("comments", comments(t.comments()));
        return o;
    }

    private static ArrayNode steps(List<Step> steps, int depth, String function) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Step s : steps) {
            out.add(step(s, depth, function));
        }
        return out;
    }

    private static ObjectNode step(Step s, int depth, String function) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", s.kind().id());
        o.put("arrow", s.arrow().symbol());
        o.put("role", s.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        o.put("text", s.text());
        o.put("line", s.range().line());
        o.put("depth", depth);
        o.put("function", function);
        o.put("expands", s.expandedFunction().orElse(null));
        o.put("label", s.label());
        o.put("declaredType", s.declaredType());
        o.put("indent", s.indent());
        o.put("elided", s.elided());
        o.put("snapped", s.snapped());
        o.set("range", range(s.range()));
        o.set("inline", s.inline() == null ? null : step(s.inline(), depth, function));
        o.set("comments", comments(s.comments()));
        o.set("annotations", annotations(s.annotations()));
        o.set("children", steps(s.children(), depth + 1, s.expandedFunction().orElse(function)));
        o.set("alternatives", steps(s.alternatives(), depth, function));
        return o;
    }

    private static ArrayNode comments(List<Comment> comments) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Comment c : comments) {
            ObjectNode o = out.addObject();
            o.put("marker", c.marker());
            o.put("text", c.text());
            o.put("placement", c.placement().name().toLowerCase(java.util.Locale.ROOT));
            o.set("range", range(c.range()));
        }
        return out;
    }

    private static ArrayNode annotations(List<Annotation> annotations) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Annotation a : annotations) {
            ObjectNode o = out.addObject();
            o.put("word", a.word());
            o.put("text", a.text());
            o.set("range", range(a.range()));
        }
        return out;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode out = MAPPER.createArrayNode();
        values.forEach(out::add);
        return out;
    }

    private static ObjectNode range(SourceRange r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("line", r.line());
        o.put("column", r.column());
        o.put("endLine", r.endLine());
        o.put("endColumn", r.endColumn());
        o.put("offset", r.offset());
        o.put("endOffset", r.endOffset());
        return o;
    }
}
