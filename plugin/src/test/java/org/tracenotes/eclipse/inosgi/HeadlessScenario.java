package org.tracenotes.eclipse.inosgi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IMarkerResolution;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.builder.QuickFixGenerator;
import org.tracenotes.eclipse.builder.TracenotesNature;
import org.tracenotes.core.lint.rules.steps.AssignmentInCondition;

/** Inside a headless Equinox: the builder's markers on the seed in a real workspace, quick fixes, content types. */
public class HeadlessScenario implements Callable<Map<String, Object>> {

    @Override
    public Map<String, Object> call() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        IProject project = NotesProject.create("notes");
        out.put("builders", Arrays.stream(project.getDescription().getBuildSpec()).map(c -> c.getBuilderName()).toList());

        byte[] seed = Files.readAllBytes(Path.of(System.getProperty("samples.dir"), "soft-offline.md"));
        IFile note = project.getFile("soft-offline.md");
        note.create(new ByteArrayInputStream(seed), true, null);
        IFile plain = project.getFile("README.md");
        plain.create(new ByteArrayInputStream("# Notes\n\nNo trace here.\n".getBytes(StandardCharsets.UTF_8)), true, null);
        IFile trace = project.getFile("chain.trace");
        trace.create(new ByteArrayInputStream("f(x)\n=> g(x)\n=> return 0\n".getBytes(StandardCharsets.UTF_8)), true, null);

        byte[] bom = new byte[seed.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(seed, 0, bom, 3, seed.length);
        IFile bomNote = project.getFile("with-bom.md");
        bomNote.create(new ByteArrayInputStream(bom), true, null);

        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        out.put("markers", markers(note));
        out.put("bomReported", bomNote.getContentDescription().getProperty(
                org.eclipse.core.runtime.content.IContentDescription.BYTE_ORDER_MARK) != null);
        String bomText = ProjectNotes.read(bomNote);
        for (IMarker m : bomNote.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
            if (AssignmentInCondition.ID.equals(m.getAttribute(TracenotesIds.RULE_ID, ""))) {
                out.put("bomMarkedText", bomText.substring(m.getAttribute(IMarker.CHAR_START, 0), m.getAttribute(IMarker.CHAR_END, 0)));
            }
        }
        out.put("traceOutline", org.tracenotes.core.ide.OutlineTree.of(ProjectNotes.parse(trace, ProjectNotes.read(trace)))
                .stream().map(n -> n.label()).toList());
        out.put("plainMarkers", markers(plain));

        IContentType seedType = Platform.getContentTypeManager().findContentTypeFor(note.getContents(), note.getName());
        IContentType plainType = Platform.getContentTypeManager().findContentTypeFor(plain.getContents(), plain.getName());
        out.put("seedContentType", seedType == null ? "none" : seedType.getId());
        out.put("plainContentType", plainType == null ? "none" : plainType.getId());
        out.put("traceContentType", note.getWorkspace().getRoot().getFile(trace.getFullPath()).getContentDescription()
                .getContentType().getId());

        List<String> fixes = new ArrayList<>();
        QuickFixGenerator generator = new QuickFixGenerator();
        for (IMarker m : note.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
            if (m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING && generator.hasResolutions(m)) {
                for (IMarkerResolution r : generator.getResolutions(m)) {
                    fixes.add(m.getAttribute(IMarker.LINE_NUMBER, -1) + ": " + r.getLabel());
                }
            }
        }
        fixes.sort(null);
        out.put("fixes", fixes);
        // apply one fix at a time: each changes the text, so the next is computed on the new text
        for (int round = 0; round < 3; round++) {
            for (IMarker m : note.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
                if (m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING && generator.hasResolutions(m)) {
                    IMarkerResolution[] rs = generator.getResolutions(m);
                    if (rs.length > 0) {
                        rs[0].run(m);
                        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
                        break;
                    }
                }
            }
        }
        out.put("markersAfterFix", markers(note));
        List<String> lines = new String(note.getContents().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        out.put("fixedLines", List.of(lines.get(33).strip(), lines.get(40).strip(), lines.get(66).strip()));
        out.put("bytesOtherwiseUnchanged", sameExceptFixes(seed, note));

        TracenotesNature.disable(project);
        out.put("buildersAfterDisable", Arrays.stream(project.getDescription().getBuildSpec()).map(c -> c.getBuilderName()).toList());
        out.put("markersAfterDisable", project.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE).length);
        return out;
    }

    private static List<String> markers(IFile file) throws Exception {
        List<String> out = new ArrayList<>();
        for (IMarker m : file.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
            String severity = switch (m.getAttribute(IMarker.SEVERITY, -1)) {
                case IMarker.SEVERITY_ERROR -> "error";
                case IMarker.SEVERITY_WARNING -> "warning";
                default -> "info";
            };
            out.add(m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + severity + " " + m.getAttribute(TracenotesIds.RULE_ID, "?")
                    + (m.isSubtypeOf(IMarker.PROBLEM) ? "" : " (not a problem marker)"));
        }
        out.sort(java.util.Comparator.comparingInt((String s) -> Integer.parseInt(s.substring(0, s.indexOf(' '))))
                .thenComparing(s -> s));
        return out;
    }

    /** Whether every line but 34, 41 and 67 kept its bytes. */
    private static boolean sameExceptFixes(byte[] seed, IFile note) throws Exception {
        String[] before = new String(seed, StandardCharsets.UTF_8).split("\n", -1);
        String[] after = new String(note.getContents().readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
        if (before.length != after.length) {
            return false;
        }
        for (int i = 0; i < before.length; i++) {
            if (i + 1 != 34 && i + 1 != 41 && i + 1 != 67 && !before[i].equals(after[i])) {
                return false;
            }
        }
        return true;
    }
}
