package org.tracenotes.core.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A self-contained SVG drawn in-process: Eclipse ELK's layered (Sugiyama) algorithm places the
 * functions in layers with few crossings and routes the calls orthogonally; this class only measures
 * labels (a monospace font, so widths are exact) and writes the SVG. Parallel call sites between two
 * functions are one arrow labelled with their count. Kinds differ in fill and border (legend at the
 * top); indirect calls are dashed; a highlighted path is red and bold.
 */
public final class SvgExporter implements GraphExporter {

    private static final double CHAR_WIDTH = 7.8;   // 13px monospace advance, rounded up
    private static final double NODE_HEIGHT = 30;
    private static final double PAD = 12;
    private static final double LEGEND_HEIGHT = 36;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public String export(CallGraph graph, List<CallSite> highlight) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(PAD));

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (String f : graph.functions()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setDimensions(textWidth(f) + 2 * PAD, NODE_HEIGHT);
            nodes.put(f, n);
        }
        Set<CallSite> marked = new HashSet<>(highlight);
        List<Arrow> arrows = new ArrayList<>();
        for (CallGraph.CallPair pair : graph.callPairs()) {
            arrows.add(new Arrow(ElkGraphUtil.createSimpleEdge(nodes.get(pair.caller()), nodes.get(pair.callee())),
                    pair.sites().size(), pair.indirect(), pair.anyIn(marked)));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        double width = Math.max(root.getWidth(), 560);
        double height = root.getHeight() + LEGEND_HEIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                        + " font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"13\">\n",
                width, height, width, height));
        svg.append("<title>call graph</title>\n");
        svg.append("<defs>\n")
                .append(marker("arrow", "#374151")).append(marker("arrow-marked", "#dc2626"))
                .append("</defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        legend(svg);
        svg.append(String.format(Locale.ROOT, "<g transform=\"translate(0 %.0f)\">\n", LEGEND_HEIGHT));
        for (Arrow a : arrows) {
            edge(svg, a);
        }
        Set<String> onPath = PathMarks.functions(highlight);
        for (Map.Entry<String, ElkNode> e : nodes.entrySet()) {
            node(svg, e.getKey(), e.getValue(), graph.kind(e.getKey()), onPath.contains(e.getKey()));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** One drawn arrow: all call sites from one caller to one callee, and its laid-out edge. */
    private record Arrow(ElkEdge edge, int count, boolean indirect, boolean marked) { }

    static double textWidth(String s) {
        return s.codePointCount(0, s.length()) * CHAR_WIDTH;
    }

    private static String marker(String id, String color) {
        return "  <marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                + " markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\""
                + color + "\"/></marker>\n";
    }

    private static void legend(StringBuilder svg) {
        double x = PAD;
        for (FunctionKind k : new FunctionKind[] {FunctionKind.TRACED, FunctionKind.DECLARED, FunctionKind.UNKNOWN}) {
            Style st = Style.of(k);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"10\" width=\"18\" height=\"14\" rx=\"3\" fill=\"%s\" stroke=\"%s\""
                            + " stroke-width=\"%s\"%s/>",
                    x, st.fill, st.stroke, st.strokeWidth, st.dash));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"22\" fill=\"#111827\">%s</text>\n",
                    x + 24, k.id()));
            x += 24 + textWidth(k.id()) + 24;
        }
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"17\" x2=\"%.1f\" y2=\"17\" stroke=\"#374151\" stroke-dasharray=\"5 3\"/>"
                        + "<text x=\"%.1f\" y=\"22\" fill=\"#111827\">indirect</text>\n",
                x, x + 24, x + 30));
    }

    private static void edge(StringBuilder svg, Arrow a) {
        if (a.edge.getSections().isEmpty()) {
            return;
        }
        ElkEdgeSection s = a.edge.getSections().get(0);
        StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", s.getStartX(), s.getStartY()));
        double midX = s.getStartX();
        double midY = s.getStartY();
        List<ElkBendPoint> bends = s.getBendPoints();
        for (ElkBendPoint b : bends) {
            d.append(String.format(Locale.ROOT, " L%.1f,%.1f", b.getX(), b.getY()));
        }
        d.append(String.format(Locale.ROOT, " L%.1f,%.1f", s.getEndX(), s.getEndY()));
        if (!bends.isEmpty()) {
            midX = bends.get(bends.size() / 2).getX();
            midY = bends.get(bends.size() / 2).getY();
        } else {
            midX = (s.getStartX() + s.getEndX()) / 2;
            midY = (s.getStartY() + s.getEndY()) / 2;
        }
        String color = a.marked ? "#dc2626" : "#374151";
        svg.append(String.format(Locale.ROOT,
                "<path class=\"call%s\" d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s"
                        + " marker-end=\"url(#%s)\"/>\n",
                a.marked ? " highlighted" : "", d, color, a.marked ? "3" : "1.3",
                a.indirect ? " stroke-dasharray=\"5 3\"" : "", a.marked ? "arrow-marked" : "arrow"));
        if (a.count > 1) {
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">×%d</text>\n",
                    midX + 4, midY - 3, color, a.count));
        }
    }

    private static void node(StringBuilder svg, String name, ElkNode n, FunctionKind kind, boolean onPath) {
        Style st = Style.of(kind);
        svg.append(String.format(Locale.ROOT,
                "<g class=\"function %s%s\"><title>%s (%s)</title>"
                        + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\""
                        + " stroke=\"%s\" stroke-width=\"%s\"%s/>"
                        + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\"%s>%s</text></g>\n",
                kind.id(), onPath ? " highlighted" : "", escape(name), kind.id(),
                n.getX(), n.getY(), n.getWidth(), n.getHeight(), st.fill,
                onPath ? "#dc2626" : st.stroke, onPath ? "3" : st.strokeWidth, st.dash,
                n.getX() + n.getWidth() / 2, n.getY() + n.getHeight() / 2 + 4.5, st.text,
                kind == FunctionKind.UNKNOWN ? " font-style=\"italic\"" : "", escape(name)));
    }

    /** How each kind of function looks. */
    private record Style(String fill, String stroke, String strokeWidth, String dash, String text) {
        static Style of(FunctionKind kind) {
            return switch (kind) {
                case TRACED -> new Style("#dbeafe", "#1d4ed8", "2", "", "#111827");
                case DECLARED -> new Style("#fef9c3", "#a16207", "1.5", " stroke-dasharray=\"6 3\"", "#111827");
                case MODEL -> new Style("#dcfce7", "#15803d", "1.5", "", "#111827");
                case UNKNOWN -> new Style("#f3f4f6", "#6b7280", "1", " stroke-dasharray=\"2 2\"", "#374151");
            };
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
