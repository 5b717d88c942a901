package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A C++ variable of a template type declared among the steps of a trace is a declaration. Made-up fragments. */
class TemplateDeclarationsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void aTemplateTypedVariableWithoutInitialiserIsADeclaration() {
        assertTrue(TemplateDeclarations.isTemplateDeclaration("std::vector<page_t*> pages;"));
        assertTrue(TemplateDeclarations.isTemplateDeclaration("map<int, std::string> names;"));
        assertTrue(TemplateDeclarations.isTemplateDeclaration("std::unique_ptr<Node<int>> *head ;"));
        assertTrue(TemplateDeclarations.isTemplateDeclaration("list<Job> &jobs;"));
    }

    @Test
    void comparisonsAndSentencesAreNoTemplateDeclaration() {
        assertFalse(TemplateDeclarations.isTemplateDeclaration("a < b > c;"));
        assertFalse(TemplateDeclarations.isTemplateDeclaration("x<y && z>w;"));
        assertFalse(TemplateDeclarations.isTemplateDeclaration("vec<int> v = make();"));
        assertFalse(TemplateDeclarations.isTemplateDeclaration("std::vector<int> holds the pages;"));
        assertFalse(TemplateDeclarations.isTemplateDeclaration("std::vector<int> v"));
        assertFalse(TemplateDeclarations.isTemplateDeclaration("n<3> a b;"));
    }

    @Test
    void aTemplateDeclarationAmongStepsReadsAsADeclaration() {
        assertEquals("""
                root scan_table()
                  call lock_table(t)
                  declaration std::vector<row_t*> rows;
                  call rows.push_back(first)
                  call unlock_table(t)
                """, read(
                "```c",
                "scan_table()",
                "    -> lock_table(t);",
                "    -> std::vector<row_t*> rows;",
                "    -> rows.push_back(first);",
                "    -> unlock_table(t);",
                "```",
                ""));
    }
}
