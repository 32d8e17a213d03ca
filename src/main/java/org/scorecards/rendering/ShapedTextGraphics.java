package org.scorecards.rendering;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A Graphics2D that lays out every string it is asked to draw with {@link TextLayout}, which applies the
 * Unicode bidirectional algorithm and shapes joining scripts, and hands the graphics it wraps the laid-out
 * glyphs; everything else passes through unchanged. OpenPDF's PDF graphics draw a string's glyphs left to
 * right as they come: Arabic chart labels would come out unjoined and reversed. Glyph outlines keep charts
 * vector: sharp, small and quick to write, where an image at print resolution cost a second per Arabic card.
 */
class ShapedTextGraphics extends Graphics2D {

	private final Graphics2D graphics;

	ShapedTextGraphics(Graphics2D graphics) {
		this.graphics = graphics;
	}

	@Override
	public Graphics create() {
		return new ShapedTextGraphics((Graphics2D) graphics.create());
	}

	@Override
	public void drawString(String text, int x, int y) {
		drawString(text, (float) x, (float) y);
	}

	@Override
	public void drawString(String text, float x, float y) {
		if (!text.isEmpty()) {
			new TextLayout(text, graphics.getFont(), graphics.getFontRenderContext()).draw(graphics, x, y);
		}
	}

	@Override
	public void drawString(AttributedCharacterIterator text, int x, int y) {
		drawString(text, (float) x, (float) y);
	}

	@Override
	public void drawString(AttributedCharacterIterator text, float x, float y) {
		if (text.getEndIndex() > text.getBeginIndex()) {
			new TextLayout(text, graphics.getFontRenderContext()).draw(graphics, x, y);
		}
	}

	// Everything below hands the call on as it is.

	@Override
	public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, Color a9, ImageObserver a10) {
		return graphics.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
	}

	@Override
	public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, ImageObserver a9) {
		return graphics.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
	}

	@Override
	public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, Color a5, ImageObserver a6) {
		return graphics.drawImage(a0, a1, a2, a3, a4, a5, a6);
	}

	@Override
	public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, ImageObserver a5) {
		return graphics.drawImage(a0, a1, a2, a3, a4, a5);
	}

	@Override
	public boolean drawImage(Image a0, int a1, int a2, Color a3, ImageObserver a4) {
		return graphics.drawImage(a0, a1, a2, a3, a4);
	}

	@Override
	public boolean drawImage(Image a0, int a1, int a2, ImageObserver a3) {
		return graphics.drawImage(a0, a1, a2, a3);
	}

	@Override
	public boolean drawImage(Image a0, AffineTransform a1, ImageObserver a2) {
		return graphics.drawImage(a0, a1, a2);
	}

	@Override
	public boolean hit(Rectangle a0, Shape a1, boolean a2) {
		return graphics.hit(a0, a1, a2);
	}

	@Override
	public Color getBackground() {
		return graphics.getBackground();
	}

	@Override
	public Color getColor() {
		return graphics.getColor();
	}

	@Override
	public Composite getComposite() {
		return graphics.getComposite();
	}

	@Override
	public Font getFont() {
		return graphics.getFont();
	}

	@Override
	public FontMetrics getFontMetrics(Font a0) {
		return graphics.getFontMetrics(a0);
	}

	@Override
	public GraphicsConfiguration getDeviceConfiguration() {
		return graphics.getDeviceConfiguration();
	}

	@Override
	public Paint getPaint() {
		return graphics.getPaint();
	}

	@Override
	public Rectangle getClipBounds() {
		return graphics.getClipBounds();
	}

	@Override
	public RenderingHints getRenderingHints() {
		return graphics.getRenderingHints();
	}

	@Override
	public Shape getClip() {
		return graphics.getClip();
	}

	@Override
	public Stroke getStroke() {
		return graphics.getStroke();
	}

	@Override
	public FontRenderContext getFontRenderContext() {
		return graphics.getFontRenderContext();
	}

	@Override
	public AffineTransform getTransform() {
		return graphics.getTransform();
	}

	@Override
	public Object getRenderingHint(RenderingHints.Key a0) {
		return graphics.getRenderingHint(a0);
	}

	@Override
	public void addRenderingHints(Map<?, ?> a0) {
		graphics.addRenderingHints(a0);
	}

	@Override
	public void clearRect(int a0, int a1, int a2, int a3) {
		graphics.clearRect(a0, a1, a2, a3);
	}

	@Override
	public void clip(Shape a0) {
		graphics.clip(a0);
	}

	@Override
	public void clipRect(int a0, int a1, int a2, int a3) {
		graphics.clipRect(a0, a1, a2, a3);
	}

	@Override
	public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
		graphics.copyArea(a0, a1, a2, a3, a4, a5);
	}

	@Override
	public void dispose() {
		graphics.dispose();
	}

	@Override
	public void draw(Shape a0) {
		graphics.draw(a0);
	}

	@Override
	public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) {
		graphics.drawArc(a0, a1, a2, a3, a4, a5);
	}

	@Override
	public void drawGlyphVector(GlyphVector a0, float a1, float a2) {
		graphics.drawGlyphVector(a0, a1, a2);
	}

	@Override
	public void drawImage(BufferedImage a0, BufferedImageOp a1, int a2, int a3) {
		graphics.drawImage(a0, a1, a2, a3);
	}

	@Override
	public void drawLine(int a0, int a1, int a2, int a3) {
		graphics.drawLine(a0, a1, a2, a3);
	}

	@Override
	public void drawOval(int a0, int a1, int a2, int a3) {
		graphics.drawOval(a0, a1, a2, a3);
	}

	@Override
	public void drawPolygon(int[] a0, int[] a1, int a2) {
		graphics.drawPolygon(a0, a1, a2);
	}

	@Override
	public void drawPolyline(int[] a0, int[] a1, int a2) {
		graphics.drawPolyline(a0, a1, a2);
	}

	@Override
	public void drawRenderableImage(RenderableImage a0, AffineTransform a1) {
		graphics.drawRenderableImage(a0, a1);
	}

	@Override
	public void drawRenderedImage(RenderedImage a0, AffineTransform a1) {
		graphics.drawRenderedImage(a0, a1);
	}

	@Override
	public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
		graphics.drawRoundRect(a0, a1, a2, a3, a4, a5);
	}

	@Override
	public void fill(Shape a0) {
		graphics.fill(a0);
	}

	@Override
	public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) {
		graphics.fillArc(a0, a1, a2, a3, a4, a5);
	}

	@Override
	public void fillOval(int a0, int a1, int a2, int a3) {
		graphics.fillOval(a0, a1, a2, a3);
	}

	@Override
	public void fillPolygon(int[] a0, int[] a1, int a2) {
		graphics.fillPolygon(a0, a1, a2);
	}

	@Override
	public void fillRect(int a0, int a1, int a2, int a3) {
		graphics.fillRect(a0, a1, a2, a3);
	}

	@Override
	public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
		graphics.fillRoundRect(a0, a1, a2, a3, a4, a5);
	}

	@Override
	public void rotate(double a0) {
		graphics.rotate(a0);
	}

	@Override
	public void rotate(double a0, double a1, double a2) {
		graphics.rotate(a0, a1, a2);
	}

	@Override
	public void scale(double a0, double a1) {
		graphics.scale(a0, a1);
	}

	@Override
	public void setBackground(Color a0) {
		graphics.setBackground(a0);
	}

	@Override
	public void setClip(int a0, int a1, int a2, int a3) {
		graphics.setClip(a0, a1, a2, a3);
	}

	@Override
	public void setClip(Shape a0) {
		graphics.setClip(a0);
	}

	@Override
	public void setColor(Color a0) {
		graphics.setColor(a0);
	}

	@Override
	public void setComposite(Composite a0) {
		graphics.setComposite(a0);
	}

	@Override
	public void setFont(Font a0) {
		graphics.setFont(a0);
	}

	@Override
	public void setPaint(Paint a0) {
		graphics.setPaint(a0);
	}

	@Override
	public void setPaintMode() {
		graphics.setPaintMode();
	}

	@Override
	public void setRenderingHint(RenderingHints.Key a0, Object a1) {
		graphics.setRenderingHint(a0, a1);
	}

	@Override
	public void setRenderingHints(Map<?, ?> a0) {
		graphics.setRenderingHints(a0);
	}

	@Override
	public void setStroke(Stroke a0) {
		graphics.setStroke(a0);
	}

	@Override
	public void setTransform(AffineTransform a0) {
		graphics.setTransform(a0);
	}

	@Override
	public void setXORMode(Color a0) {
		graphics.setXORMode(a0);
	}

	@Override
	public void shear(double a0, double a1) {
		graphics.shear(a0, a1);
	}

	@Override
	public void transform(AffineTransform a0) {
		graphics.transform(a0);
	}

	@Override
	public void translate(double a0, double a1) {
		graphics.translate(a0, a1);
	}

	@Override
	public void translate(int a0, int a1) {
		graphics.translate(a0, a1);
	}
}
