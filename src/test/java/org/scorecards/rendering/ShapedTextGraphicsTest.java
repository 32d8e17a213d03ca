package org.scorecards.rendering;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShapedTextGraphicsTest {

	private static final String PREVENTION = "الوقاية";

	/** Java2D's own text drawing shapes and orders Arabic; PDF graphics, handed the string, would not. */
	@Test
	void arabicIsDrawnJoinedAndRightToLeftAsJava2dDrawsIt() {
		BufferedImage expected = blank();
		Graphics2D direct = graphics(expected);
		direct.drawString(PREVENTION, 10f, 40f);
		BufferedImage actual = blank();
		GlyphsOnly pdfLike = new GlyphsOnly(graphics(actual));
		new ShapedTextGraphics(pdfLike).drawString(PREVENTION, 10f, 40f);

		assertThat(pdfLike.glyphRuns).isPositive();
		assertThat(pixels(actual)).isEqualTo(pixels(expected)).isNotEqualTo(pixels(blank()));
	}

	/** Like PDF graphics, takes glyphs only: a string reaching it would be drawn unshaped, so it refuses them. */
	private static final class GlyphsOnly extends ShapedTextGraphics {

		int glyphRuns;

		GlyphsOnly(Graphics2D graphics) {
			super(graphics);
		}

		@Override
		public void drawString(String text, float x, float y) {
			throw new AssertionError("a string reached the PDF graphics: " + text);
		}

		@Override
		public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
			glyphRuns++;
			super.drawGlyphVector(glyphs, x, y);
		}
	}

	private static BufferedImage blank() {
		return new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
		return graphics;
	}

	private static int[] pixels(BufferedImage image) {
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}
}
