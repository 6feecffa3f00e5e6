import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the 16-pixel icons of the model's concepts, the project's own, into org.outsidein.model.edit/icons/full:
 * obj16/CONCEPT.gif for each concept, ctool16/Create... for each "New" child action (the child's icon with a plus).
 * EMF.Edit's item providers ask for GIFs, so GIFs they are, with one transparent colour.
 *
 * Run from the repository's root: java releng/icons/DrawIcons.java
 * The example methodology's own concept: java releng/icons/DrawIcons.java examples/org.outsidein.example.methodology/icons/full HackathonCommunity
 * EMF's generator keeps icons that exist, so regenerating the code leaves these in place.
 */
public class DrawIcons {

	private static final Color TEAL = new Color(0x0F6E7A);
	private static final Color ORANGE = new Color(0xD9702B);
	private static final Color BLUE = new Color(0x2F5F9E);
	private static final Color GREEN = new Color(0x3A8A3E);
	private static final Color PURPLE = new Color(0x6F4A85);
	private static final Color GOLD = new Color(0xC99A06);
	private static final Color RED = new Color(0xC23B2E);
	private static final Color GREY = new Color(0x5A5F66);
	private static final Color PAPER = new Color(0xF7F4EA);

	private static final Map<String, Consumer<Graphics2D>> CONCEPTS = new LinkedHashMap<>();
	/** Concepts of packages that extend the model (the examples): drawn only when named on the command line. */
	private static final Map<String, Consumer<Graphics2D>> EXTENSION_CONCEPTS = new LinkedHashMap<>();

	static {
		CONCEPTS.put("OutsideInModel", DrawIcons::model);
		CONCEPTS.put("Organisation", DrawIcons::building);
		CONCEPTS.put("Department", DrawIcons::department);
		CONCEPTS.put("Employee", g -> person(g, BLUE, 8, 0));
		CONCEPTS.put("Customer", g -> person(g, ORANGE, 8, 0));
		CONCEPTS.put("Segment", DrawIcons::segment);
		CONCEPTS.put("CustomerRole", g -> badge(g, PURPLE, 2, 1, 12));
		CONCEPTS.put("RoleAssignment", DrawIcons::roleAssignment);
		CONCEPTS.put("Outcome", DrawIcons::target);
		CONCEPTS.put("SegmentRating", DrawIcons::segmentRating);
		CONCEPTS.put("Scenario", DrawIcons::scenario);
		CONCEPTS.put("ScenarioStep", DrawIcons::scenarioStep);
		CONCEPTS.put("InnovationToolkit", DrawIcons::toolbox);
		CONCEPTS.put("Community", DrawIcons::community);
		CONCEPTS.put("Idea", DrawIcons::bulb);
		CONCEPTS.put("Invention", DrawIcons::gear);
		CONCEPTS.put("RecognitionProgramme", DrawIcons::star);
		CONCEPTS.put("OpenAccessInitiative", DrawIcons::openLock);
		CONCEPTS.put("Assessment", DrawIcons::clipboard);
		CONCEPTS.put("Answer", DrawIcons::tickBox);
		CONCEPTS.put("Response", DrawIcons::response);
		CONCEPTS.put("ResponseAnswer", DrawIcons::responseAnswer);
		CONCEPTS.put("NextStep", DrawIcons::nextStep);
		CONCEPTS.put("Activity", DrawIcons::activity);
		CONCEPTS.put("InnovationStep", DrawIcons::stairs);
		CONCEPTS.put("Methodology", DrawIcons::book);
		CONCEPTS.put("Scoring", DrawIcons::scales);
		CONCEPTS.put("MaturityLevel", DrawIcons::level);
		EXTENSION_CONCEPTS.put("HackathonCommunity", DrawIcons::hackathonCommunity);
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : "bundles/org.outsidein.model.edit/icons/full");
		Map<String, Consumer<Graphics2D>> concepts = args.length > 1 ? named(List.of(args).subList(1, args.length))
				: CONCEPTS;
		Path objects = root.resolve("obj16");
		Path tools = root.resolve("ctool16");
		Files.createDirectories(objects);
		Files.createDirectories(tools);
		// A concept added to the metamodel gets EMF's placeholder icon from the generator: say so here.
		try (var listing = Files.list(objects)) {
			for (Path file : listing.toList()) {
				String concept = file.getFileName().toString().replace(".gif", "");
				if (!concepts.containsKey(concept)) {
					throw new IllegalStateException("No icon drawn for " + concept + " (" + file + "): add one here");
				}
			}
		}
		for (Map.Entry<String, Consumer<Graphics2D>> concept : concepts.entrySet()) {
			writeGif(draw(concept.getValue()), objects.resolve(concept.getKey() + ".gif"));
		}
		// The "New" actions' names end with the created concept: CreateOwner_feature_Concept.gif
		List<Path> created = new ArrayList<>();
		try (var listing = Files.list(tools)) {
			listing.filter(file -> file.getFileName().toString().startsWith("Create")).forEach(created::add);
		}
		for (Path file : created) {
			String name = file.getFileName().toString().replace(".gif", "");
			String concept = name.substring(name.lastIndexOf('_') + 1);
			Consumer<Graphics2D> icon = concepts.getOrDefault(concept, CONCEPTS.get(concept));
			if (icon == null) {
				throw new IllegalStateException("No icon drawn for " + concept + ", wanted by " + file);
			}
			writeGif(draw(icon.andThen(DrawIcons::plus)), file);
		}
		System.out.println("DrawIcons: " + concepts.size() + " concepts, " + created.size() + " New actions in " + root);
	}

	private static Map<String, Consumer<Graphics2D>> named(List<String> names) {
		Map<String, Consumer<Graphics2D>> concepts = new LinkedHashMap<>();
		for (String name : names) {
			Consumer<Graphics2D> icon = EXTENSION_CONCEPTS.getOrDefault(name, CONCEPTS.get(name));
			if (icon == null) {
				throw new IllegalArgumentException("No icon is drawn for " + name + ": add one here");
			}
			concepts.put(name, icon);
		}
		return concepts;
	}

	/** A community with a spark: it builds things together. */
	private static void hackathonCommunity(Graphics2D g) {
		community(g);
		fillOutlined(g, polygon(11, 0.5, 8.5, 6, 10.5, 6, 9, 10.5, 14, 4.5, 11.5, 4.5, 13.5, 0.5), new Color(0xFCE94F), GOLD);
	}

	private static BufferedImage draw(Consumer<Graphics2D> icon) {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		icon.accept(g);
		g.dispose();
		return image;
	}

	/** GIF has one transparent colour: faint edge pixels go, the rest keep their colour, made opaque. */
	private static void writeGif(BufferedImage argb, Path file) throws IOException {
		List<Integer> palette = new ArrayList<>();
		palette.add(0x000000);
		int[] indices = new int[256];
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				int pixel = argb.getRGB(x, y);
				int alpha = pixel >>> 24;
				int index = 0;
				if (alpha >= 96) {
					int rgb = blendOnWhite(pixel, alpha);
					index = palette.indexOf(rgb);
					if (index < 0) {
						palette.add(rgb);
						index = palette.size() - 1;
					}
				}
				indices[y * 16 + x] = index;
			}
		}
		byte[] r = new byte[palette.size()];
		byte[] gr = new byte[palette.size()];
		byte[] b = new byte[palette.size()];
		for (int i = 0; i < palette.size(); i++) {
			r[i] = (byte) (palette.get(i) >> 16);
			gr[i] = (byte) (palette.get(i) >> 8);
			b[i] = (byte) (int) palette.get(i);
		}
		IndexColorModel colours = new IndexColorModel(8, palette.size(), r, gr, b, 0);
		BufferedImage indexed = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_INDEXED, colours);
		indexed.getRaster().setPixels(0, 0, 16, 16, indices);
		if (!ImageIO.write(indexed, "gif", file.toFile())) {
			throw new IOException("No GIF writer for " + file);
		}
	}

	private static int blendOnWhite(int pixel, int alpha) {
		int red = (pixel >> 16 & 0xff) * alpha / 255 + 255 * (255 - alpha) / 255;
		int green = (pixel >> 8 & 0xff) * alpha / 255 + 255 * (255 - alpha) / 255;
		int blue = (pixel & 0xff) * alpha / 255 + 255 * (255 - alpha) / 255;
		return red << 16 | green << 8 | blue;
	}

	// --- the pictures -------------------------------------------------------------------------------------

	private static void fillOutlined(Graphics2D g, java.awt.Shape shape, Color fill, Color line) {
		g.setColor(fill);
		g.fill(shape);
		g.setColor(line);
		g.draw(shape);
	}

	/** A closed outline through the points, given as x, y, x, y... */
	private static GeneralPath polygon(double... points) {
		GeneralPath path = new GeneralPath();
		path.moveTo(points[0], points[1]);
		for (int i = 2; i < points.length; i += 2) {
			path.lineTo(points[i], points[i + 1]);
		}
		path.closePath();
		return path;
	}

	private static Color light(Color colour) {
		return new Color((colour.getRed() + 255 * 2) / 3, (colour.getGreen() + 255 * 2) / 3, (colour.getBlue() + 255 * 2) / 3);
	}

	/** A ring with an arrow coming in from outside: the whole model. */
	private static void model(Graphics2D g) {
		fillOutlined(g, new Ellipse2D.Double(3.5, 3.5, 11, 11), light(TEAL), TEAL);
		g.setColor(TEAL);
		g.fill(new Ellipse2D.Double(7.5, 7.5, 3, 3));
		g.setColor(ORANGE);
		g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(1, 1, 6.5, 6.5));
		GeneralPath head = new GeneralPath();
		head.moveTo(7.5, 7.5);
		head.lineTo(3.5, 6.5);
		head.lineTo(6.5, 3.5);
		head.closePath();
		g.fill(head);
	}

	private static void building(Graphics2D g) {
		fillOutlined(g, new Rectangle2D.Double(2.5, 3.5, 11, 11), light(BLUE), BLUE);
		g.setColor(BLUE);
		for (int row = 0; row < 3; row++) {
			for (int column = 0; column < 3; column++) {
				g.fill(new Rectangle2D.Double(4 + column * 3, 5 + row * 3, 2, 2));
			}
		}
		g.fill(new Rectangle2D.Double(1, 14, 14, 1.5));
	}

	/** Three boxes under one: a part of the organisation chart. */
	private static void department(Graphics2D g) {
		fillOutlined(g, new Rectangle2D.Double(5.5, 1.5, 5, 4), light(BLUE), BLUE);
		g.setColor(BLUE);
		g.draw(new Line2D.Double(8, 5.5, 8, 8));
		g.draw(new Line2D.Double(3, 8, 13, 8));
		for (int x : new int[] { 1, 6, 11 }) {
			g.draw(new Line2D.Double(x + 2, 8, x + 2, 10));
			fillOutlined(g, new Rectangle2D.Double(x + 0.5, 10.5, 4, 4), light(BLUE), BLUE);
		}
	}

	private static void person(Graphics2D g, Color colour, double centre, double top) {
		fillOutlined(g, new Ellipse2D.Double(centre - 2.5, top + 1.5, 5, 5), light(colour), colour);
		GeneralPath body = new GeneralPath();
		body.moveTo(centre - 5.5, top + 14.5);
		body.curveTo(centre - 5.5, top + 8.5, centre + 5.5, top + 8.5, centre + 5.5, top + 14.5);
		body.closePath();
		fillOutlined(g, body, colour, colour);
	}

	private static void segment(Graphics2D g) {
		fillOutlined(g, new Ellipse2D.Double(1.5, 2.5, 12, 12), light(ORANGE), ORANGE);
		Arc2D slice = new Arc2D.Double(3, 1, 12, 12, 0, 90, Arc2D.PIE);
		fillOutlined(g, slice, ORANGE, ORANGE);
	}

	private static void badge(Graphics2D g, Color colour, double x, double y, double size) {
		GeneralPath shield = new GeneralPath();
		shield.moveTo(x + 0.5, y + 0.5);
		shield.lineTo(x + size - 0.5, y + 0.5);
		shield.lineTo(x + size - 0.5, y + size * 0.55);
		shield.quadTo(x + size - 0.5, y + size * 0.9, x + size / 2, y + size + 1);
		shield.quadTo(x + 0.5, y + size * 0.9, x + 0.5, y + size * 0.55);
		shield.closePath();
		fillOutlined(g, shield, light(colour), colour);
		g.setColor(colour);
		g.fill(new Ellipse2D.Double(x + size / 2 - size / 6, y + size * 0.3, size / 3, size / 3));
	}

	private static void roleAssignment(Graphics2D g) {
		person(g, ORANGE, 6, 0);
		badge(g, PURPLE, 9, 7, 6.5);
	}

	private static void target(Graphics2D g) {
		fillOutlined(g, new Ellipse2D.Double(1.5, 1.5, 13, 13), Color.WHITE, RED);
		fillOutlined(g, new Ellipse2D.Double(4.5, 4.5, 7, 7), light(RED), RED);
		g.setColor(RED);
		g.fill(new Ellipse2D.Double(6.5, 6.5, 3, 3));
	}

	/** An outcome's target, rated by a segment (the slice in the corner). */
	private static void segmentRating(Graphics2D g) {
		fillOutlined(g, new Ellipse2D.Double(0.5, 0.5, 11, 11), Color.WHITE, RED);
		fillOutlined(g, new Ellipse2D.Double(3.5, 3.5, 5, 5), light(RED), RED);
		fillOutlined(g, new Ellipse2D.Double(8.5, 8.5, 7, 7), light(ORANGE), ORANGE);
		fillOutlined(g, new Arc2D.Double(9, 8, 7, 7, 0, 90, Arc2D.PIE), ORANGE, ORANGE);
	}

	/** A path from today (hollow) to the ideal (filled). */
	private static void scenario(Graphics2D g) {
		g.setColor(GREEN);
		GeneralPath path = new GeneralPath();
		path.moveTo(3.5, 12.5);
		path.curveTo(8, 13, 7, 3, 12.5, 3.5);
		g.draw(path);
		fillOutlined(g, new Ellipse2D.Double(1, 10, 5, 5), Color.WHITE, GREEN);
		fillOutlined(g, new Ellipse2D.Double(10, 1, 5, 5), GREEN, GREEN);
	}

	private static void scenarioStep(Graphics2D g) {
		GeneralPath chevron = polygon(2.5, 3.5, 9.5, 3.5, 13.5, 8, 9.5, 12.5, 2.5, 12.5, 6.5, 8);
		fillOutlined(g, chevron, light(GREEN), GREEN);
	}

	private static void toolbox(Graphics2D g) {
		g.setColor(ORANGE.darker());
		g.draw(new RoundRectangle2D.Double(5.5, 2.5, 5, 4, 2, 2));
		fillOutlined(g, new RoundRectangle2D.Double(1.5, 5.5, 13, 8, 2, 2), ORANGE, ORANGE.darker());
		g.setColor(ORANGE.darker());
		g.draw(new Line2D.Double(1.5, 8.5, 14.5, 8.5));
		g.setColor(PAPER);
		g.fill(new Rectangle2D.Double(7, 7.5, 2, 2));
	}

	private static void community(Graphics2D g) {
		person(g, new Color(0x86BC88), 11, -1);
		person(g, GREEN, 6, 1);
	}

	private static void bulb(Graphics2D g) {
		fillOutlined(g, new Ellipse2D.Double(3.5, 1.5, 9, 9), new Color(0xFCE94F), GOLD);
		fillOutlined(g, new Rectangle2D.Double(6, 10.5, 4, 3), GREY, GREY);
		g.setColor(GREY);
		g.draw(new Line2D.Double(6.5, 14.5, 9.5, 14.5));
	}

	private static void gear(Graphics2D g) {
		g.setColor(GREY);
		for (int tooth = 0; tooth < 8; tooth++) {
			double angle = Math.PI / 4 * tooth;
			g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
			g.draw(new Line2D.Double(8 + Math.cos(angle) * 4, 8 + Math.sin(angle) * 4, 8 + Math.cos(angle) * 7,
					8 + Math.sin(angle) * 7));
		}
		g.setStroke(new BasicStroke(1.2f));
		fillOutlined(g, new Ellipse2D.Double(3, 3, 10, 10), light(GREY), GREY);
		fillOutlined(g, new Ellipse2D.Double(6, 6, 4, 4), Color.WHITE, GREY);
	}

	private static void star(Graphics2D g) {
		GeneralPath star = new GeneralPath();
		for (int point = 0; point < 10; point++) {
			double angle = -Math.PI / 2 + Math.PI / 5 * point;
			double radius = point % 2 == 0 ? 7 : 3;
			double x = 8 + Math.cos(angle) * radius;
			double y = 8.5 + Math.sin(angle) * radius;
			if (point == 0) {
				star.moveTo(x, y);
			} else {
				star.lineTo(x, y);
			}
		}
		star.closePath();
		fillOutlined(g, star, new Color(0xFCE94F), GOLD);
	}

	private static void openLock(Graphics2D g) {
		g.setColor(TEAL);
		g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Arc2D.Double(7.5, 1.5, 6, 7, 0, 180, Arc2D.OPEN));
		g.draw(new Line2D.Double(13.5, 5, 13.5, 7));
		g.setStroke(new BasicStroke(1.2f));
		fillOutlined(g, new RoundRectangle2D.Double(1.5, 7.5, 10, 7, 2, 2), light(TEAL), TEAL);
		g.setColor(TEAL);
		g.fill(new Rectangle2D.Double(6, 10, 1.5, 2.5));
	}

	private static void clipboard(Graphics2D g) {
		fillOutlined(g, new RoundRectangle2D.Double(2.5, 2.5, 11, 12, 2, 2), PAPER, TEAL);
		fillOutlined(g, new Rectangle2D.Double(5.5, 1.5, 5, 2.5), TEAL, TEAL);
		tick(g, TEAL, 5, 9, 1);
	}

	private static void tick(Graphics2D g, Color colour, double x, double y, double scale) {
		g.setColor(colour);
		g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		GeneralPath tick = new GeneralPath();
		tick.moveTo(x, y);
		tick.lineTo(x + 2 * scale, y + 2.5 * scale);
		tick.lineTo(x + 6 * scale, y - 3 * scale);
		g.draw(tick);
		g.setStroke(new BasicStroke(1.2f));
	}

	private static void tickBox(Graphics2D g) {
		fillOutlined(g, new RoundRectangle2D.Double(2.5, 3.5, 10, 10, 2, 2), Color.WHITE, TEAL);
		tick(g, GREEN, 4.5, 8, 1.2);
	}

	/** One person's questionnaire: a sheet with a person on it. */
	private static void response(Graphics2D g) {
		fillOutlined(g, new RoundRectangle2D.Double(1.5, 1.5, 10, 13, 2, 2), PAPER, TEAL);
		g.setColor(GREY);
		g.draw(new Line2D.Double(3.5, 5.5, 9.5, 5.5));
		g.draw(new Line2D.Double(3.5, 8.5, 8.5, 8.5));
		smallPerson(g, BLUE);
	}

	/** What one person answered: a ticked box beside a person. */
	private static void responseAnswer(Graphics2D g) {
		fillOutlined(g, new RoundRectangle2D.Double(1.5, 3.5, 8, 8, 2, 2), Color.WHITE, TEAL);
		tick(g, GREEN, 3, 7.5, 0.9);
		smallPerson(g, BLUE);
	}

	/** A person in the bottom right corner, as a mark on another picture. */
	private static void smallPerson(Graphics2D g, Color colour) {
		fillOutlined(g, new Ellipse2D.Double(10.5, 7.5, 4, 4), light(colour), colour);
		GeneralPath body = new GeneralPath();
		body.moveTo(8.5, 15.5);
		body.curveTo(8.5, 11.5, 16.5, 11.5, 16.5, 15.5);
		body.closePath();
		fillOutlined(g, body, colour, colour);
	}

	private static void nextStep(Graphics2D g) {
		g.setColor(BLUE);
		g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(2, 8, 11, 8));
		GeneralPath head = new GeneralPath();
		head.moveTo(9, 3.5);
		head.lineTo(14.5, 8);
		head.lineTo(9, 12.5);
		head.closePath();
		g.setStroke(new BasicStroke(1.2f));
		fillOutlined(g, head, BLUE, BLUE);
	}

	private static void activity(Graphics2D g) {
		fillOutlined(g, new RoundRectangle2D.Double(1.5, 5.5, 5, 5, 1.5, 1.5), light(TEAL), TEAL);
		g.setColor(GREY);
		g.draw(new Line2D.Double(8.5, 6.5, 14.5, 6.5));
		g.draw(new Line2D.Double(8.5, 9.5, 12.5, 9.5));
	}

	private static void stairs(Graphics2D g) {
		GeneralPath steps = polygon(1.5, 14.5, 1.5, 11.5, 5.5, 11.5, 5.5, 7.5, 9.5, 7.5, 9.5, 3.5, 14.5, 3.5, 14.5, 14.5);
		fillOutlined(g, steps, light(TEAL), TEAL);
	}

	private static void book(Graphics2D g) {
		fillOutlined(g, new Rectangle2D.Double(3.5, 1.5, 10, 13), light(PURPLE), PURPLE);
		fillOutlined(g, new Rectangle2D.Double(2.5, 1.5, 2, 13), PURPLE, PURPLE);
		g.setColor(PAPER);
		g.fill(new Rectangle2D.Double(6.5, 4, 5, 2));
	}

	/** A balance: the weights that make the score. */
	private static void scales(Graphics2D g) {
		g.setColor(PURPLE);
		g.draw(new Line2D.Double(8, 2, 8, 13.5));
		g.draw(new Line2D.Double(2.5, 4.5, 13.5, 4.5));
		g.draw(new Line2D.Double(5, 14.5, 11, 14.5));
		fillOutlined(g, new Arc2D.Double(0.5, 5.5, 6, 5, 180, 180, Arc2D.CHORD), light(PURPLE), PURPLE);
		fillOutlined(g, new Arc2D.Double(9.5, 5.5, 6, 5, 180, 180, Arc2D.CHORD), light(PURPLE), PURPLE);
	}

	private static void level(Graphics2D g) {
		int[] heights = { 4, 7, 10, 13 };
		for (int bar = 0; bar < heights.length; bar++) {
			Color colour = bar == 2 ? GOLD : light(GOLD);
			fillOutlined(g, new Rectangle2D.Double(1.5 + bar * 3.5, 14.5 - heights[bar], 2.5, heights[bar]), colour, GOLD);
		}
	}

	/** The "new" mark of a New action: a green plus in the top right corner. */
	private static void plus(Graphics2D g) {
		g.setColor(Color.WHITE);
		g.fill(new Rectangle2D.Double(9, 0, 7, 7));
		g.setColor(GREEN);
		g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
		g.draw(new Line2D.Double(12.5, 0.5, 12.5, 6.5));
		g.draw(new Line2D.Double(9.5, 3.5, 15.5, 3.5));
	}
}
