package org.tracenotes.core.source.java;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.core.dom.AbstractTypeDeclaration;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.BodyDeclaration;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.IMethodBinding;
import org.eclipse.jdt.core.dom.ITypeBinding;
import org.eclipse.jdt.core.dom.MethodDeclaration;
import org.eclipse.jdt.core.dom.Modifier;
import org.eclipse.jdt.core.dom.RecordDeclaration;
import org.eclipse.jdt.core.dom.SingleVariableDeclaration;
import org.eclipse.jdt.core.dom.TypeDeclaration;
import org.eclipse.jdt.core.dom.TypeParameter;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceNode.Call;

/**
 * The methods and constructors a compilation unit declares, in its member types too, as {@link SourceFunction}s:
 * named {@code Type.method} after their innermost type; qualified {@code pkg.Outer.Type.method(int,Object)} with
 * the parameters' erased simple types (from the bindings when the parse has them, from the type parameters in
 * scope otherwise). Methods of anonymous and local classes are not listed: they belong to the method that writes them.
 */
final class JavaFunctions {

    /**
     * One method.
     *
     * @param function what the index answers
     * @param path     {@code java.util.HashMap.putVal}: what names are matched against
     * @param written  parameter types as written, simple names without generics
     * @param erased   parameter types erased
     * @param targets  with bindings, the method each call of the body calls, {@code pkg.Type.method(params)}
     */
    record JavaFunction(SourceFunction function, String path, List<String> written, List<String> erased,
                        Map<Call, String> targets) { }

    private JavaFunctions() {
    }

    static List<JavaFunction> of(CompilationUnit unit, String source, Path file, boolean bindings) {
        List<JavaFunction> out = new ArrayList<>();
        String pkg = unit.getPackage() == null ? "" : unit.getPackage().getName().getFullyQualifiedName();
        for (Object t : unit.types()) {
            type((AbstractTypeDeclaration) t, pkg, new HashMap<>(), unit, source, file, bindings, out);
        }
        return out;
    }

    private static void type(AbstractTypeDeclaration type, String outer, Map<String, String> typeVars,
                             CompilationUnit unit, String source, Path file, boolean bindings, List<JavaFunction> out) {
        String typeName = type.getName().getIdentifier();
        String typePath = outer.isEmpty() ? typeName : outer + "." + typeName;
        Map<String, String> vars = new HashMap<>(typeVars);
        if (type instanceof TypeDeclaration td) {
            addTypeVars(td.typeParameters(), vars);
        } else if (type instanceof RecordDeclaration rd) {
            addTypeVars(rd.typeParameters(), vars);
        }
        for (Object o : type.bodyDeclarations()) {
            BodyDeclaration member = (BodyDeclaration) o;
            if (member instanceof MethodDeclaration m) {
                out.add(method(m, typeName, typePath, vars, unit, source, file, bindings));
            } else if (member instanceof AbstractTypeDeclaration nested) {
                type(nested, typePath, Modifier.isStatic(nested.getModifiers()) ? Map.of() : vars,
                        unit, source, file, bindings, out);
            }
        }
    }

    private static JavaFunction method(MethodDeclaration m, String typeName, String typePath, Map<String, String> typeVars,
                                       CompilationUnit unit, String source, Path file, boolean bindings) {
        Map<String, String> vars = new HashMap<>(typeVars);
        addTypeVars(m.typeParameters(), vars);
        List<String> written = new ArrayList<>();
        List<String> erased = new ArrayList<>();
        for (Object p : m.parameters()) {
            SingleVariableDeclaration v = (SingleVariableDeclaration) p;
            String dims = "[]".repeat(v.getExtraDimensions()) + (v.isVarargs() ? "[]" : "");
            String w = JavaMethodName.typeKey(JavaBodies.oneLine(text(v.getType(), source))) + dims;
            written.add(w);
            String base = w.replace("[]", "");
            erased.add(vars.getOrDefault(base, base) + w.substring(base.length()));
        }
        Set<String> marks = new TreeSet<>();
        IMethodBinding binding = bindings ? m.resolveBinding() : null;
        if (binding != null) {
            ITypeBinding[] types = binding.getParameterTypes();
            if (types.length == erased.size()) {
                for (int i = 0; i < types.length; i++) {
                    erased.set(i, JavaMethodName.typeKey(types[i].getErasure().getName()));
                }
            }
        } else {
            marks.add("no-bindings");
        }
        int mods = m.getModifiers();
        if (Modifier.isStatic(mods)) {
            marks.add("static");
        }
        if (Modifier.isAbstract(mods) || Modifier.isNative(mods) || m.getBody() == null) {
            marks.add("no-body");
        }
        if (m.isConstructor()) {
            marks.add("constructor");
        }
        String methodName = m.getName().getIdentifier();
        Map<Call, String> targets = new IdentityHashMap<>();
        JavaBodies bodies = new JavaBodies(unit, source, marks, targets);
        var body = bodies.block(m.getBody());
        int start = declarationStart(m);
        String signature = JavaBodies.oneLine(source.substring(start,
                m.getBody() != null ? m.getBody().getStartPosition() : m.getStartPosition() + m.getLength()));
        if (signature.endsWith(";")) {
            signature = signature.substring(0, signature.length() - 1).strip();
        }
        String path = typePath + "." + methodName;
        SourceFunction fn = new SourceFunction(typeName + "." + methodName, path + "(" + String.join(",", erased) + ")",
                file, unit.getLineNumber(start), unit.getLineNumber(m.getStartPosition() + m.getLength() - 1),
                signature, body, marks);
        return new JavaFunction(fn, path, List.copyOf(written), List.copyOf(erased), targets);
    }

    /** A method binding as {@code pkg.Outer.Type.method(int,Object)}, or null for a method of an anonymous or local class. */
    static String qualified(IMethodBinding binding) {
        IMethodBinding m = binding.getMethodDeclaration();
        ITypeBinding type = m.getDeclaringClass() == null ? null : m.getDeclaringClass().getErasure();
        if (type == null || type.isAnonymous() || type.isLocal() || type.getQualifiedName().isEmpty()) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (ITypeBinding p : m.getParameterTypes()) {
            params.add(JavaMethodName.typeKey(p.getErasure().getName()));
        }
        String name = m.isConstructor() ? type.getName() : m.getName();
        return type.getQualifiedName() + "." + name + "(" + String.join(",", params) + ")";
    }

    /** Where the declaration starts after its Javadoc (a comment the parser may not have read as one). */
    private static int declarationStart(MethodDeclaration m) {
        ASTNode first = !m.modifiers().isEmpty() ? (ASTNode) m.modifiers().get(0)
                : !m.typeParameters().isEmpty() ? (ASTNode) m.typeParameters().get(0)
                : m.getReturnType2() != null ? m.getReturnType2() : m.getName();
        return first.getStartPosition();
    }

    private static void addTypeVars(List<?> parameters, Map<String, String> vars) {
        for (Object o : parameters) {
            TypeParameter p = (TypeParameter) o;
            String bound = p.typeBounds().isEmpty() ? "Object" : JavaMethodName.typeKey(p.typeBounds().get(0).toString());
            vars.put(p.getName().getIdentifier(), bound);
        }
    }

    private static String text(ASTNode node, String source) {
        return source.substring(node.getStartPosition(), node.getStartPosition() + node.getLength());
    }
}
