package org.tracenotes.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.List;

/** Trace notes built from fuzzer data: steps the interpreter knows, nested at random, calling each other. */
final class GeneratedNotes {

    private static final String[] STEPS = {
        "=> ret = get_hwpoison_page(page, flags)", "=> if ret > 0:", "-> else:", "=> return ret", "=> x = x + 1",
        "=> while x < 3", "=> goto out", "out:", "=> page = pfn_to_online_page(pfn)", "=> put_page(page)",
        "=> if PageHWPoison(page):", "=> folio_try_get(folio)", "=> g()", "=> h(x)", "## 先略", "=> ...",
        "=> switch (x)", "=> case 1:", "=> break", "=> ret = -EBUSY", "=> SetPageHWPoison(page)", "=> x++",
    };
    private static final String[] GIVEN = {"lru", "anon", "mapped", "refcount=1", "buddy", "hwpoison", "hugetlb",
        "!pfn_valid", "flags=MF_COUNT_INCREASED", "migrate=enomem"};

    private GeneratedNotes() {
    }

    static String note(FuzzedDataProvider data) {
        StringBuilder out = new StringBuilder("```\nsoft_offline_page(pfn, flags)\n");
        int lines = data.consumeInt(1, 40);
        for (int i = 0; i < lines; i++) {
            out.append(" ".repeat(3 * data.consumeInt(0, 6))).append(data.pickValue(STEPS)).append('\n');
        }
        out.append("\ng()\n=> h(1)\n=> return 0\n\nh(x)\n=> if x:\n   => return g()\n=> return x\n```\n");
        return out.toString();
    }

    static List<String> given(FuzzedDataProvider data) {
        List<String> out = new ArrayList<>();
        int n = data.consumeInt(0, 4);
        for (int i = 0; i < n; i++) {
            out.add(data.pickValue(GIVEN));
        }
        return out;
    }
}
