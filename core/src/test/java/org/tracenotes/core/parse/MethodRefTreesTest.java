package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tracenotes.grammar.MethodRefTrees;

/**
 * Indentation trees of Java method references ({@code Class#method}, {@code Class#method(Type, Type)}) in a
 * {@code java} or untagged fence, or unfenced at a note's very top: each reference a call of the one above it
 * at a shallower indent, pasted statements the steps of the reference whose body they are, a pasted method
 * header a declaration over its statements, {@code //} lines comments. Java source, flat lists of references,
 * prose and other languages' fences keep their reading. Every fragment is made up.
 */
class MethodRefTreesTest {

    @Test
    void referencesNestByIndentWithPastedStatementsAndAHeaderAsTheirSteps() {
        assertEquals("""
                root FooBean#onEvent
                  call FooConfig#doStart
                    call FooConfig#startUrls
                      assign Runner<?> runner = FACTORY.getRunner(ref, type);
                      assign Handle<?> handle = engine.start(runner);
                        call BarEngine#start
                          call BarEngine#openServer(URL, Handler)
                            declaration public Server bind(URL url, Handler h) throws Ex {
                              return return new HeaderServer(Binder.bind(url, h));
                              brace }
                root WrapA
                  call WrapB
                    call WrapC
                """, Parsing.shape(Parsing.parse("""
                ```java
                FooBean#onEvent
                    FooConfig#doStart
                        FooConfig#startUrls
                            // builds the proxy
                            Runner<?> runner = FACTORY.getRunner(ref, type);
                            Handle<?> handle = engine.start(runner);
                                
                                BarEngine#start
                                    BarEngine#openServer(URL, Handler)
                                        public Server bind(URL url, Handler h) throws Ex {
                                            return new HeaderServer(Binder.bind(url, h));
                                        }
                // the code above built
                // new Decoder(new HeaderHandler(h))

                // so a message goes through
                WrapA
                    WrapB
                        WrapC
                ```
                """)));
    }

    @Test
    void anUntaggedFenceWithACommentAboveItsRootIsATree() {
        assertEquals("""
                root Gate#open
                  call Gate#lock
                    call com.example.Latch$Inner#set(int, boolean)
                  call Gate#close
                """, Parsing.shape(Parsing.parse("""
                ```
                // first the gate opens
                Gate#open
                  Gate#lock
                    com.example.Latch$Inner#set(int, boolean)
                  Gate#close
                ```
                """)));
    }

    @Test
    void twoReferencesAtTheNotesTopAreARootAndItsCall() {
        assertEquals("""
                root PumpFactory#getPump
                  call PumpRegistry#lookup(java.lang.String, boolean)
                """, Parsing.shape(Parsing.parse("""
                PumpFactory#getPump
                    PumpRegistry#lookup(java.lang.String, boolean)

                Some words about the pump.
                """)));
    }

    @Test
    void javaSourceWithReferencesInItsJavadocStaysAListing() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```java
                public class Foo {
                    /**
                     * @see Bar#baz
                     */
                    public void run() {
                        bar.baz();
                    }
                }
                ```
                """)));
    }

    @Test
    void aFlatListOfReferencesIsNoTree() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```java
                Foo#bar
                Foo#baz
                Foo#qux
                ```
                """)));
    }

    @Test
    void aFenceWhoseFirstCodeIsNoReferenceStaysAListing() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```java
                int count = 0;
                    Foo#bar
                        Foo#baz
                ```
                """)));
    }

    @Test
    void anotherLanguagesFenceStaysAListing() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```python
                Gate#open
                    Gate#lock
                ```
                """)));
    }

    @Test
    void aSentenceLedByAReferenceStaysProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Gate#open is called first.
                    Then the lock is taken.
                """)));
    }

    @Test
    void referencesBelowTheNotesTopOutsideFencesStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                # Gates

                Gate#open
                    Gate#lock
                """)));
    }

    @Test
    void aReferenceIsAClassAMethodAndPerhapsItsParameters() {
        assertTrue(ref("Foo#bar"));
        assertTrue(ref("  a.b.Foo$1#bar_2(int, List<String>)  "));
        assertFalse(ref("foo#bar"));   // a class is capitalised
        assertFalse(ref("Foo#"));
        assertFalse(ref("Foo#bar baz"));
        assertFalse(ref("Foo#bar(int) is slow"));
        assertFalse(ref("#include <x.h>"));
        assertFalse(ref("see Foo#bar"));
        assertFalse(ref("Installation#Linux"));   // a page's anchor: a method starts lower-case
        assertTrue(ref("Gate#_open"));
        assertTrue(ref("Gate#$lambda"));
    }

    @Test
    void wikiAnchorsAtTheNotesTopStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Setup#Prerequisites
                    Setup#MacOS
                    Setup#Ubuntu

                The pages above describe each platform.
                """)));
    }

    @Test
    void wikiAnchorsInABareFenceStayAListing() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```
                Settings#Network
                    Settings#Proxy
                    Settings#Cache
                ```
                """)));
    }

    @Test
    void aLongLineWithNoSemicolonInATreeIsReadQuickly() {
        String line = "    X<> y = > y = ".repeat(1) + "> y = ".repeat(6_000);
        String text = "```java\nGate#open\n    Gate#lock\n" + line + "\n```\n";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Parsing.parse(text));
    }

    private static boolean ref(String s) {
        int[] t = s.codePoints().toArray();
        return MethodRefTrees.isReference(t, 0, t.length);
    }
}
