package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand scan of the names a code line calls finds what the regex it replaced finds. */
class CalledNamesTest {

    private static final Pattern REGEX = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

    private static Set<String> byRegex(String s) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = REGEX.matcher(s);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> byScan(String s) {
        Set<String> names = new LinkedHashSet<>();
        PlainChainParagraphs.addCalled(s, names);
        return names;
    }

    @Test
    void findsCallsWithBlanksBeforeTheParenthesisAndNotNamesGluedToWordsOrDigits() {
        assertEquals(Set.of("foo_bar", "baz", "q"), byScan("x = foo_bar (a, baz(b)) + 9zz(c) + é_x(d) + 中q(e) + q\t(f)")
                .stream().filter(n -> !n.equals("x")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(), byScan("no calls here; a->b, c[d]"));
    }

    @Test
    void agreesWithTheRegexOnTrickyAndRandomLines() {
        List<String> tricky = List.of("", "(", "a(", " a (", "_(", "9a(", "a9(", "éa(", "a\u0301b(", "\u0301a(", "x\u0301a(",
                "中文foo(x)", "foo(bar(baz()))", "if (a) b(c);", "a.b(c)->d (e)", "a\u000Bb(", "𝔘x(", "_x_ (", "a\n(");
        for (String s : tricky) {
            assertEquals(byRegex(s), byScan(s), s);
        }
        String alphabet = "ab_Z09 \t(),.->é中\u0301𝔘";
        Random r = new Random(12);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(14);
            for (int k = 0; k < len; k++) {
                b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String s = b.toString();
            assertEquals(byRegex(s), byScan(s), s);
        }
    }
}
