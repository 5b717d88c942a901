package org.tracenotes.core.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The functions of a real source tree, and for each its body as a note talks about it: the one
 * contract the source checks ({@code lint --source}), {@code extract}, {@code graph --source} and the
 * IDE's go-to-definition use, whatever the language. Implementations: C with tree-sitter, Java with
 * Eclipse JDT's standalone {@code ASTParser}.
 *
 * <p>Names: C functions by their name ({@code soft_offline_page}); Java methods by {@code Type.method},
 * {@code pkg.Type.method} or {@code Type.method(int,String)} (a name without a parameter list matches
 * every overload). An index may parse lazily: {@link #lookup} parses only the files that can define
 * the name.
 */
public interface SourceIndex {

    /** {@code c} or {@code java}. */
    String language();

    /** Where the index came from, for messages: {@code C source under linux/ (1,234 files)}. */
    String origin();

    /** The tree's root folder. */
    Path root();

    /**
     * Every definition of {@code name}: one for most C functions; one per {@code #ifdef} arm or per
     * Java overload; empty when the tree does not define it.
     */
    List<SourceFunction> lookup(String name);

    /**
     * Function names the tree defines that look like {@code name}, best first, for did-you-mean; at
     * most {@code limit}. May answer from a name scan without parsing bodies.
     */
    List<String> similarNames(String name, int limit);

    /** Every function name the index knows without parsing more (may be partial for a lazy index). */
    Set<String> knownNames();

    /**
     * The definitions a call of {@code caller}'s body reaches, to follow a call into its callee ({@code extract
     * --depth}): by default every definition of the callee's name; the Java index narrows it to the method the
     * compiler resolves (with bindings) or to the caller's own type's methods of that name.
     */
    default List<SourceFunction> callees(SourceFunction caller, SourceNode.Call call) {
        return lookup(call.callee());
    }

    /**
     * The root line a note starts {@code f}'s trace with ({@code extract}): by default its signature as written;
     * the Java index writes {@code putVal(int hash, K key)}, which the note grammar reads as a function (modifiers,
     * type parameters and generics would make it prose).
     */
    default String noteRoot(SourceFunction f) {
        return f.signature();
    }

    /**
     * Code of this language as a note writes it ({@code extract}'s steps): by default as written; the Java index
     * drops type arguments ({@code ((TreeNode<K,V>)p)} becomes {@code ((TreeNode)p)}), which the note grammar
     * would read as comparisons.
     */
    default String noteCode(String code) {
        return code;
    }
}
