package org.tracenotes.core.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One definition of a function or method in a source tree.
 *
 * @param name      what a note calls it: {@code folio_try_get}, {@code HashMap.putVal}
 * @param qualified the full name: the C name again, or {@code java.util.HashMap.putVal(int,Object,...)}
 * @param file      the file that defines it
 * @param startLine first line of the definition (1-based)
 * @param endLine   last line of the definition (1-based)
 * @param signature the declaration as written, on one line ({@code int soft_offline_page(unsigned long pfn, int flags)})
 * @param body      what the body does, in source order
 * @param marks     facts about this definition: {@code ifdef:CONFIG_X}, {@code static}, {@code inline},
 *                  {@code macro}, {@code header}, {@code lambda}, {@code anonymous}, {@code no-bindings}
 */
public record SourceFunction(String name, String qualified, Path file, int startLine, int endLine,
                             String signature, List<SourceNode> body, Set<String> marks) {

    public SourceFunction {
        body = List.copyOf(body);
        marks = Set.copyOf(marks);
    }
}
