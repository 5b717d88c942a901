package org.tracenotes.core.source.java;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.FileASTRequestor;
import org.tracenotes.core.source.java.JavaFunctions.JavaFunction;

/**
 * Parsing Java files with Eclipse JDT's standalone {@link ASTParser}: all at once with bindings when
 * there is a classpath (the tree's root as the source path), else one by one without.
 */
final class JavaFileParser {

    /** Takes the methods of each file parsed. */
    interface Parsed {
        void accept(JavaFile file, List<JavaFunction> functions);
    }

    private final String root;
    private final List<String> classpath;

    /** A parser of the tree at {@code root}, with bindings from {@code classpath} (jars and class folders) unless it is empty. */
    JavaFileParser(String root, List<String> classpath) {
        this.root = root;
        this.classpath = classpath;
    }

    /** Parses the files of {@code byPath} (keyed by their path's text), handing each file's methods to {@code sink}. */
    void parse(Map<String, JavaFile> byPath, Parsed sink) {
        Map<String, String> options = new HashMap<>();
        JavaCore.setComplianceOptions(JavaCore.latestSupportedJavaVersion(), options);
        if (!classpath.isEmpty()) {
            ASTParser parser = newParser(options);
            parser.setResolveBindings(true);
            parser.setBindingsRecovery(true);
            parser.setEnvironment(classpath.toArray(String[]::new), new String[] {root}, new String[] {"UTF-8"}, true);
            parser.createASTs(byPath.keySet().toArray(String[]::new), null, new String[0], new FileASTRequestor() {
                @Override
                public void acceptAST(String sourceFilePath, CompilationUnit unit) {
                    JavaFile f = byPath.get(sourceFilePath);
                    if (f != null) {
                        sink.accept(f, JavaFunctions.of(unit, f.read(), f.path(), true));
                    }
                }
            }, null);
            return;
        }
        for (JavaFile f : byPath.values()) {
            String text = f.read();
            ASTParser parser = newParser(options);
            parser.setSource(text.toCharArray());
            CompilationUnit unit = (CompilationUnit) parser.createAST(null);
            sink.accept(f, JavaFunctions.of(unit, text, f.path(), false));
        }
    }

    private static ASTParser newParser(Map<String, String> options) {
        ASTParser parser = ASTParser.newParser(AST.getJLSLatest());
        parser.setKind(ASTParser.K_COMPILATION_UNIT);
        parser.setCompilerOptions(options);
        return parser;
    }
}
