package vn.canhgiac.app.statistics;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts of the monthly report as PNG data URIs for the PDF, drawn with JFreeChart in the
 * Noto Sans font the application ships, so Vietnamese labels render on any server.
 */
final class ChartImages {

	private static final Color[] SERIES = { new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235),
			new Color(0x7f6000), new Color(0x7030a0) };

	private static final Font BASE = loadFont();

	private ChartImages() {
	}

	/** Stacked bars per period: one series (a colour) per entry of {@code series}. */
	static String stacked(List<String> periods, List<String> seriesNames, List<List<Long>> series, String valueAxis) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int s = 0; s < seriesNames.size(); s++) {
			for (int p = 0; p < periods.size(); p++) {
				data.addValue(series.get(s).get(p), seriesNames.get(s), periods.get(p));
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(null, null, valueAxis, data, PlotOrientation.VERTICAL,
				true, false, false);
		return png(style(chart), 900, 420);
	}

	/** One horizontal bar per label. */
	static String horizontal(List<String> labels, List<Long> values, String valueAxis) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = 0; i < labels.size(); i++) {
			data.addValue(values.get(i), valueAxis, labels.get(i));
		}
		JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.HORIZONTAL, false,
				false, false);
		return png(style(chart), 900, 60 + 42 * labels.size());
	}

	private static JFreeChart style(JFreeChart chart) {
		StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		theme.setExtraLargeFont(BASE.deriveFont(Font.BOLD, 18f));
		theme.setLargeFont(BASE.deriveFont(15f));
		theme.setRegularFont(BASE.deriveFont(14f));
		theme.setSmallFont(BASE.deriveFont(12f));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setRangeGridlinePaint(new Color(0xcccccc));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		for (int i = 0; i < SERIES.length; i++) {
			renderer.setSeriesPaint(i, SERIES[i]);
		}
		renderer.setItemMargin(0.05);
		plot.setOutlineVisible(false);
		return chart;
	}

	private static String png(JFreeChart chart, int width, int height) {
		BufferedImage image = chart.createBufferedImage(width, height);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("PNG encoding failed", ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
	}

	private static Font loadFont() {
		try (InputStream in = ChartImages.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
			if (in == null) {
				throw new IllegalStateException("font missing from the application: NotoSans-Regular.ttf");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("font unreadable: NotoSans-Regular.ttf", ex);
		}
	}

}
