package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.grammar.GoSignatureTrees;

/**
 * Trees of Go signatures in a note's text, outside fences, one TAB a level: each line a call of the
 * function or method on the line above it, pointer receivers written {@code pkg.*Type.method}, parameter
 * and result types as Go declares them; a type assertion with steps under it an if, a field read an
 * expression, a name ending in {@code ....} steps left out. Go code pasted without a fence, prose indented
 * under a paragraph, flat lists and plain call trees keep their reading. Every fragment is made up.
 */
class GoSignatureTreesTest {

    @Test
    void signaturesNestByTabsUnderACaption() {
        assertEquals("""
                root foo.Run(addr string) error
                  call foo.*Server.Serve(l net.Listener) error
                    call net.Listener.Accept() (net.Conn, error)
                    call foo.*conn.serve(ctx context.Context)
                      call defer foo.*conn.serve.func()
                      if foo.*conn.rwc.(*tls.Conn)
                        call tls.*Conn.Handshake() error
                        expression tls.ConnectionState.NegotiatedProtocol
                      call foo.handler{foo.*conn.srv}.Serve(w, w.req)
                      prose foo.*conn....
                """, Parsing.shape(Parsing.parse("""
                The main path:
                foo.Run(addr string) error
                \tfoo.*Server.Serve(l net.Listener) error
                \t\tnet.Listener.Accept() (net.Conn, error)
                \t\tfoo.*conn.serve(ctx context.Context)
                \t\t\tdefer foo.*conn.serve.func()
                \t\t\tfoo.*conn.rwc.(*tls.Conn)
                \t\t\t\ttls.*Conn.Handshake() error
                \t\t\t\ttls.ConnectionState.NegotiatedProtocol
                \t\t\tfoo.handler{foo.*conn.srv}.Serve(w, w.req)
                \t\t\tfoo.*conn....

                More words.
                """)));
    }

    @Test
    void crlfLinesAndMethodsNamedAloneAreReadToo() {
        String note = "# Frames\r\n\r\nWords.\r\n\r\nbar.Listen(s *bar.Server) error \r\n\tbar.*Server.loop()\r\n"
                + "\t\tbar.*Server.readFrame\r\n\t\tbar.*Server.writeFrame(f Frame) (int, error)\r\n\t\t\tbar.*Server.flush()\r\n"
                + "\t\tbar.*Server....";
        assertEquals("""
                root bar.Listen(s *bar.Server) error
                  call bar.*Server.loop()
                    call bar.*Server.readFrame
                    call bar.*Server.writeFrame(f Frame) (int, error)
                      call bar.*Server.flush()
                    prose bar.*Server....
                """, Parsing.shape(Parsing.parse(note)));
    }

    @Test
    void remarksAfterASignatureAreNoPartOfItsText() {
        assertEquals("""
                root baz.Open(path string) (*baz.File, error)
                  call baz.*File.lock()  // takes the lock
                  call baz.*File.read(n int)
                """, Parsing.shape(Parsing.parse("""
                Words.

                baz.Open(path string) (*baz.File, error)
                \tbaz.*File.lock() // takes the lock
                \tbaz.*File.read(n int) 读取数据
                """)));
    }

    @Test
    void goCodePastedWithoutAFenceStaysText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Some words.

                func main() {
                \thttp.HandleFunc("/", hello)
                \tlog.Fatal(http.ListenAndServe(":8080", nil))
                }
                """)));
    }

    @Test
    void proseIndentedUnderASignatureStaysText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                net.Listen(network, address string) (net.Listener, error)
                \tListen announces on the local network address.
                """)));
        assertEquals("", Parsing.shape(Parsing.parse("""
                http.ListenAndServe starts the server.
                \tIt blocks until the listener fails.
                """)));
    }

    @Test
    void aFlatListOfSignaturesIsNoTree() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Words:

                foo.*Server.Serve(l net.Listener) error
                foo.*Server.Close() error
                foo.*Server.Shutdown(ctx context.Context) error
                """)));
    }

    @Test
    void aCallTreeWithoutGoTypesKeepsItsReading() {
        assertEquals("""
                root foo.Start(cfg)
                  call foo.open(cfg)
                    call foo.dial(addr)
                """, Parsing.shape(Parsing.parse("""
                Words:

                foo.Start(cfg)
                \tfoo.open(cfg)
                \t\tfoo.dial(addr)
                """)));
    }

    @Test
    void aStepIsAPackagedNameWithItsSignature() {
        assertTrue(step("http.*conn.serve(ctx context.Context)"));
        assertTrue(step("\tnet.Listen(network, address string) (net.Listener, error)"));
        assertTrue(step("x.*T.m(f func(int) error, xs ...string) map[string]int"));
        assertTrue(step("go foo.*Pool.worker(id int)"));
        assertTrue(step("foo.T.Field"));
        assertFalse(step("foo"));   // a package alone
        assertFalse(step("Foo.Bar()"));   // a package is lower case
        assertFalse(step("foo.Bar(x) is slow"));
        assertFalse(step("foo.Bar(\"/\", func(w http.ResponseWriter, r *http.Request) {"));
        assertFalse(step("func (s *Server) Serve(l net.Listener) error"));
        assertTrue(field("tls.ConnectionState.NegotiatedProtocol"));
        assertFalse(field("foo.*conn.serve"));
        assertFalse(field("foo.Serve"));
        assertFalse(field("foo.T.M()"));
    }

    private static boolean step(String s) {
        int[] t = s.codePoints().toArray();
        return GoSignatureTrees.step(t, 0, t.length) >= 0;
    }

    private static boolean field(String s) {
        int[] t = s.codePoints().toArray();
        return GoSignatureTrees.fieldRead(t, 0, t.length);
    }
}
