package org.tracenotes.eclipse.inosgi;

import static org.tracenotes.eclipse.inosgi.UiThread.pause;
import static org.tracenotes.eclipse.inosgi.UiThread.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.IMethod;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;
import org.tracenotes.eclipse.source.GenerateNoteHandler;
import org.tracenotes.eclipse.source.SourceLinks;

/**
 * Inside the running IDE: a Java project and a C folder, each with a note and a {@code .tracenotes.yaml} naming its
 * source; Ctrl+click links from a note's call to the method (through JDT's Java model) and to the C function (its file
 * at the line); Generate Trace Note on a Java method and on a C function name in a note; the source checks as markers.
 */
public class SourceScenario implements Callable<Map<String, Object>>, Runnable {

    private static final String CART = """
            package shop;

            public class Cart {
                private int count;

                public int total(String region) {
                    int sum = count * 2;
                    if (region.isEmpty()) {
                        return round(sum);
                    }
                    return sum;
                }

                static int round(int v) {
                    return v;
                }
            }
            """;

    private static final String DEMO_C = """
            #include <linux/mm.h>

            static int demo_get(struct page *page)
            {
            \treturn page_ref_inc(page);
            }

            int demo_take(struct page *page, int flags)
            {
            \tint ret;

            \tif (flags & 1)
            \t\treturn -1;
            \tret = demo_get(page);
            \treturn ret;
            }
            """;

    private final Map<String, Object> out = new LinkedHashMap<>();
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir"));

    @Override
    public Map<String, Object> call() throws Exception {
        UiThread.awaitWorkbench();
        IProject java = javaProject();
        IFile javaNote = create(java.getFile("cart.md"), """
                # Cart

                ```sh
                total(region)
                => if region.isEmpty()
                   => return round(sum)
                => return sum
                => rund(sum)
                ```
                """);
        create(java.getFile(".tracenotes.yaml"), "source: src\n");
        IProject c = NotesProject.create("c-notes");
        create(c.getFolder("linux"), null);
        create(c.getFolder("linux/mm"), null);
        create(c.getFile("linux/mm/demo.c"), DEMO_C);
        IFile cNote = create(c.getFile("demo.md"), """
                # demo

                ```c
                demo_take(page, flags)
                => if flags & 1
                   => return -1
                => ret = demo_get(page)
                => return ret
                ```
                """);
        create(c.getFile(".tracenotes.yaml"), "source: linux\n");
        java.build(IncrementalProjectBuilder.FULL_BUILD, null);
        c.build(IncrementalProjectBuilder.FULL_BUILD, null);
        out.put("javaMarkers", markers(javaNote));
        out.put("cMarkers", markers(cNote));

        ui(() -> {
            IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            w.getShell().setBounds(0, 0, 1600, 1000);
            IWorkbenchPage page = w.getActivePage();
            NoteEditor editor = (NoteEditor) IDE.openEditor(page, javaNote);
            String text = editor.text();
            int at = text.indexOf("round(sum)");
            List<IHyperlink> links = SourceLinks.of(javaNote, "round", new Region(at, 5));
            out.put("javaLinks", links.stream().map(IHyperlink::getHyperlinkText).toList());
            links.get(0).open();
            IEditorPart opened = page.getActiveEditor();
            out.put("javaOpened", opened.getEditorInput().getName());
            ITextSelection sel = (ITextSelection) ((ITextEditor) opened).getSelectionProvider().getSelection();
            out.put("javaSelection", sel.getText() + " line " + (sel.getStartLine() + 1));
        });
        pause(800);
        screenshot("source-1-java-method.png");

        ui(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            NoteEditor editor = (NoteEditor) IDE.openEditor(page, cNote);
            int at = editor.text().indexOf("demo_get(page)");
            List<IHyperlink> links = SourceLinks.of(cNote, "demo_get", new Region(at, 8));
            out.put("cLinks", links.stream().map(IHyperlink::getHyperlinkText).toList());
            links.get(0).open();
            ITextEditor opened = (ITextEditor) page.getActiveEditor();
            out.put("cOpened", opened.getEditorInput().getName());
            out.put("cCaretLine", ((ITextSelection) opened.getSelectionProvider().getSelection()).getStartLine() + 1);
        });
        pause(800);
        screenshot("source-2-c-function.png");

        ICompilationUnit unit = (ICompilationUnit) JavaCore.create(java.getFile("src/shop/Cart.java"));
        IMethod total = unit.getTypes()[0].getMethod("total", new String[] {"QString;"});
        ui(() -> {
            var request = GenerateNoteHandler.request(new StructuredSelection(total), null).orElseThrow();
            out.put("javaRequest", request.function());
            IFile note = GenerateNoteHandler.generate(request);
            out.put("javaGenerated", note.getName());
            out.put("javaGeneratedText", new String(note.getContents().readAllBytes(), StandardCharsets.UTF_8));

            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            NoteEditor editor = (NoteEditor) IDE.openEditor(page, cNote);
            int at = editor.text().indexOf("demo_get(page)") + 2;
            var cRequest = GenerateNoteHandler.request(new TextSelection(at, 0), editor).orElseThrow();
            IFile cGenerated = GenerateNoteHandler.generate(cRequest);
            out.put("cGenerated", cGenerated.getName());
            out.put("cGeneratedText", new String(cGenerated.getContents().readAllBytes(), StandardCharsets.UTF_8));
            IDE.openEditor(page, cGenerated);
        });
        pause(800);
        screenshot("source-3-generated-note.png");
        return out;
    }

    private static IProject javaProject() throws Exception {
        IProject p = NotesProject.create("java-notes");
        IProjectDescription d = p.getDescription();
        List<String> natures = new ArrayList<>(List.of(d.getNatureIds()));
        natures.add(JavaCore.NATURE_ID);
        d.setNatureIds(natures.toArray(String[]::new));
        p.setDescription(d, null);
        create(p.getFolder("src"), null);
        create(p.getFolder("src/shop"), null);
        create(p.getFile("src/shop/Cart.java"), CART);
        IJavaProject jp = JavaCore.create(p);
        jp.setRawClasspath(new IClasspathEntry[] {JavaCore.newSourceEntry(p.getFolder("src").getFullPath())},
                p.getFolder("bin").getFullPath(), null);
        return p;
    }

    private static IFile create(IFile f, String text) throws Exception {
        f.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return f;
    }

    private static void create(IFolder f, Object unused) throws Exception {
        f.create(true, true, null);
    }

    private static List<String> markers(IFile note) throws Exception {
        List<String> out = new ArrayList<>();
        for (IMarker m : note.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
            out.add(m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + m.getAttribute(TracenotesIds.RULE_ID, ""));
        }
        out.sort(null);
        return out;
    }

    private void screenshot(String name) throws Exception {
        java.nio.file.Files.createDirectories(screenshots);
        Path png = screenshots.resolve(name);
        Process p = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
        out.put("screenshot " + name, p.waitFor() == 0 && java.nio.file.Files.size(png) > 0 ? png.toString() : "failed");
    }

    /** Closes the workbench, which ends the IDE application. */
    @Override
    public void run() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
