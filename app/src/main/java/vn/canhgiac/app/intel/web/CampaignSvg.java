package vn.canhgiac.app.intel.web;

import java.util.List;
import java.util.Locale;

import vn.canhgiac.app.intel.CampaignGraph;

/**
 * Draws a campaign as an SVG on the server (no script, no inline style: presentation
 * attributes only, which the Content-Security-Policy allows). Cases sit on the outer
 * circle and link to their pages; linking values sit on the inner circle, with a line to
 * every case they appear in.
 */
final class CampaignSvg {

	private static final int SIZE = 640;

	private static final double CENTER = SIZE / 2.0;

	private CampaignSvg() {
	}

	static String render(CampaignGraph graph) {
		int cases = graph.cases().size();
		int values = graph.indicators().size();
		double outer = (cases <= 1) ? 0 : 250;
		double inner = (values <= 1) ? 0 : Math.min(170, 70 + values * 12);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(SIZE)
			.append(' ')
			.append(SIZE)
			.append("\" class=\"campaign-graph\" role=\"img\" aria-labelledby=\"graph-title\">")
			.append("<title id=\"graph-title\">")
			.append(cases)
			.append(" / ")
			.append(values)
			.append("</title>");
		double[][] casePoints = new double[cases][];
		for (int i = 0; i < cases; i++) {
			casePoints[i] = point(outer, i, cases, -Math.PI / 2);
		}
		// Each value sits between the cases it links (half-way from the centre to their
		// centroid), so lines stay short; values that would meet are spread on a circle.
		double[][] valuePoints = new double[values][];
		for (int v = 0; v < values; v++) {
			double x = 0;
			double y = 0;
			List<Integer> linked = graph.indicators().get(v).cases();
			for (int c : linked) {
				x += casePoints[c][0];
				y += casePoints[c][1];
			}
			x = CENTER + 0.55 * (x / linked.size() - CENTER);
			y = CENTER + 0.55 * (y / linked.size() - CENTER);
			boolean crowded = Math.hypot(x - CENTER, y - CENTER) < 40;
			for (int u = 0; u < v && !crowded; u++) {
				crowded = Math.hypot(x - valuePoints[u][0], y - valuePoints[u][1]) < 60;
			}
			valuePoints[v] = crowded ? point(inner, v, values, -Math.PI / 2 + Math.PI / Math.max(1, values))
					: new double[] { x, y };
		}
		svg.append("<g stroke=\"#8a94a6\" stroke-width=\"1.5\">");
		for (int v = 0; v < values; v++) {
			for (int c : graph.indicators().get(v).cases()) {
				svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
						valuePoints[v][0], valuePoints[v][1], casePoints[c][0], casePoints[c][1]));
			}
		}
		svg.append("</g>");
		for (int v = 0; v < values; v++) {
			CampaignGraph.Node node = graph.indicators().get(v);
			double x = valuePoints[v][0];
			double y = valuePoints[v][1];
			svg.append("<a href=\"/intel/indicators/").append(node.indicatorId()).append("\">");
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%.1f\" y=\"%.1f\" width=\"18\" height=\"18\" rx=\"3\" fill=\"%s\" stroke=\"#ffffff\"/>",
					x - 9, y - 9, color(node.type())));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%.1f\" font-size=\"17\" text-anchor=\"middle\" fill=\"#1f2933\">", x, y + 24))
				.append(escape(label(node)))
				.append("</text></a>");
		}
		for (int i = 0; i < cases; i++) {
			double x = casePoints[i][0];
			double y = casePoints[i][1];
			String id = graph.cases().get(i).toString();
			svg.append("<a href=\"/cases/").append(id).append("\">");
			svg.append(String.format(Locale.ROOT,
					"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"12\" fill=\"#1a56db\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
					x, y));
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%.1f\" font-size=\"16\" text-anchor=\"middle\" fill=\"#1a56db\">", x, y - 16))
				.append(id, 0, 8)
				.append("</text></a>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static double[] point(double radius, int i, int n, double start) {
		double angle = start + 2 * Math.PI * i / Math.max(1, n);
		return new double[] { CENTER + radius * Math.cos(angle), CENTER + radius * Math.sin(angle) };
	}

	private static String label(CampaignGraph.Node node) {
		String value = node.value();
		return (value.length() > 22) ? value.substring(0, 21) + "…" : value;
	}

	static String color(String type) {
		return switch (type) {
			case "phone", "zalo" -> "#b3261e";
			case "bank_account", "card" -> "#8a4b08";
			case "crypto_wallet" -> "#6b21a8";
			case "telegram", "email" -> "#0f766e";
			case "url", "domain" -> "#1e40af";
			case "image_hash" -> "#be185d";
			default -> "#4b5563";
		};
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
