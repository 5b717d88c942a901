package org.tracenotes.core.graph;

import java.util.List;
import java.util.Locale;

/**
 * A self-contained SVG of a call graph's {@link GraphLayout} (ELK's layered layout, computed
 * in-process); this class only writes the SVG. Parallel call sites between two
 * functions are one arrow labelled with their count. Kinds differ in fill and border (legend at the
 * top); indirect calls are dashed; a highlighted path is red and bold.
 */
public final class SvgExporter implements GraphExporter {

    private static final double PAD = GraphLayout.PAD;
    private static final double LEGEND_HEIGHT = 36;

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public String export(CallGraph graph, List<CallSite> highlight) {
        GraphLayout layout = GraphLayout.of(graph, highlight);
        double width = Math.max(Math.max(layout.width(), 560), legendWidth(layout) + PAD);
        double height = layout.height() + LEGEND_HEIGHT;
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
        legend(svg, layout);
        svg.append(String.format(Locale.ROOT, "<g transform=\"translate(0 %.0f)\">\n", LEGEND_HEIGHT));
        for (GraphLayout.Arrow a : layout.arrows()) {
            edge(svg, a);
        }
        for (GraphLayout.Box b : layout.boxes()) {
            node(svg, b);
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    static double textWidth(String s) {
        return GraphLayout.textWidth(s);
    }

    private static String marker(String id, String color) {
        return "  <marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                + " markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\""
                + color + "\"/></marker>\n";
    }

    /** The kinds present, in a fixed order, then indirect calls and the highlight when the picture has them. */
    private static List<String> legendItems(GraphLayout layout) {
        List<String> items = new java.util.ArrayList<>();
        for (FunctionKind k : FunctionKind.values()) {
            if (layout.boxes().stream().anyMatch(b -> b.kind() == k)) {
                items.add(k.id());
            }
        }
        if (layout.arrows().stream().anyMatch(GraphLayout.Arrow::indirect)) {
            items.add("indirect");
        }
        if (layout.arrows().stream().anyMatch(GraphLayout.Arrow::marked)
                || layout.boxes().stream().anyMatch(GraphLayout.Box::onPath)) {
            items.add("highlighted path");
        }
        return items;
    }

    private static double legendWidth(GraphLayout layout) {
        double x = PAD;
        for (String item : legendItems(layout)) {
            x += 24 + textWidth(item) + 24;
        }
        return x;
    }

    private static void legend(StringBuilder svg, GraphLayout layout) {
        double x = PAD;
        for (String item : legendItems(layout)) {
            if (item.equals("indirect") || item.equals("highlighted path")) {
                boolean marked = item.equals("highlighted path");
                svg.append(String.format(Locale.ROOT,
                        "<line class=\"legend\" x1=\"%.1f\" y1=\"17\" x2=\"%.1f\" y2=\"17\" stroke=\"%s\" stroke-width=\"%s\"%s/>"
                                + "<text x=\"%.1f\" y=\"22\" fill=\"#111827\">%s</text>\n",
                        x, x + 18, marked ? "#dc2626" : "#374151", marked ? "3" : "1.3",
                        marked ? "" : " stroke-dasharray=\"5 3\"", x + 24, item));
            } else {
                Style st = Style.of(FunctionKind.valueOf(item.toUpperCase(Locale.ROOT)));
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"legend\" x=\"%.1f\" y=\"10\" width=\"18\" height=\"14\" rx=\"3\" fill=\"%s\""
                                + " stroke=\"%s\" stroke-width=\"%s\"%s/>",
                        x, st.fill, st.stroke, st.strokeWidth, st.dash));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"22\" fill=\"#111827\">%s</text>\n",
                        x + 24, item));
            }
            x += 24 + textWidth(item) + 24;
        }
    }

    private static void edge(StringBuilder svg, GraphLayout.Arrow a) {
        double[] p = a.points();
        if (p.length == 0) {
            return;
        }
        StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", p[0], p[1]));
        int bends = p.length / 2 - 2;
        for (int i = 2; i < p.length; i += 2) {
            d.append(String.format(Locale.ROOT, " L%.1f,%.1f", p[i], p[i + 1]));
        }
        double midX;
        double midY;
        if (bends > 0) {
            int mid = 1 + bends / 2;
            midX = p[2 * mid];
            midY = p[2 * mid + 1];
        } else {
            midX = (p[0] + p[2]) / 2;
            midY = (p[1] + p[3]) / 2;
        }
        String color = a.marked() ? "#dc2626" : "#374151";
        svg.append(String.format(Locale.ROOT,
                "<path class=\"call%s\" d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s"
                        + " marker-end=\"url(#%s)\"/>\n",
                a.marked() ? " highlighted" : "", d, color, a.marked() ? "3" : "1.3",
                a.indirect() ? " stroke-dasharray=\"5 3\"" : "", a.marked() ? "arrow-marked" : "arrow"));
        if (a.count() > 1) {
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">×%d</text>\n",
                    midX + 4, midY - 3, color, a.count()));
        }
    }

    private static void node(StringBuilder svg, GraphLayout.Box b) {
        FunctionKind kind = b.kind();
        boolean onPath = b.onPath();
        String name = b.function();
        Style st = Style.of(kind);
        svg.append(String.format(Locale.ROOT,
                "<g class=\"function %s%s\"><title>%s (%s)</title>"
                        + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\""
                        + " stroke=\"%s\" stroke-width=\"%s\"%s/>"
                        + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\"%s>%s</text></g>\n",
                kind.id(), onPath ? " highlighted" : "", escape(name), kind.id(),
                b.x(), b.y(), b.width(), b.height(), st.fill,
                onPath ? "#dc2626" : st.stroke, onPath ? "3" : st.strokeWidth, st.dash,
                b.x() + b.width() / 2, b.y() + b.height() / 2 + 4.5, st.text,
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
                case SOURCE -> new Style("#f3e8ff", "#7e22ce", "1.5", "", "#111827");
            };
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
