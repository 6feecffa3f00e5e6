package org.outsidein.tests.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages model files the ways real files get damaged, or hostile ones are made: cut short, bytes flipped, lines
 * duplicated or lost, attribute values swapped, references turned to the wrong element or to nothing, enumeration
 * values and numbers no model has, encodings that lie. Deterministic: the same seed gives the same mutant, so a
 * failure found once can be found again.
 */
public final class Mutations {

	/** One way of damaging a file: its name, for the record, and what it does. */
	public record Mutation(String name, BiFunction<byte[], Random, byte[]> apply) {
	}

	private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
	private static final Pattern REFERENCE = Pattern.compile(
			"\\b(segment|role|activity|department|responsible|outcomes|interactingEmployees|monitoringEmployees|customers|members|"
					+ "employees|owner|inventor|level)=\"(?<value>[^\"#]+)\"");
	private static final Pattern ID = Pattern.compile("\\bid=\"(?<value>[^\"]+)\"");
	private static final Pattern ENUMERATION = Pattern.compile("\\b(category|kind|depth|status|scope|channel|ownership|purpose)=\"(?<value>[^\"]*)\"");
	private static final Pattern NUMBER = Pattern.compile("=\"(?<value>-?\\d+(\\.\\d+)?)\"");
	private static final String[] ODD_NUMBERS = { "1e-999999999", "1E+2147483647", "99999999999999999999", "-1", "NaN",
			"Infinity", "0x1F", "1,000", "", " 7 ", "١٢" };
	private static final String[] ODD_WORDS = { "Robot", "we can", "WE_CAN", "", "null", "<script>", "Ünknown" };
	private static final String[] ENCODINGS = { "ISO-8859-1", "UTF-16", "US-ASCII", "KLINGON-9", "EBCDIC-CP-US" };

	public static final List<Mutation> ALL = List.of(
			new Mutation("truncate", (bytes, random) -> Arrays.copyOf(bytes, random.nextInt(bytes.length))),
			new Mutation("flip bytes", Mutations::flipBytes),
			new Mutation("duplicate a line", (bytes, random) -> lines(bytes, random, true)),
			new Mutation("delete a line", (bytes, random) -> lines(bytes, random, false)),
			new Mutation("swap attribute values", Mutations::swapAttributes),
			new Mutation("reference the wrong element", (bytes, random) -> reference(bytes, random, true)),
			new Mutation("reference nothing", (bytes, random) -> reference(bytes, random, false)),
			new Mutation("duplicate an id", Mutations::duplicateId),
			new Mutation("unknown enumeration value", (bytes, random) -> replaceValue(bytes, random, ENUMERATION, ODD_WORDS)),
			new Mutation("odd number", (bytes, random) -> replaceValue(bytes, random, NUMBER, ODD_NUMBERS)),
			new Mutation("lying encoding", Mutations::lyingEncoding),
			new Mutation("invalid UTF-8", Mutations::invalidUtf8),
			new Mutation("stray markup", Mutations::strayMarkup));

	private Mutations() {
	}

	/** One to three mutations, chosen by the random, applied one after the other; their names, for the record. */
	public static byte[] mutate(byte[] original, Random random, List<String> applied) {
		byte[] bytes = original;
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count && bytes.length > 0; i++) {
			Mutation mutation = ALL.get(random.nextInt(ALL.size()));
			bytes = mutation.apply().apply(bytes, random);
			applied.add(mutation.name());
		}
		return bytes;
	}

	private static byte[] flipBytes(byte[] bytes, Random random) {
		byte[] copy = bytes.clone();
		for (int i = 1 + random.nextInt(5); i > 0; i--) {
			copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
		}
		return copy;
	}

	private static byte[] lines(byte[] bytes, Random random, boolean duplicate) {
		List<String> lines = new ArrayList<>(List.of(text(bytes).split("\n", -1)));
		int at = random.nextInt(lines.size());
		if (duplicate) {
			lines.add(at, lines.get(at));
		} else {
			lines.remove(at);
		}
		return bytes(String.join("\n", lines));
	}

	private static byte[] swapAttributes(byte[] bytes, Random random) {
		String text = text(bytes);
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int at = random.nextInt(lines.size());
		Matcher attributes = ATTRIBUTE.matcher(lines.get(at));
		List<String[]> found = new ArrayList<>();
		while (attributes.find()) {
			found.add(new String[] { attributes.group(1), attributes.group(2) });
		}
		if (found.size() < 2) {
			return bytes;
		}
		String[] first = found.get(random.nextInt(found.size()));
		String[] second = found.get(random.nextInt(found.size()));
		String line = lines.get(at).replace(first[0] + "=\"" + first[1] + "\"", first[0] + "=\"\u0000\"")
				.replace(second[0] + "=\"" + second[1] + "\"", second[0] + "=\"" + Matcher.quoteReplacement(first[1]) + "\"")
				.replace(first[0] + "=\"\u0000\"", first[0] + "=\"" + Matcher.quoteReplacement(second[1]) + "\"");
		lines.set(at, line);
		return bytes(String.join("\n", lines));
	}

	/** A reference now names another element of the file (likely of the wrong type), or an id that is nowhere. */
	private static byte[] reference(byte[] bytes, Random random, boolean elsewhere) {
		String text = text(bytes);
		List<String> ids = all(ID, text);
		String replacement = elsewhere && !ids.isEmpty() ? ids.get(random.nextInt(ids.size())) : "_nowhere" + random.nextInt(100);
		return replaceOne(text, random, REFERENCE, replacement);
	}

	private static byte[] duplicateId(byte[] bytes, Random random) {
		String text = text(bytes);
		List<String> ids = all(ID, text);
		return ids.isEmpty() ? bytes : replaceOne(text, random, ID, ids.get(random.nextInt(ids.size())));
	}

	private static byte[] replaceValue(byte[] bytes, Random random, Pattern where, String[] values) {
		return replaceOne(text(bytes), random, where, values[random.nextInt(values.length)]);
	}

	/** Replaces the value (the group named "value") of one match of the pattern, chosen at random. */
	private static byte[] replaceOne(String text, Random random, Pattern where, String value) {
		Matcher matcher = where.matcher(text);
		List<int[]> spans = new ArrayList<>();
		while (matcher.find()) {
			spans.add(new int[] { matcher.start("value"), matcher.end("value") });
		}
		if (spans.isEmpty()) {
			return bytes(text);
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		return bytes(text.substring(0, span[0]) + value + text.substring(span[1]));
	}

	private static byte[] lyingEncoding(byte[] bytes, Random random) {
		String text = text(bytes);
		if (random.nextBoolean()) {
			byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
			byte[] withBom = Arrays.copyOf(bom, bom.length + bytes.length);
			System.arraycopy(bytes, 0, withBom, bom.length, bytes.length);
			return withBom;
		}
		return bytes(text.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"" + ENCODINGS[random.nextInt(ENCODINGS.length)] + "\""));
	}

	private static byte[] invalidUtf8(byte[] bytes, Random random) {
		int at = random.nextInt(bytes.length);
		byte[] bad = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF };
		byte[] copy = Arrays.copyOf(bytes, bytes.length + bad.length);
		System.arraycopy(bytes, at, copy, at + bad.length, bytes.length - at);
		System.arraycopy(bad, 0, copy, at, bad.length);
		return copy;
	}

	private static byte[] strayMarkup(byte[] bytes, Random random) {
		String text = text(bytes);
		String[] strays = { "<", ">", "&", "</customers>", "<customers>", "]]>", "<!-- ", "<?xml version=\"1.0\"?>",
				"&amp;#0;", "\"" };
		int at = random.nextInt(text.length() + 1);
		return bytes(text.substring(0, at) + strays[random.nextInt(strays.length)] + text.substring(at));
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group("value"));
		}
		return found;
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
