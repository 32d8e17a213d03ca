package org.scorecards.rendering;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.charts.util.AbstractChartRenderableFactory;
import net.sf.jasperreports.charts.util.ChartHyperlinkProvider;
import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.Renderable;
import org.jfree.chart.JFreeChart;

/**
 * Charts drawn as vectors, their labels laid out by {@link ShapedTextGraphics}: the render type of documents in
 * a right-to-left language. JasperReports creates it by name ({@link #RENDER_TYPE}): public, no-argument.
 */
public final class ShapedChartRendererFactory extends AbstractChartRenderableFactory {

	static final String RENDER_TYPE = "shaped";

	@Override
	public Renderable getRenderable(JasperReportsContext context, JFreeChart chart, ChartHyperlinkProvider links,
			Rectangle2D area) {
		return new ShapedChart(chart, links);
	}

	private static final class ShapedChart extends DrawChartRendererImpl {

		private static final long serialVersionUID = 1L;

		ShapedChart(JFreeChart chart, ChartHyperlinkProvider links) {
			super(chart, links);
		}

		@Override
		public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
			super.render(context, new ShapedTextGraphics(graphics), area);
		}
	}
}
