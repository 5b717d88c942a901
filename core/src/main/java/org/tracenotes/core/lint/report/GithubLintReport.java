package org.tracenotes.core.lint.report;

import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;

/**
 * GitHub Actions workflow commands, one a finding: {@code ::error file=…,line=…,col=…,title=rule::message}
 * (infos as {@code ::notice}), escaped as the runner requires.
 */
public final class GithubLintReport {

    private GithubLintReport() {
    }

    public static String render(LintSession.Result result) {
        StringBuilder out = new StringBuilder();
        for (LintSession.FileResult f : result.files()) {
            for (Diagnostic d : f.findings()) {
                String cmd = switch (d.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    default -> "notice";
                };
                out.append("::").append(cmd).append(" file=").append(property(f.path().toString().replace('\\', '/')))
                        .append(",line=").append(d.range().line()).append(",col=").append(d.range().column())
                        .append(",endLine=").append(d.range().endLine()).append(",endColumn=").append(d.range().endColumn())
                        .append(",title=").append(property("tracenotes " + d.ruleId())).append("::")
                        .append(data(d.message())).append('\n');
            }
        }
        return out.toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
