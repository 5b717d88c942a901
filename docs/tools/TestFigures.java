import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the README's test figures — tests run, failed, skipped, and test time per module — from the
 * JUnit reports the last {@code mvn -B verify} left in each module's {@code target/surefire-reports}
 * and {@code target/failsafe-reports}, between {@code <!-- figures:tests -->} and
 * {@code <!-- /figures:tests -->}. A single-file program: {@code java docs/tools/TestFigures.java}.
 */
public final class TestFigures {

    private static final Pattern SUITE = Pattern.compile(
            "<testsuite\\b[^>]*?\\btests=\"(\\d+)\"[^>]*?>", Pattern.DOTALL);

    record Totals(int tests, int failed, int skipped, double seconds) {
        Totals plus(Totals o) {
            return new Totals(tests + o.tests, failed + o.failed, skipped + o.skipped, seconds + o.seconds);
        }
    }

    public static void main(String[] args) throws IOException {
        Path readme = Path.of(args.length > 0 ? args[0] : "README.md").toAbsolutePath().normalize();
        Path repo = readme.getParent();
        Map<String, Totals> modules = new TreeMap<>();
        try (Stream<Path> files = Files.walk(repo, 4)) {
            for (Path f : (Iterable<Path>) files.filter(TestFigures::isReport)::iterator) {
                String module = repo.relativize(f).getName(0).toString();
                modules.merge(module, totals(Files.readString(f, StandardCharsets.UTF_8)), Totals::plus);
            }
        }
        if (modules.isEmpty()) {
            System.err.println("test-figures: no test reports under */target; run `mvn -B verify` first");
            System.exit(2);
        }
        Totals all = modules.values().stream().reduce(new Totals(0, 0, 0, 0), Totals::plus);
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "The last full build (%s): %,d tests in %d modules, %d failed, %d skipped; time in tests %s (",
                LocalDate.now(), all.tests(), modules.size(), all.failed(), all.skipped(), duration(all.seconds())));
        String sep = "";
        for (Map.Entry<String, Totals> m : modules.entrySet()) {
            text.append(sep).append(String.format(Locale.ROOT, "%s %,d in %s", m.getKey(), m.getValue().tests(), duration(m.getValue().seconds())));
            sep = ", ";
        }
        text.append("); written by `docs/regenerate.sh` from the build's JUnit reports.");
        String md = Files.readString(readme, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(<!-- figures:tests -->\n)(.*?)(\n<!-- /figures:tests -->)", Pattern.DOTALL).matcher(md);
        if (!block.find()) {
            System.err.println("test-figures: " + readme + " has no <!-- figures:tests --> … <!-- /figures:tests --> block");
            System.exit(2);
        }
        String updated = md.substring(0, block.start(2)) + text + md.substring(block.end(2));
        Path tmp = Files.createTempFile(repo, ".README", ".tmp");
        Files.writeString(tmp, updated, StandardCharsets.UTF_8);
        Files.move(tmp, readme, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("test-figures: " + text);
    }

    static boolean isReport(Path f) {
        String name = f.getFileName().toString();
        String dir = f.getParent() == null ? "" : f.getParent().getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml") && (dir.equals("surefire-reports") || dir.equals("failsafe-reports"));
    }

    static Totals totals(String xml) {
        Matcher m = SUITE.matcher(xml);
        if (!m.find()) {
            return new Totals(0, 0, 0, 0);
        }
        String tag = m.group();
        return new Totals(attr(tag, "tests"), attr(tag, "failures") + attr(tag, "errors"), attr(tag, "skipped"), seconds(tag));
    }

    static int attr(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"(\\d+)\"").matcher(tag);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static double seconds(String tag) {
        Matcher m = Pattern.compile("\\btime=\"([0-9.,]+)\"").matcher(tag);
        return m.find() ? Double.parseDouble(m.group(1).replace(",", "")) : 0;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
    }
}
