import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large, realistic Outside-In model for benchmarks: N customers playing on average R roles each,
 * with employees, departments, outcomes, communities, toolkits and two assessments of the whole methodology.
 * Deterministic for a given seed. Plain Java, no dependencies, so any benchmark can run it:
 *
 *   java benchmarks/ModelGenerator.java --customers 100000 --roles 3 --out big.outsidein
 */
public final class ModelGenerator {

	private static final String LIBRARY = "platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein#";
	private static final String[] ROLES = { "role-lead-customers", "role-contributors", "role-consultants",
			"role-guides", "role-promoters" };
	private static final String[] DEPTHS = { "Acquainted", "Engaged", "Collaborating", "Partnering" };
	private static final int[] ACTIVITIES_PER_ROLE = { 4, 3, 3, 3, 3 };
	private static final String[] STEPS = { "step-1-lead-customers", "step-2-toolkits", "step-3-communities",
			"step-4-strut", "step-5-open-up" };
	private static final String[] CATEGORIES = { "We Can", "We Will", "We Should" };

	private final int customers;
	private final int rolesPerCustomer;
	private final Random random;
	private final int employees;
	private final int outcomes = 60;

	private ModelGenerator(int customers, int rolesPerCustomer, long seed) {
		this.customers = customers;
		this.rolesPerCustomer = rolesPerCustomer;
		this.random = new Random(seed);
		this.employees = Math.max(60, customers / 50);
	}

	public static void main(String[] args) throws IOException {
		int customers = 100_000;
		int roles = 3;
		long seed = 1;
		Path out = Path.of("generated.outsidein");
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--customers" -> customers = Integer.parseInt(args[i + 1]);
			case "--roles" -> roles = Integer.parseInt(args[i + 1]);
			case "--seed" -> seed = Long.parseLong(args[i + 1]);
			case "--out" -> out = Path.of(args[i + 1]);
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		long started = System.nanoTime();
		try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
			new ModelGenerator(customers, roles, seed).write(writer);
		}
		System.err.printf("ModelGenerator: %s, %,d customers, about %,d role assignments, %,d bytes, %.1f s%n", out,
				customers, customers * roles, Files.size(out), (System.nanoTime() - started) / 1e9);
	}

	private static String id(char kind, int index) {
		return String.format("_%c%021d", kind, index);
	}

	private void write(Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.write("<outsidein:OutsideInModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:outsidein=\"http://www.outsidein.org/model/1.0\" id=\"_model\" name=\"Generated ecosystem\""
				+ " methodologies=\"" + LIBRARY + "methodology-outside-innovation\">\n");
		out.write("  <organisation id=\"_org\" name=\"Generated Ltd\" customerBaseSize=\"" + customers * 8
				+ "\" headcount=\"" + employees * 2 + "\">\n");
		int departments = 12;
		for (int d = 0; d < departments; d++) {
			out.write("    <departments id=\"" + id('d', d) + "\" name=\"Department " + d + "\"/>\n");
		}
		for (int e = 0; e < employees; e++) {
			out.write("    <employees id=\"" + id('e', e) + "\" name=\"Employee " + e + "\" department=\""
					+ id('d', e % departments) + "\"" + (e % 40 == 0 ? " executive=\"true\"" : "") + "/>\n");
		}
		out.write("  </organisation>\n");
		for (int s = 0; s < 8; s++) {
			out.write("  <segments id=\"" + id('s', s) + "\" name=\"Segment " + s + "\" size=\"" + customers + "\"/>\n");
		}
		for (int c = 0; c < customers; c++) {
			writeCustomer(out, c);
		}
		for (int o = 0; o < outcomes; o++) {
			String ratings = o % 17 == 0 ? "" : String.format(" importance=\"%.1f\" satisfaction=\"%.1f\"",
					random.nextInt(101) / 10.0, random.nextInt(101) / 10.0);
			out.write("  <outcomes id=\"" + id('o', o) + "\" name=\"Outcome " + o + "\"" + ratings + "/>\n");
		}
		for (int t = 0; t < 10; t++) {
			out.write("  <toolkits id=\"" + id('t', t) + "\" name=\"Toolkit " + t + "\" outcomes=\"" + id('o', t)
					+ "\" users=\"" + sample('c', customers, 50) + "\"/>\n");
		}
		for (int m = 0; m < 20; m++) {
			out.write("  <communities id=\"" + id('m', m) + "\" name=\"Community " + m + "\" members=\""
					+ sample('c', customers, 200) + "\" employees=\"" + sample('e', employees, 5) + "\"/>\n");
		}
		writeAssessment(out, 2025);
		writeAssessment(out, 2026);
		out.write("</outsidein:OutsideInModel>\n");
	}

	private void writeCustomer(Writer out, int c) throws IOException {
		boolean leadUser = c % 100 == 0;
		out.write("  <customers id=\"" + id('c', c) + "\" name=\"Customer " + c + "\" segment=\"" + id('s', c % 8)
				+ "\"" + (leadUser ? " leadUser=\"true\"" : "") + ">\n");
		int roles = Math.max(0, rolesPerCustomer - 1 + random.nextInt(3));
		for (int r = 0; r < roles; r++) {
			int role = (c + r) % ROLES.length;
			out.write("    <roles id=\"" + id('r', c * 8 + r) + "\" role=\"" + LIBRARY + ROLES[role] + "\" depth=\""
					+ DEPTHS[random.nextInt(DEPTHS.length)] + "\" since=\"20" + (15 + random.nextInt(11))
					+ "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\" outcomes=\""
					+ id('o', random.nextInt(outcomes)) + "\" interactingEmployees=\"" + id('e', random.nextInt(employees))
					+ "\"/>\n");
		}
		if (leadUser) {
			out.write("    <inventions id=\"" + id('i', c) + "\" name=\"Invention " + c + "\" status=\"Documented\""
					+ " outcome=\"" + id('o', c % outcomes) + "\"/>\n");
		}
		out.write("  </customers>\n");
	}

	private void writeAssessment(Writer out, int year) throws IOException {
		out.write("  <assessments id=\"" + id('a', year) + "\" name=\"Assessment " + year + "\" date=\"" + year
				+ "-03-01\">\n");
		int answer = 0;
		for (int r = 0; r < ROLES.length; r++) {
			for (int a = 1; a <= ACTIVITIES_PER_ROLE[r]; a++) {
				writeAnswer(out, year, answer++, ROLES[r] + "-" + a);
			}
		}
		for (String step : STEPS) {
			for (int a = 1; a <= 4; a++) {
				writeAnswer(out, year, answer++, step + "-" + a);
			}
		}
		out.write("  </assessments>\n");
	}

	private void writeAnswer(Writer out, int year, int index, String activity) throws IOException {
		String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
		out.write("    <answers id=\"" + id('q', year * 100 + index) + "\" activity=\"" + LIBRARY + activity
				+ "\" category=\"" + category + "\"" + ("We Will".equals(category) ? " plan=\"Pilot\" budget=\"10000\""
						+ " deliveryDate=\"" + (year + 1) + "-06-30\"" : "") + ">\n");
		out.write("      <nextStep id=\"" + id('n', year * 100 + index) + "\" action=\"Follow up\" responsible=\""
				+ id('e', index) + "\" deadline=\"" + year + "-0" + (4 + index % 6) + "-15\"/>\n");
		out.write("    </answers>\n");
	}

	private String sample(char kind, int bound, int count) {
		StringBuilder ids = new StringBuilder();
		int step = Math.max(1, bound / count);
		for (int i = random.nextInt(step); i < bound && count-- > 0; i += step) {
			ids.append(ids.length() == 0 ? "" : " ").append(id(kind, i));
		}
		return ids.toString();
	}
}
