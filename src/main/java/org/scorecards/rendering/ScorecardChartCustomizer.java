package org.scorecards.rendering;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;

/**
 * The house style of the PDF charts: flat bars without shadows or gradients, light grid, labels outside
 * the bars. Named in the templates' {@code customizerClass}, so JasperReports creates it: public, with a
 * no-argument constructor. Chart element properties switch options on:
 * {@code scorecards.chart.integer} (counts: whole-number ticks only), {@code scorecards.chart.valueAxis}
 * {@code false} (no value axis nor grid: every bar carries its label).
 */
public final class ScorecardChartCustomizer implements JRChartCustomizer {

	static final String INTEGER_TICKS = "scorecards.chart.integer";

	static final String VALUE_AXIS = "scorecards.chart.valueAxis";

	private static final Color GRID = new Color(0xD0, 0xD0, 0xD0);

	@Override
	public void customize(JFreeChart chart, JRChart jasperChart) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setBorderVisible(false);
		if (!(chart.getPlot() instanceof CategoryPlot plot)) {
			return;
		}
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(true);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(0.4f));
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		if (property(jasperChart, VALUE_AXIS, "true").equals("false")) {
			plot.getRangeAxis().setVisible(false);
			plot.setRangeGridlinesVisible(false);
		}
		if (plot.getRangeAxis() instanceof NumberAxis axis) {
			axis.setUpperMargin(0.18);
			axis.setAxisLineVisible(false);
			// Latin digits in every language, as the labels beside the bars (an Arabic report locale would give
			// Arabic-Indic ones); the ticks are whole numbers up to 100.
			axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
			if (property(jasperChart, INTEGER_TICKS, "false").equals("true")) {
				axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
			}
		}
		if (plot.getRenderer() instanceof BarRenderer bars) {
			bars.setBarPainter(new StandardBarPainter());
			bars.setShadowVisible(false);
			bars.setDrawBarOutline(false);
			bars.setItemMargin(0.04);
			bars.setMaximumBarWidth(0.16);
			boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
			ItemLabelPosition outside = horizontal
					? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
					: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
			bars.setDefaultPositiveItemLabelPosition(outside);
			bars.setPositiveItemLabelPositionFallback(outside);
			bars.setItemLabelAnchorOffset(3);
		}
	}

	private static String property(JRChart chart, String name, String otherwise) {
		String value = chart.hasProperties() ? chart.getPropertiesMap().getProperty(name) : null;
		return value == null ? otherwise : value;
	}
}
