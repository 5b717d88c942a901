package org.tracenotes.eclipse.source;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.core.resources.IFile;
import org.eclipse.jdt.core.IMethod;

/** Generate requests for Java methods; names JDT types, so it loads only when the IDE has JDT. */
final class JavaRequests {

    private JavaRequests() {
    }

    static Optional<GenerateNoteHandler.Request> ofElement(Object selected) {
        return of(JavaElements.method(selected));
    }

    static Optional<GenerateNoteHandler.Request> atOffset(IFile file, int offset) {
        return of(JavaElements.methodAt(file, offset));
    }

    /** The request for a method of a workspace Java project: its source folder and {@code pkg.Type.method(params)}. */
    static Optional<GenerateNoteHandler.Request> of(IMethod m) {
        if (m == null) {
            return Optional.empty();
        }
        String[] x = JavaElements.extractable(m);
        return x == null ? Optional.empty()
                : Optional.of(new GenerateNoteHandler.Request(Path.of(x[0]), x[1], m.getJavaProject().getProject()));
    }
}
