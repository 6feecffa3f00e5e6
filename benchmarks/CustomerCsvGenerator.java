import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a CRM export of N customers for the import benchmark, as a spreadsheet in a comma-decimal country saves
 * it: UTF-8 with a byte order mark, semicolons, CRLF, a notes column with quoted line breaks the import does not
 * read. About three roles per customer with depths, twenty segments, one customer in ten a group. Deterministic
 * for a given seed; plain Java, so any benchmark can run it:
 *
 *   java benchmarks/CustomerCsvGenerator.java --rows 100000 --out customers.csv
 */
public final class CustomerCsvGenerator {

	private static final String[] ROLES = { "Lead Customers", "Contributors", "Consultants", "Guides", "Promoters" };
	private static final String[] DEPTHS = { "Acquainted", "Engaged", "Collaborating", "Partnering" };
	private static final int SEGMENTS = 20;

	private final Random random;

	private CustomerCsvGenerator(long seed) {
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws IOException {
		int rows = 100_000;
		long seed = 1;
		Path out = Path.of("customers.csv");
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--rows" -> rows = Integer.parseInt(args[i + 1]);
			case "--seed" -> seed = Long.parseLong(args[i + 1]);
			case "--out" -> out = Path.of(args[i + 1]);
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		long started = System.nanoTime();
		try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
			new CustomerCsvGenerator(seed).write(writer, rows);
		}
		System.err.printf("CustomerCsvGenerator: %s, %,d rows, %,d bytes, %.1f s%n", out, rows, Files.size(out),
				(System.nanoTime() - started) / 1e9);
	}

	private void write(Writer out, int rows) throws IOException {
		out.write("\uFEFFExternal ID;Name;Segment;Kind;Group size;Lead user;Current customer;Roles;Notes\r\n");
		for (int row = 0; row < rows; row++) {
			boolean group = row % 10 == 9;
			out.write(String.format("CRM-%07d;%s %d;Segment %d;%s;%s;%s;%s;%s;%s\r\n", row, group ? "Group" : "Customer", row,
					row % SEGMENTS, group ? "Group" : "Individual", group ? String.valueOf(20 + random.nextInt(2000)) : "",
					row % 100 == 0 ? "yes" : "no", random.nextInt(10) == 0 ? "no" : "yes", roles(row),
					row % 50 == 0 ? "\"Met at the fair;\r\nfollow up in spring\"" : ""));
		}
	}

	/** Two to four of the five roles, each with a depth. */
	private String roles(int row) {
		StringBuilder roles = new StringBuilder();
		int count = 2 + random.nextInt(3);
		for (int r = 0; r < count; r++) {
			roles.append(r == 0 ? "" : " | ").append(ROLES[(row + r) % ROLES.length]).append(" (")
					.append(DEPTHS[random.nextInt(DEPTHS.length)]).append(')');
		}
		return roles.toString();
	}
}
