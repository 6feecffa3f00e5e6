package org.outsidein.validation.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.outsidein.validation.Issue;
import org.outsidein.validation.RuleDescriptor;
import org.outsidein.validation.ValidationResult;

/**
 * JUnit XML, which CI systems show as test results: a test suite per model, a test case per rule that ran.
 * A rule with findings at or above the failure threshold fails; findings below it go to the case's output.
 */
public class JUnitFormat implements ResultFormat {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("testsuites");
			xml.writeAttribute("name", "Outside-In validation");
			for (ValidationResult result : report.results()) {
				writeSuite(report, result, xml);
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			out.write('\n');
		} catch (XMLStreamException e) {
			throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
		}
	}

	private static void writeSuite(ValidationReport report, ValidationResult result, XMLStreamWriter xml)
			throws XMLStreamException {
		String file = report.display(result);
		long failures = result.rulesRun().stream().filter(rule -> failing(report, result, rule)).count();
		xml.writeCharacters("\n  ");
		xml.writeStartElement("testsuite");
		xml.writeAttribute("name", file);
		xml.writeAttribute("tests", Integer.toString(result.rulesRun().size()));
		xml.writeAttribute("failures", Long.toString(failures));
		xml.writeAttribute("errors", "0");
		xml.writeAttribute("time", seconds(result.totalRuleTime().toNanos()));
		for (RuleDescriptor rule : result.rulesRun()) {
			List<Issue> issues = result.issues().stream().filter(i -> i.ruleId().equals(rule.id())).toList();
			xml.writeCharacters("\n    ");
			xml.writeStartElement("testcase");
			xml.writeAttribute("classname", file);
			xml.writeAttribute("name", rule.id() + " (" + rule.name() + ")");
			var time = result.ruleTimes().get(rule.id());
			xml.writeAttribute("time", seconds(time == null ? 0 : time.toNanos()));
			List<Issue> failing = issues.stream().filter(i -> i.severity().isAtLeast(report.failOn())).toList();
			if (!failing.isEmpty()) {
				xml.writeStartElement("failure");
				xml.writeAttribute("type", failing.get(0).severity().word());
				xml.writeAttribute("message", failing.size() + (failing.size() == 1 ? " finding: " : " findings: ")
						+ failing.get(0).message());
				xml.writeCharacters(lines(report, result, failing));
				xml.writeEndElement();
			}
			List<Issue> below = issues.stream().filter(i -> !i.severity().isAtLeast(report.failOn())).toList();
			if (!below.isEmpty()) {
				xml.writeStartElement("system-out");
				xml.writeCharacters(lines(report, result, below));
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeCharacters("\n  ");
		xml.writeEndElement();
	}

	private static boolean failing(ValidationReport report, ValidationResult result, RuleDescriptor rule) {
		return result.issues().stream().anyMatch(i -> i.ruleId().equals(rule.id()) && i.severity().isAtLeast(report.failOn()));
	}

	private static String lines(ValidationReport report, ValidationResult result, List<Issue> issues) {
		return issues.stream().map(issue -> issue.severity().word() + ": " + report.location(result, issue) + ": "
				+ (issue.elementPath().isEmpty() ? "" : issue.elementPath() + ": ") + issue.message())
				.collect(Collectors.joining("\n", "\n", "\n"));
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
	}
}
