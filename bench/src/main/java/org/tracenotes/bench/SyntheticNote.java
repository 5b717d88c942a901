package org.tracenotes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated seed-dialect note with a given number of call sites: {@code functions} roots, each a
 * trace block of {@code sitesPerFunction} calls, a third of them under an {@code if} whose condition
 * is a call too, spread over the other functions so the graph has cycles and long paths.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.tracenotes.bench.SyntheticNote 100000 out.md}
 * writes one, for measuring the CLI.
 */
public final class SyntheticNote {

    private SyntheticNote() {
    }

    /** A note with exactly {@code callSites} call sites (rounded down to whole functions of 100). */
    public static String withCallSites(int callSites) {
        int perFunction = 100;
        int functions = Math.max(1, callSites / perFunction);
        StringBuilder sb = new StringBuilder(callSites * 40);
        sb.append("# synthetic note: ").append(functions * perFunction).append(" call sites\n\n");
        for (int f = 0; f < functions; f++) {
            sb.append("## fn").append(f).append("\n```sh\nfn").append(f).append("(page, flags)\n");
            int site = 0;
            int step = 0;
            while (site < perFunction) {
                int callee = (int) ((f * 31L + step * 7L) % functions);
                if (step % 3 == 0 && site + 2 <= perFunction) {
                    sb.append("=> if check").append(step % 17).append("(page):  ## branch ").append(step).append('\n');
                    sb.append("   => ret = fn").append(callee).append("(page, flags)\n");
                    site += 2;
                } else {
                    sb.append("=> fn").append(callee).append("(page, flags)\n");
                    site++;
                }
                step++;
            }
            sb.append("=> return ret\n```\n\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path out = Path.of(args.length > 1 ? args[1] : "synthetic.md");
        Files.writeString(out, withCallSites(sites), StandardCharsets.UTF_8);
        System.out.println(out + ": " + Files.size(out) + " bytes, " + sites + " call sites");
    }
}
