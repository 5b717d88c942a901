package org.tracenotes.core.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Where a call graph's functions and calls are drawn: Eclipse ELK's layered (Sugiyama) algorithm places
 * the functions in layers with few crossings and routes the calls orthogonally. Labels are measured in
 * a 13px monospace font. The SVG exporter and the editor plugin's graph view both draw this.
 *
 * @param width  the drawing's width
 * @param height the drawing's height
 * @param boxes  one box per function
 * @param arrows one arrow per caller → callee pair (its call sites counted)
 */
public record GraphLayout(double width, double height, List<Box> boxes, List<Arrow> arrows) {

    /** 13px monospace advance, rounded up. */
    public static final double CHAR_WIDTH = 7.8;
    public static final double NODE_HEIGHT = 30;
    public static final double PAD = 12;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    public GraphLayout {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
    }

    /** A function's box; {@code onPath} when a highlighted call enters or leaves it. */
    public record Box(String function, FunctionKind kind, double x, double y, double width, double height, boolean onPath) {

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /**
     * The calls from one caller to one callee: a polyline (x0, y0, x1, y1, …) from the caller's box to
     * the callee's; {@code count} call sites; dashed when indirect; {@code marked} when highlighted.
     */
    public record Arrow(String caller, String callee, double[] points, int count, boolean indirect, boolean marked) { }

    /** Lays out {@code graph}, marking the calls of {@code highlight} and the functions they join. */
    public static GraphLayout of(CallGraph graph, List<CallSite> highlight) {
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
        List<CallGraph.CallPair> pairs = graph.callPairs();
        List<ElkEdge> edges = new ArrayList<>();
        for (CallGraph.CallPair pair : pairs) {
            edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(pair.caller()), nodes.get(pair.callee())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            CallGraph.CallPair pair = pairs.get(i);
            ElkEdge e = edges.get(i);
            double[] points = new double[0];
            if (!e.getSections().isEmpty()) {
                ElkEdgeSection s = e.getSections().get(0);
                List<ElkBendPoint> bends = s.getBendPoints();
                points = new double[4 + 2 * bends.size()];
                points[0] = s.getStartX();
                points[1] = s.getStartY();
                for (int b = 0; b < bends.size(); b++) {
                    points[2 + 2 * b] = bends.get(b).getX();
                    points[3 + 2 * b] = bends.get(b).getY();
                }
                points[points.length - 2] = s.getEndX();
                points[points.length - 1] = s.getEndY();
            }
            arrows.add(new Arrow(pair.caller(), pair.callee(), points, pair.sites().size(), pair.indirect(),
                    pair.anyIn(marked)));
        }
        Set<String> onPath = PathMarks.functions(highlight);
        List<Box> boxes = new ArrayList<>();
        nodes.forEach((f, n) -> boxes.add(new Box(f, graph.kind(f), n.getX(), n.getY(), n.getWidth(), n.getHeight(),
                onPath.contains(f))));
        return new GraphLayout(root.getWidth(), root.getHeight(), boxes, arrows);
    }

    /** The function drawn at ({@code x}, {@code y}), if any. */
    public java.util.Optional<Box> boxAt(double x, double y) {
        return boxes.stream().filter(b -> b.contains(x, y)).findFirst();
    }

    static double textWidth(String s) {
        return s.codePointCount(0, s.length()) * CHAR_WIDTH;
    }
}
