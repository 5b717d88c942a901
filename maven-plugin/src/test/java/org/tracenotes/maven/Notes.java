package org.tracenotes.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small notes for the mojo tests, and the repository's files. */
final class Notes {

    private Notes() {
    }

    static final String CLEAN = String.join("\n", "# Taking a reference", "", "```",
            "## @scenario in-use: lru, anon, mapped, refcount=1", "## @scenario free: buddy", "grab_page(page)",
            "=> if !folio_try_get(page):", "   => return -EBUSY", "=> ret = page_count(page)  ## @expect in-use: ret == 2",
            "=> put_page(page)", "=> return 0  ## @expect $ret == 0", "```", "");

    /** An error-level finding at 4:1: a scenario key the model does not have. */
    static final String BAD_SCENARIO = String.join("\n", "# Bad", "", "```", "## @scenario broken: lru, colour=blue",
            "check_page(page)", "=> ret = page_count(page)", "=> return ret", "```", "");

    /** A warning at 5:10: a misspelt call. */
    static final String TYPO = String.join("\n", "# Typo", "", "```", "pin_page(page)", "=> ret = flio_try_get(page)",
            "=> return ret", "```", "");

    /** An {@code @expect} on line 7 that fails in scenario busy. */
    static final String FAILING = String.join("\n", "# Failing", "", "```", "## @scenario busy: lru, refcount=1",
            "## @scenario idle: buddy", "count_refs(page)", "=> ret = page_count(page)  ## @expect busy: ret == 2",
            "=> return ret", "```", "");

    /** A call of a function nobody defines: an info, or a warning against a source tree that lacks it. */
    static final String HELPER = String.join("\n", "# Helper", "", "```", "pin_page(page)",
            "=> ret = frobnicate_page(page)", "=> return ret", "```", "");

    static Path write(Path dir, String relative, String text) {
        try {
            Path f = dir.resolve(relative);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: surefire passes it; from the module's folder it is the parent. */
    static Path repositoryRoot() {
        String root = System.getProperty("tracenotes.root");
        Path p = root != null ? Path.of(root) : Path.of("..");
        if (!Files.isDirectory(p.resolve("samples"))) {
            p = Path.of("..");
        }
        return p.toAbsolutePath().normalize();
    }
}
