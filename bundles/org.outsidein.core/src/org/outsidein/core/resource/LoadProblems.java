package org.outsidein.core.resource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.outsidein.model.OutsideInPackage;
import org.xml.sax.SAXParseException;

/** Turns what the XML parser and EMF throw into a message a user can act on: where, and what was expected. */
final class LoadProblems {

	static final String EXPECTED_MODEL = "expected an Outside-In model (XMI, namespace " + OutsideInPackage.eNS_URI
			+ ")";

	private LoadProblems() {
	}

	static ModelLoadException describe(Path file, Exception failure) {
		SAXParseException parse = find(failure, SAXParseException.class);
		if (parse != null) {
			return new ModelLoadException(file, parse.getLineNumber(), parse.getColumnNumber(),
					parserProblem(parse.getMessage()), failure);
		}
		Resource.Diagnostic diagnostic = find(failure, Resource.Diagnostic.class);
		if (diagnostic != null) {
			return new ModelLoadException(file, diagnostic.getLine(), diagnostic.getColumn(),
					emfProblem(diagnostic), failure);
		}
		return new ModelLoadException(file, 0, 0, String.valueOf(rootCause(failure).getMessage()), failure);
	}

	private static String parserProblem(String message) {
		String text = String.valueOf(message);
		if (text.contains("DOCTYPE is disallowed")) {
			return "a DOCTYPE declaration is not allowed in a model file (it can smuggle in external or"
					+ " self-expanding entities); " + EXPECTED_MODEL;
		}
		if (text.contains("Premature end of file")) {
			return "the file has no XML content; " + EXPECTED_MODEL;
		}
		if (text.contains("must start and end within the same entity")) {
			return "the file ends in the middle of the model (truncated?); expected the rest of the model"
					+ " up to its closing tag";
		}
		if (text.contains("Content is not allowed in prolog")) {
			return "this is not XML; " + EXPECTED_MODEL;
		}
		return text;
	}

	private static String emfProblem(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof PackageNotFoundException missing) {
			return "unknown namespace '" + missing.uri() + "'; " + EXPECTED_MODEL;
		}
		if (diagnostic instanceof IllegalValueException illegal
				&& illegal.getFeature() instanceof EAttribute attribute) {
			return "'" + illegal.getValue() + "' is not a valid " + attribute.getName() + "; expected "
					+ expectedValues(attribute.getEAttributeType());
		}
		return withoutLocation(diagnostic);
	}

	private static String expectedValues(EDataType type) {
		if (type instanceof EEnum enumeration) {
			return "one of " + enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral)
					.collect(Collectors.joining(", "));
		}
		if (type.getInstanceClass() == LocalDate.class) {
			return "a date as YYYY-MM-DD";
		}
		return "a value of type " + type.getName();
	}

	/** EMF appends "(location, line, column)" to its messages; the location is already in front. */
	private static String withoutLocation(Resource.Diagnostic diagnostic) {
		String message = String.valueOf(diagnostic.getMessage());
		String suffix = " (" + diagnostic.getLocation() + ", " + diagnostic.getLine() + ", " + diagnostic.getColumn()
				+ ")";
		return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
	}

	private static <T> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** SAX wraps its causes in its own field rather than in getCause(). */
	private static Throwable next(Throwable cause) {
		if (cause instanceof org.xml.sax.SAXException sax && sax.getException() != null
				&& sax.getException() != cause) {
			return sax.getException();
		}
		return cause.getCause() == cause ? null : cause.getCause();
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (next(cause) != null) {
			cause = next(cause);
		}
		return cause;
	}
}
