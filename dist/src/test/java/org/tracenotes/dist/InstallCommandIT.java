package org.tracenotes.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.dist.Tools.ROOT;
import static org.tracenotes.dist.Tools.VERSION;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's "Install" command, run as written but for where it reaches: the release URL becomes a file://
 * folder holding this build's zip as release 0.1.0, /opt, /usr/local/bin and /tmp become folders under
 * target/it, and sudo goes. Then `tracenotes` is on that PATH and runs from any folder.
 */
class InstallCommandIT {

    @Test
    void theReadmeInstallCommandPutsTracenotesOnPath() throws Exception {
        Tools.require("curl", "the install command downloads with curl");
        Tools.require("unzip", "the install command unpacks with unzip");
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int install = readme.indexOf("\n## Install\n");
        assertTrue(install > 0 && install < readme.indexOf("\n## Commands\n"), "README has an Install section before Commands");
        Matcher m = Pattern.compile("```sh\n(v=[^\n]+)\n```").matcher(readme);
        assertTrue(m.find(install), "the Install section has the one-line command");
        String command = m.group(1);
        Matcher v = Pattern.compile("^v=(\\d+\\.\\d+\\.\\d+) ").matcher(command);
        assertTrue(v.find(), command);
        String version = v.group(1);

        Path dir = Tools.freshDir("install-command");
        Path releases = dir.resolve("releases");
        Path unpacked = Tools.unzip(Tools.ZIP, dir.resolve("build"));
        Tools.rezip(unpacked, releases.resolve("v" + version + "/tracenotes-" + version + ".zip"), version);
        Path opt = Files.createDirectories(dir.resolve("opt"));
        Path bin = Files.createDirectories(dir.resolve("usr-local-bin"));
        Map<String, String> replacements = Map.of(
                "https://github.com/tracenotes/tracenotes/releases/download", releases.toUri().toString().replaceAll("/$", ""),
                "sudo ", "",
                " /opt", " " + opt,
                "=/opt", "=" + opt,
                "/usr/local/bin", bin.toString(),
                "/tmp/", dir + "/");
        // in two passes, through placeholders: a value may itself hold a key (a build under /tmp/)
        String local = command;
        List<Map.Entry<String, String>> ordered = List.copyOf(replacements.entrySet());
        for (int i = 0; i < ordered.size(); i++) {
            String key = ordered.get(i).getKey();
            if (!key.startsWith(" ") && !key.startsWith("=")) {
                assertTrue(local.contains(key), "the command has " + key + ": " + command);
            }
            local = local.replace(key, "\u0000" + i + "\u0000");
        }
        for (int i = 0; i < ordered.size(); i++) {
            local = local.replace("\u0000" + i + "\u0000", ordered.get(i).getValue());
        }
        assertTrue(!local.contains(" /opt") && !local.contains("sudo"), local);
        Tools.Result r = Tools.run(dir, Map.of(), 120, List.of("sh", "-c", local));
        assertEquals(0, r.code(), local + "\n" + r.all());

        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        Tools.Result t = Tools.run(cwd, Map.of("PATH", bin + ":" + System.getenv("PATH")), "sh", "-c", "tracenotes --version && tracenotes check \"$0\"",
                Tools.SEED.toString());
        assertEquals(0, t.code(), t.all());
        assertTrue(t.out().contains("tracenotes " + VERSION) && t.err().contains("checked 1 note: 0 errors"), t.all());
        assertTrue(Files.isSymbolicLink(bin.resolve("tracenotes")));
    }
}
