package org.tracenotes.core.lint.rules.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.lint.rules.Linting.fenced;
import static org.tracenotes.core.lint.rules.Linting.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Diagnostic;

/** The rules over annotations: unknown words and models, malformed scenarios. */
class AnnotationRulesTest {

    @Test
    void aMisspeltAnnotationSuggestsTheNearestWord() {
        List<Diagnostic> ds = findings(UnknownAnnotation.ID, fenced("## @scenarios x: lru", "f()", "=> g()", "=> return 1"));
        assertEquals(1, ds.size());
        assertTrue(ds.get(0).message().endsWith("did you mean `@scenario`?"), ds.get(0).message());
    }

    @Test
    void anUnknownModelListsTheModels() {
        List<Diagnostic> ds = findings(UnknownAnnotation.ID, fenced("## @model slab", "f()", "=> g()", "=> return 1"));
        assertEquals(1, ds.size());
        assertTrue(ds.get(0).message().startsWith("`@model slab` is not a model; models: "), ds.get(0).message());
    }

    @Test
    void aScenarioThatDoesNotReadAndOneWithAnUnknownKeyAreBothErrors() {
        List<String> messages = findings(InvalidScenario.ID, fenced("## @scenario has spaces in name lru",
                "## @scenario a: lru, colour", "f(page)", "=> g()", "=> return 0")).stream().map(Diagnostic::message).toList();
        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("is not `@scenario NAME: key, key=value, !key`"), messages.get(0));
        assertTrue(messages.get(1).startsWith("scenario a: "), messages.get(1));
    }
}
