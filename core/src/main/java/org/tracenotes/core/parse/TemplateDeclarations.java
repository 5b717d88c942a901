package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;

/**
 * A C++ declaration of a variable of a template type without an initialiser, copied into a note as a step
 * ({@code std::vector<dict_index_t*> indexes;}, {@code map<int, std::string> names;},
 * {@code std::unique_ptr<Foo> p;}): a declaration. The grammar reads C, where {@code <} and {@code >} only
 * compare, so such a line reads as words without this. Only a line that is wholly such a declaration counts:
 * a qualified name, {@code <} right after it, balanced angle brackets holding names, {@code ::}, {@code *},
 * commas and spaces, then the declared name and {@code ;} (a comparison {@code a < b > c;} has spaces
 * before its {@code <}, a sentence has no closing {@code ;} after one name).
 */
final class TemplateDeclarations {

    private TemplateDeclarations() {
    }

    /** {@code DECLARATION} for a line that is a template-typed declaration read as words; {@code kind} otherwise. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (r == null || kind != StepKind.PROSE && kind != StepKind.EXPRESSION) {
            return kind;
        }
        String s = r.text().strip();
        if (s.length() < 6 || s.charAt(s.length() - 1) != ';' || s.indexOf('<') < 0) {
            return kind;   // the cheap tests first
        }
        return isTemplateDeclaration(s) ? StepKind.DECLARATION : kind;
    }

    /** Whether {@code s} is {@code ns::type<args> [*&]name;} and nothing else. */
    static boolean isTemplateDeclaration(String s) {
        int i = qualifiedName(s, 0);
        if (i < 0 || i >= s.length() || s.charAt(i) != '<') {
            return false;
        }
        int depth = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
                if (depth == 0) {
                    break;
                }
            } else if (!PlainTextCalls.isNamePart(c) && c != ':' && c != '*' && c != ',' && c != ' ') {
                return false;   // `a < b && c > d;`, `x<(y)>`: no type argument
            }
        }
        if (depth != 0) {
            return false;
        }
        i++;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '*' || s.charAt(i) == '&')) {
            i++;
        }
        int start = i;
        while (i < s.length() && PlainTextCalls.isNamePart(s.charAt(i))) {
            i++;
        }
        if (i == start || !PlainTextCalls.isNameStart(s.charAt(start))) {
            return false;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i == s.length() - 1 && s.charAt(i) == ';';
    }

    /** The index past {@code a::b::c} at {@code from}, -1 when no name starts there. */
    private static int qualifiedName(String s, int from) {
        int i = from;
        while (true) {
            int start = i;
            while (i < s.length() && PlainTextCalls.isNamePart(s.charAt(i))) {
                i++;
            }
            if (i == start || !PlainTextCalls.isNameStart(s.charAt(start))) {
                return -1;
            }
            if (i + 2 < s.length() && s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
                i += 2;
                continue;
            }
            return i;
        }
    }
}
