package vn.canhgiac.engine.forensics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A boosted Haar cascade in OpenCV's XML format (the "new" format written by
 * {@code opencv_traincascade} and shipped in Debian's {@code opencv-data}), evaluated in
 * pure Java after P. Viola and M. Jones, "Rapid object detection using a boosted cascade
 * of simple features", CVPR 2001, with Lienhart's stage trees. The XML is parsed with
 * DOCTYPE disallowed: it is a file from disk, but no XML in this engine resolves
 * anything.
 */
final class HaarCascade {

	record Rect(int x, int y, int w, int h, float weight) {
	}

	record Feature(Rect[] rects) {
	}

	/** Trees flattened: per node left, right, feature, threshold; leaves separately. */
	record Tree(int[] left, int[] right, int[] feature, float[] threshold, float[] leaves) {
	}

	record Stage(float threshold, Tree[] trees) {
	}

	final int windowWidth;

	final int windowHeight;

	final Stage[] stages;

	final Feature[] features;

	private HaarCascade(int windowWidth, int windowHeight, Stage[] stages, Feature[] features) {
		this.windowWidth = windowWidth;
		this.windowHeight = windowHeight;
		this.stages = stages;
		this.features = features;
	}

	static HaarCascade load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			Document doc = builder.parse(in);
			Element cascade = first(doc.getDocumentElement(), "cascade");
			if (!"HAAR".equals(text(cascade, "featureType")) || !"BOOST".equals(text(cascade, "stageType"))) {
				throw new IOException("not a boosted Haar cascade");
			}
			int w = Integer.parseInt(text(cascade, "width"));
			int h = Integer.parseInt(text(cascade, "height"));
			List<Stage> stages = new ArrayList<>();
			for (Element stage : children(first(cascade, "stages"))) {
				float threshold = Float.parseFloat(text(stage, "stageThreshold"));
				List<Tree> trees = new ArrayList<>();
				for (Element weak : children(first(stage, "weakClassifiers"))) {
					trees.add(tree(numbers(text(weak, "internalNodes")), numbers(text(weak, "leafValues"))));
				}
				stages.add(new Stage(threshold, trees.toArray(new Tree[0])));
			}
			List<Feature> features = new ArrayList<>();
			for (Element feature : children(first(cascade, "features"))) {
				Element tilted = firstOrNull(feature, "tilted");
				if (tilted != null && !"0".equals(tilted.getTextContent().trim())) {
					throw new IOException("tilted features are not supported");
				}
				List<Rect> rects = new ArrayList<>();
				for (Element r : children(first(feature, "rects"))) {
					double[] v = numbers(r.getTextContent());
					rects.add(new Rect((int) v[0], (int) v[1], (int) v[2], (int) v[3], (float) v[4]));
				}
				features.add(new Feature(rects.toArray(new Rect[0])));
			}
			return new HaarCascade(w, h, stages.toArray(new Stage[0]), features.toArray(new Feature[0]));
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("unreadable cascade", ex);
		}
	}

	private static Tree tree(double[] nodes, double[] leaves) {
		int n = nodes.length / 4;
		int[] left = new int[n];
		int[] right = new int[n];
		int[] feature = new int[n];
		float[] threshold = new float[n];
		for (int i = 0; i < n; i++) {
			left[i] = (int) nodes[i * 4];
			right[i] = (int) nodes[i * 4 + 1];
			feature[i] = (int) nodes[i * 4 + 2];
			threshold[i] = (float) nodes[i * 4 + 3];
		}
		float[] l = new float[leaves.length];
		for (int i = 0; i < l.length; i++) {
			l[i] = (float) leaves[i];
		}
		return new Tree(left, right, feature, threshold, l);
	}

	/**
	 * Every feature rectangle's four corners as offsets into integral images of one row
	 * stride, so that evaluating a window is additions from a base index only.
	 */
	record Layout(int stride, int[] corners, float[] weights, int[] firstRect) {
	}

	Layout layout(int stride) {
		int rects = 0;
		for (Feature f : this.features) {
			rects += f.rects().length;
		}
		int[] corners = new int[rects * 4];
		float[] weights = new float[rects];
		int[] firstRect = new int[this.features.length + 1];
		int r = 0;
		for (int f = 0; f < this.features.length; f++) {
			firstRect[f] = r;
			for (Rect rect : this.features[f].rects()) {
				corners[r * 4] = rect.y() * stride + rect.x();
				corners[r * 4 + 1] = rect.y() * stride + rect.x() + rect.w();
				corners[r * 4 + 2] = (rect.y() + rect.h()) * stride + rect.x();
				corners[r * 4 + 3] = (rect.y() + rect.h()) * stride + rect.x() + rect.w();
				weights[r] = rect.weight();
				r++;
			}
		}
		firstRect[this.features.length] = r;
		return new Layout(stride, corners, weights, firstRect);
	}

	/**
	 * Whether the window at (x, y) of the integral images passes every stage.
	 * @param layout the feature corners for the integral images' row stride
	 * @param sum summed-area table (w+1)×(h+1)
	 * @param sqsum summed squares, same layout
	 */
	boolean accepts(Layout layout, double[] sum, double[] sqsum, int x, int y) {
		int stride = layout.stride();
		int nw = this.windowWidth - 2;
		int nh = this.windowHeight - 2;
		double area = (double) nw * nh;
		double s = rectSum(sum, stride, x + 1, y + 1, nw, nh);
		double sq = rectSum(sqsum, stride, x + 1, y + 1, nw, nh);
		double nf = area * sq - s * s;
		double norm = (nf > 0) ? 1 / Math.sqrt(nf) : 1;
		int base = y * stride + x;
		int[] corners = layout.corners();
		float[] weights = layout.weights();
		int[] firstRect = layout.firstRect();
		for (Stage stage : this.stages) {
			double total = 0;
			for (Tree tree : stage.trees()) {
				int idx = 0;
				do {
					int f = tree.feature()[idx];
					double value = 0;
					for (int r = firstRect[f]; r < firstRect[f + 1]; r++) {
						int c = base;
						int k = r * 4;
						value += weights[r] * (sum[c + corners[k + 3]] - sum[c + corners[k + 1]]
								- sum[c + corners[k + 2]] + sum[c + corners[k]]);
					}
					idx = (value * norm < tree.threshold()[idx]) ? tree.left()[idx] : tree.right()[idx];
				}
				while (idx > 0);
				total += tree.leaves()[-idx];
			}
			if (total < stage.threshold()) {
				return false;
			}
		}
		return true;
	}

	private static double rectSum(double[] t, int stride, int x, int y, int w, int h) {
		return t[(y + h) * stride + x + w] - t[y * stride + x + w] - t[(y + h) * stride + x] + t[y * stride + x];
	}

	private static double[] numbers(String text) {
		String[] parts = text.trim().split("\\s+");
		double[] out = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			out[i] = Double.parseDouble(parts[i]);
		}
		return out;
	}

	private static Element first(Element parent, String name) throws IOException {
		Element e = firstOrNull(parent, name);
		if (e == null) {
			throw new IOException("missing " + name);
		}
		return e;
	}

	private static Element firstOrNull(Element parent, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				return e;
			}
		}
		return null;
	}

	private static String text(Element parent, String name) throws IOException {
		return first(parent, name).getTextContent().trim();
	}

	private static List<Element> children(Element parent) {
		List<Element> out = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e) {
				out.add(e);
			}
		}
		return out;
	}

}
