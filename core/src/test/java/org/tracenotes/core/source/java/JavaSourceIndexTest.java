package org.tracenotes.core.source.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.source.NoteExtractor;
import org.tracenotes.core.source.SourceFunction;
import org.tracenotes.core.source.SourceNode;
import org.tracenotes.core.source.SourceNode.Branch;
import org.tracenotes.core.source.SourceNode.BranchKind;
import org.tracenotes.core.source.SourceNode.Call;
import org.tracenotes.core.source.SourceProgress;
import org.tracenotes.core.source.SourceTrees;

/** JavaSourceIndex on the fixture tree {@code source-java/} (a copy per test, so the cache starts empty). */
class JavaSourceIndexTest {

    @TempDir
    Path tree;

    @BeforeEach
    void copyFixture() throws Exception {
        Path fixture = Paths.get(getClass().getResource("/source-java").toURI());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path p : files.sorted().toList()) {
                Path to = tree.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private JavaSourceIndex open(List<Path> classpath) {
        return (JavaSourceIndex) assertInstanceOf(SourceTrees.Loaded.class, JavaSourceIndex.open(tree, classpath, SourceProgress.NONE)).index();
    }

    private JavaSourceIndex withoutBindings() {
        return open(List.of());
    }

    private JavaSourceIndex withBindings() throws IOException {
        return open(List.of(Files.createDirectories(tree.resolveSibling(tree.getFileName() + "-classes"))));
    }

    private static List<String> qualified(List<SourceFunction> fns) {
        return fns.stream().map(SourceFunction::qualified).sorted().toList();
    }

    @Test
    void typeAndMethodGivesEveryOverloadOfEveryTypeOfThatName() {
        assertEquals(List.of("shop.Cart.add(Item)", "shop.Cart.add(Item,int)", "shop.Cart.add(String,double[])", "shop.legacy.Cart.add(Item)"),
                qualified(withoutBindings().lookup("Cart.add")));
    }

    @Test
    void packageQualifiedNameTellsTheTypesApart() {
        JavaSourceIndex index = withoutBindings();
        assertEquals(3, index.lookup("shop.Cart.add").size());
        assertEquals(List.of("shop.legacy.Cart.add(Item)"), qualified(index.lookup("shop.legacy.Cart.add")));
        assertEquals(List.of("shop.legacy.Cart.add(Item)"), qualified(index.lookup("legacy.Cart.add")));
    }

    @Test
    void parameterListPicksOneOverload() {
        JavaSourceIndex index = withoutBindings();
        assertEquals(List.of("shop.Cart.add(Item,int)"), qualified(index.lookup("Cart.add(Item,int)")));
        assertEquals(List.of("shop.Cart.add(Item,int)"), qualified(index.lookup("shop.Cart.add(shop.Item, int)")));
        assertEquals(List.of("shop.Cart.add(String,double[])"), qualified(index.lookup("Cart.add(String,double...)")));
        assertEquals(List.of(), index.lookup("Cart.add(int)"));
    }

    @Test
    void typeVariableMatchesAsWrittenAndErasedToItsBound() {
        JavaSourceIndex index = withoutBindings();
        assertEquals(List.of("shop.Cart.pick(Item)"), qualified(index.lookup("Cart.pick(T)")));
        assertEquals(List.of("shop.Cart.pick(Item)"), qualified(index.lookup("Cart.pick(Item)")));
    }

    @Test
    void nestedTypeIsNamedByItselfOrWithItsOuterType() {
        JavaSourceIndex index = withoutBindings();
        List<SourceFunction> line = index.lookup("Line.total");
        assertEquals(List.of("shop.Cart.Line.total()"), qualified(line));
        assertEquals("Line.total", line.get(0).name());
        assertEquals(line, index.lookup("Cart.Line.total"));
        assertEquals(line, index.lookup("shop.Cart.Line.total()"));
    }

    @Test
    void bareMethodNameGivesEveryTypesMethod() {
        assertEquals(List.of("shop.Cart.Line.total()", "shop.Cart.total(String)"), qualified(withoutBindings().lookup("total")));
    }

    @Test
    void constructorIsNamedAfterItsType() {
        SourceFunction ctor = withoutBindings().lookup("Cart.Cart").get(0);
        assertTrue(ctor.marks().contains("constructor"));
        assertEquals("public Cart(Audit audit)", ctor.signature());
    }

    @Test
    void unknownOrMalformedNamesFindNothing() {
        JavaSourceIndex index = withoutBindings();
        assertEquals(List.of(), index.lookup("Cart.remove"));
        assertEquals(List.of(), index.lookup("Basket.add"));
        assertEquals(List.of(), index.lookup("Cart..add"));
        assertEquals(List.of(), index.lookup("Cart.add(int"));
    }

    @Test
    void functionHasFileLinesSignatureAndNoBindingsMark() {
        SourceFunction add = withoutBindings().lookup("Cart.add(Item,int)").get(0);
        assertEquals("Cart.add", add.name());
        assertEquals(tree.resolve("shop/Cart.java"), add.file());
        assertEquals(39, add.startLine());
        assertEquals(47, add.endLine());
        assertEquals("public void add(Item item, int count)", add.signature());
        assertTrue(add.marks().contains("no-bindings"), add.marks().toString());
    }

    @Test
    void ifElseIfElseArmsFollowTheIfWithTheirCalls() {
        List<SourceNode> body = withoutBindings().lookup("Cart.add(Item,int)").get(0).body();
        Branch ifArm = (Branch) body.get(0);
        assertEquals(BranchKind.IF, ifArm.kind());
        assertEquals("count <= 0", ifArm.condition());
        assertEquals("count<=0", ifArm.normalized());
        assertEquals(List.of("new IllegalArgumentException"), calls(ifArm.body()));
        assertEquals(BranchKind.ELSE_IF, ((Branch) body.get(2)).kind());
        assertEquals("free", ((Call) body.get(1)).callee()); // the condition's call comes before its branch
        assertEquals(List.of("item.sku", "audit.note"), calls(((Branch) body.get(2)).body()));
        Branch elseArm = (Branch) body.get(3);
        assertEquals(BranchKind.ELSE, elseArm.kind());
        assertEquals(List.of("new Line", "lines.add"), calls(elseArm.body()));
        assertEquals(4, body.size());
    }

    @Test
    void loopsKeepTheirConditionAndBody() {
        List<SourceNode> body = withoutBindings().lookup("Cart.total").stream()
                .filter(f -> f.name().equals("Cart.total")).findFirst().orElseThrow().body();
        List<String> shape = new ArrayList<>();
        for (SourceNode n : body) {
            shape.add(n instanceof Branch b ? b.kind() + " " + b.condition() : n instanceof Call c ? "call " + c.callee() : n.toString());
        }
        assertEquals(List.of("Assign[target=sum, operator==, value=0, line=63]", "call size", "FOR int i = 0; i < lines.size(); i++",
                "Assign[target=tries, operator==, value=0, line=67]", "WHILE sum > 1000 && tries < 3", "call tax",
                "Return[expression=sum + tax, line=73]"), shape);
        Call get = (Call) ((Branch) body.get(2)).body().get(0);
        assertEquals(List.of("lines.get", "lines.get(i).total"), calls(((Branch) body.get(2)).body()));
        assertEquals("sum", ((Call) ((Branch) body.get(2)).body().get(1)).assignedTo(), "sum += ...: the call's value goes to sum");
        assertEquals("", get.assignedTo());
        Call round = (Call) ((Branch) body.get(4)).body().get(0);
        assertEquals("Prices", round.receiver());
        assertEquals("sum", round.assignedTo());
        assertEquals("Prices.round(sum * 0.99)", round.text());
        assertEquals(69, round.line());
        assertEquals("tax", ((Call) body.get(5)).assignedTo());
    }

    @Test
    void foreachLoopConditionNamesItsVariableAndCollection() {
        List<SourceNode> body = withoutBindings().lookup("Cart.add(String,double[])").get(0).body();
        assertEquals(new SourceNode.Assign("added", "=", "0", 50), body.get(0));
        Branch loop = (Branch) body.get(1);
        assertEquals(BranchKind.FOR, loop.kind());
        assertEquals("double p : prices", loop.condition());
        assertEquals(List.of("new Item", "add"), calls(loop.body()));
    }

    @Test
    void tryCatchFinallySwitchCasesAndLabels() {
        List<SourceNode> body = withoutBindings().lookup("Cart.checkout").get(0).body();
        Branch tryArm = (Branch) body.get(0);
        assertEquals(BranchKind.TRY, tryArm.kind());
        Branch sw = (Branch) tryArm.body().get(0);
        assertEquals(BranchKind.SWITCH, sw.kind());
        assertEquals("payment", sw.condition());
        List<String> cases = sw.body().stream().map(n -> ((Branch) n).kind() + ":" + ((Branch) n).condition()).toList();
        assertEquals(List.of("CASE:\"card\"", "CASE:\"cash\", \"voucher\"", "DEFAULT:"), cases);
        assertEquals(List.of("total", "audit.charge"), calls(((Branch) sw.body().get(0)).body()));
        assertEquals(List.of(new SourceNode.Assign("receipt", "=", "\"paid\"", 94)), ((Branch) sw.body().get(1)).body());
        assertInstanceOf(SourceNode.Return.class, ((Branch) sw.body().get(2)).body().get(0));
        Branch caught = (Branch) body.get(1);
        assertEquals(BranchKind.CATCH, caught.kind());
        assertEquals("IllegalStateException e", caught.condition());
        assertEquals(List.of("e.getMessage", "audit.note"), calls(caught.body()));
        Branch fin = (Branch) body.get(2);
        assertEquals(BranchKind.FINALLY, fin.kind());
        assertEquals(List.of("audit.flush"), calls(fin.body()));
        assertEquals(new SourceNode.Label("outer", 105), body.get(3));
        assertEquals(BranchKind.DO_WHILE, ((Branch) body.get(5)).kind());
        assertEquals("audit.busy", ((Call) body.get(4)).receiver() + "." + ((Call) body.get(4)).callee());
        assertEquals(new SourceNode.Return("receipt", 113), body.get(6));
    }

    @Test
    void lambdaAndAnonymousClassCallsBelongToTheEnclosingMethod() {
        JavaSourceIndex index = withoutBindings();
        SourceFunction sort = index.lookup("Cart.sortAndLog").get(0);
        // post-order, as everywhere: what is inside the creation's class body comes before the creation
        assertEquals(List.of("a.total", "b.total", "Double.compare", "new Comparator", "lines.sort", "line.item.sku", "audit.note", "lines.forEach"),
                calls(sort.body()));
        assertTrue(sort.marks().containsAll(List.of("lambda", "anonymous")), sort.marks().toString());
        assertEquals(List.of(), index.lookup("compare"), "an anonymous class's method is not a method of the tree");
        assertFalse(index.lookup("Cart.add(Item)").get(0).marks().contains("lambda"));
    }

    @Test
    void switchExpressionCallsAndStaticCalls() {
        List<SourceNode> body = withoutBindings().lookup("Prices.tax").get(0).body();
        assertEquals(List.of("round"), calls(body.subList(0, 1)));
        assertInstanceOf(SourceNode.Return.class, body.get(1));
        assertEquals(List.of("Math.round"), calls(withoutBindings().lookup("Prices.round").get(0).body()));
    }

    @Test
    void withAClasspathMethodsHaveBindingsAndCallsResolveToOneOverload() throws IOException {
        JavaSourceIndex index = withBindings();
        assertTrue(index.bindings());
        SourceFunction adds = index.lookup("Cart.add(String,double[])").get(0);
        assertFalse(adds.marks().contains("no-bindings"), adds.marks().toString());
        assertEquals("shop.Cart.add(String,double[])", adds.qualified());
        Call add = (Call) ((Branch) adds.body().get(1)).body().get(1);
        assertEquals(List.of("shop.Cart.add(Item)"), qualified(index.callees(adds, add)));
        assertEquals(List.of("shop.Cart.pick(Item)"), qualified(index.lookup("Cart.pick(Item)")));
    }

    @Test
    void withoutBindingsACallOnThisReachesTheCallersTypeOverloadsOfItsArity() {
        JavaSourceIndex index = withoutBindings();
        SourceFunction adds = index.lookup("Cart.add(String,double[])").get(0);
        Call add = (Call) ((Branch) adds.body().get(1)).body().get(1);
        assertEquals(List.of("shop.Cart.add(Item)"), qualified(index.callees(adds, add)), "the one overload of one parameter");
        SourceFunction total = index.lookup("Line.total").get(0);
        Call round = (Call) total.body().get(1);
        assertEquals(List.of("shop.Prices.round(double)"), qualified(index.callees(total, round)));
    }

    @Test
    void similarNamesSuggestTheTypesMethods() {
        assertEquals("Cart.add", withoutBindings().similarNames("Cart.ad", 3).get(0));
        assertTrue(withoutBindings().similarNames("chekout", 3).contains("checkout"));
    }

    @Test
    void lookupParsesOnlyCandidateFilesAndTheCacheKeepsThemBetweenRuns() throws IOException {
        JavaSourceIndex first = withoutBindings();
        assertEquals(1, first.lookup("Prices.round").size());
        assertEquals(java.util.Set.of("Prices.round", "Prices.tax", "Prices.Prices"), first.knownNames());
        Path cache = tree.resolve(".tracenotes-cache/java/methods.tsv");
        assertTrue(Files.isRegularFile(cache));
        assertTrue(Files.readString(cache).contains("shop.Prices.round"));
        JavaSourceIndex second = withoutBindings();
        assertEquals(java.util.Set.of("Prices.round", "Prices.tax", "Prices.Prices"), second.knownNames(), "from the cache, before any lookup");
        assertEquals(18, second.parseAll(), "every method and constructor name of the fixture (Cart.add once)");
        assertTrue(second.knownNames().containsAll(List.of("Audit.busy", "Line.total", "Item.free", "Cart.Cart")));
    }

    @Test
    void aChangedFileIsReadAgain() throws IOException {
        assertEquals(1, withoutBindings().lookup("Prices.round").size());
        Path prices = tree.resolve("shop/Prices.java");
        Files.writeString(prices, Files.readString(prices).replace("round(", "roundUp("));
        Files.setLastModifiedTime(prices, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(prices).toMillis() + 2000));
        JavaSourceIndex again = withoutBindings();
        assertEquals(List.of(), again.lookup("Prices.round"));
        assertEquals(1, again.lookup("Prices.roundUp").size());
    }

    @Test
    void badRootsAndClasspathsAreMessagesNotExceptions() throws IOException {
        assertTrue(((SourceTrees.Failed) JavaSourceIndex.open(tree.resolve("nope"), List.of(), SourceProgress.NONE))
                .message().contains("not a folder"));
        Path empty = Files.createDirectories(tree.resolve("empty"));
        assertTrue(((SourceTrees.Failed) JavaSourceIndex.open(empty, List.of(), SourceProgress.NONE))
                .message().contains("no .java files"));
        assertTrue(((SourceTrees.Failed) JavaSourceIndex.open(tree, List.of(tree.resolve("missing.jar")), SourceProgress.NONE))
                .message().contains("missing.jar: no such classpath entry"));
    }

    @Test
    void readOnlyTreeIsIndexedWithoutACache() throws IOException {
        Files.createFile(tree.resolve(".tracenotes-cache")); // a file where the cache folder would go
        JavaSourceIndex index = withoutBindings();
        assertEquals(1, index.lookup("Prices.round").size());
    }

    @Test
    void interfaceMethodsWithoutBodyAreMarked() {
        JavaSourceIndex index = withoutBindings();
        assertTrue(index.lookup("Audit.note").get(0).marks().contains("no-body"));
        assertEquals("void note(String message)", index.lookup("Audit.note").get(0).signature());
        assertFalse(index.lookup("Audit.busy").get(0).marks().contains("no-body"));
    }

    @Test
    void sourceTreesOpensAJavaTreeWithTheJavaIndex() {
        SourceTrees.Result r = SourceTrees.open(tree, null, List.of(), SourceProgress.NONE);
        JavaSourceIndex index = (JavaSourceIndex) assertInstanceOf(SourceTrees.Loaded.class, r).index();
        assertEquals(1, index.lookup("Prices.round").size());
        assertInstanceOf(JavaSourceIndex.class, ((SourceTrees.Loaded) SourceTrees.open(tree, "java", List.of(), SourceProgress.NONE)).index());
    }

    @Test
    void noteRootAndNoteCodeAreWhatTheNoteGrammarReads() {
        JavaSourceIndex index = withoutBindings();
        assertEquals("add(String sku, double[] prices)", index.noteRoot(index.lookup("Cart.add(String,double[])").get(0)));
        assertEquals("pick(T wanted)", index.noteRoot(index.lookup("Cart.pick").get(0)));
        assertEquals("e = ((TreeNode)p).putTreeVal(this, tab)", index.noteCode("e = ((TreeNode<K,V>)p).putTreeVal(this, tab)"));
        assertEquals("m = new HashMap(x)", index.noteCode("m = new HashMap<String, List<Map.Entry<K, V>>>(x)"));
        assertEquals("if a < b && c > d", index.noteCode("if a < b && c > d"), "comparisons stay");
    }

    @Test
    void extractWritesAJavaMethodAsANoteThatParses() {
        String text = ((NoteExtractor.Extracted) NoteExtractor.extract(withoutBindings(), "Cart.add(String,double[])", 1)).text();
        assertEquals("""
                ## Cart.add

                Extracted by `tracenotes extract` from shop/Cart.java:49.

                ```sh
                add(String sku, double[] prices)    ## shop/Cart.java:49
                => added = 0    ## shop/Cart.java:50
                => for (double p : prices)    ## shop/Cart.java:51
                   => add(new Item(sku, p))    ## shop/Cart.java:52
                      => add(item, 1)    ## shop/Cart.java:36
                => return added    ## shop/Cart.java:55
                ```
                """, text);
        assertEquals(List.of(), new NoteParser().parse("cart.md", text).diagnostics());
    }

    @Test
    void languageAndOrigin() {
        JavaSourceIndex index = withoutBindings();
        assertEquals("java", index.language());
        assertTrue(index.origin().contains("(5 files, no bindings)"), index.origin());
    }

    /** The calls of a node list, in order, descending into nothing: {@code receiver.callee} or the bare callee. */
    static List<String> calls(List<SourceNode> nodes) {
        List<String> out = new ArrayList<>();
        for (SourceNode n : nodes) {
            if (n instanceof Call c) {
                out.add(c.receiver().isEmpty() ? c.callee() : c.receiver() + (c.receiver().equals("new") ? " " : ".") + c.callee());
            }
        }
        return out;
    }

    static List<String> allCallees(List<SourceNode> nodes) {
        List<String> out = new ArrayList<>();
        for (SourceNode n : nodes) {
            if (n instanceof Call c) {
                out.add(c.callee());
            } else if (n instanceof Branch b) {
                out.addAll(allCallees(b.body()));
            }
        }
        return out;
    }
}
