package org.outsidein.core.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.model.Identified;
import org.outsidein.model.OutsideInPackage;
import org.xml.sax.SAXParseException;

/** Turns what the XML parser and EMF throw into a message a user can act on: where, and what was expected. */
final class LoadProblems {

	static final String EXPECTED_MODEL = "expected an Outside-In model (XMI, namespace " + OutsideInPackage.eNS_URI
			+ ")";

	private static final Pattern END_TAG = Pattern.compile("element type \"([^\"]+)\" must be terminated by the matching end-tag");
	private static final Pattern BAD_CHARACTER = Pattern.compile("invalid XML character \\(Unicode: 0x([0-9a-fA-F]+)\\)");

	private LoadProblems() {
	}

	/** Call it before the failed resource is unloaded: the message names the elements involved. */
	static ModelLoadException describe(Path file, Exception failure) {
		if (anyMessageStartsWith(failure, "Invalid encoding name")) {
			// the XML declaration's encoding runs on into the file: its closing quote was lost
			return new ModelLoadException(file, 1, 1, "the XML declaration at the top of the file is damaged (its"
					+ " encoding is not a name); expected <?xml version=\"1.0\" encoding=\"UTF-8\"?>", failure);
		}
		SAXParseException parse = find(failure, SAXParseException.class);
		if (parse != null) {
			return new ModelLoadException(file, parse.getLineNumber(), parse.getColumnNumber(),
					parserProblem(parse.getMessage()), failure);
		}
		UnsupportedEncodingException encoding = find(failure, UnsupportedEncodingException.class);
		if (encoding != null) {
			return new ModelLoadException(file, 1, 1, "the file declares the character encoding '" + encoding.getMessage()
					+ "', which is not known; expected UTF-8 (save the file as UTF-8)", failure);
		}
		Resource.Diagnostic diagnostic = find(failure, Resource.Diagnostic.class);
		if (diagnostic != null) {
			int[] where = diagnostic.getLine() > 0 ? new int[] { diagnostic.getLine(), diagnostic.getColumn() }
					: elementPlace(file, diagnostic);
			String problem = diagnostic instanceof PackageNotFoundException missing && declaresModelNamespace(file)
					? missingPackage(file, missing.uri())
					: emfProblem(diagnostic);
			return new ModelLoadException(file, where[0], where[1], problem, failure);
		}
		return new ModelLoadException(file, 0, 0, String.valueOf(rootCause(failure).getMessage()), failure);
	}

	/**
	 * Where the element a problem is about starts, found by its id. EMF resolves references at the end of the
	 * file, when the parser no longer knows the line of the reference; the element's own line is the next best.
	 */
	private static int[] elementPlace(Path file, Resource.Diagnostic diagnostic) {
		EObject element = diagnostic instanceof IllegalValueException illegal ? illegal.getObject()
				: diagnostic instanceof FeatureNotFoundException unknown ? unknown.getObject() : null;
		String id = element instanceof Identified identified ? identified.getId() : null;
		if (id == null) {
			return new int[] { 0, 0 };
		}
		String attribute = "id=\"" + id + "\"";
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				int column = line.indexOf(attribute);
				if (column >= 0 && (column == 0 || Character.isWhitespace(line.charAt(column - 1)))) {
					return new int[] { number, column + 1 };
				}
			}
		} catch (IOException | RuntimeException e) {
			// no place then: the message still names the element
		}
		return new int[] { 0, 0 };
	}

	/**
	 * An Outside-In model using concepts of another package that is not installed: a methodology author's plug-in
	 * the user does not have. Said so, rather than "unknown namespace", so that they know what to install.
	 */
	private static String missingPackage(Path file, String nsURI) {
		String start = "the model uses concepts of the package '" + nsURI + "', which no installed plug-in provides";
		return DynamicPackages.whyNotLoaded(file, nsURI)
				.map(why -> start + ": " + why + ". The file is left as it is")
				.orElse(start + " (is a methodology plug-in missing?); install the plug-in that defines it, or put its"
						+ " .ecore file next to the model. The file is left as it is");
	}

	/** Whether the file names the Outside-In namespace near its start, where a model file declares it. */
	private static boolean declaresModelNamespace(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			char[] start = new char[8192];
			int read = reader.read(start);
			return read > 0 && new String(start, 0, read).contains("\"" + OutsideInPackage.eNS_URI + "\"");
		} catch (IOException | RuntimeException e) {
			return false;
		}
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
		Matcher endTag = END_TAG.matcher(text);
		if (endTag.find()) {
			return "the element <" + endTag.group(1) + "> is not closed here; expected its closing tag </"
					+ endTag.group(1) + ">";
		}
		Matcher character = BAD_CHARACTER.matcher(text);
		if (character.find()) {
			return "a control character (U+" + character.group(1).toUpperCase(Locale.ROOT) + ") that XML does not allow is"
					+ " in the text; remove it";
		}
		return text;
	}

	private static String emfProblem(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof FeatureNotFoundException unknown && unknown.getObject() != null) {
			return "'" + unknown.getName() + "' is not something " + ElementLabels.aType(unknown.getObject().eClass())
					+ " has (misspelt, or written by a newer version of Outside-In?)";
		}
		if (diagnostic instanceof PackageNotFoundException missing) {
			return "unknown namespace '" + missing.uri() + "'; " + EXPECTED_MODEL;
		}
		if (diagnostic instanceof IllegalValueException illegal
				&& illegal.getFeature() instanceof EAttribute attribute) {
			return "'" + illegal.getValue() + "' is not a valid " + ElementLabels.featureName(attribute) + "; expected "
					+ expectedValues(attribute.getEAttributeType());
		}
		if (diagnostic instanceof IllegalValueException illegal && illegal.getFeature() instanceof EReference reference
				&& illegal.getValue() instanceof EObject value) {
			String expected = ElementLabels.aType(reference.getEReferenceType());
			return "the " + ElementLabels.featureName(reference) + " of " + ElementLabels.label(illegal.getObject()) + " refers to "
					+ ElementLabels.label(value) + ", which is not " + expected + "; expected the id of " + expected;
		}
		return withoutLocation(diagnostic);
	}

	private static String expectedValues(EDataType type) {
		if (type instanceof EEnum enumeration) {
			return "one of " + enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral)
					.collect(Collectors.joining(", "));
		}
		Class<?> kind = type.getInstanceClass();
		if (kind == XMLGregorianCalendar.class) {
			return "a date as YYYY-MM-DD";
		}
		if (kind == int.class || kind == Integer.class || kind == long.class) {
			return "a whole number (at most " + String.format(Locale.ROOT, "%,d", Integer.MAX_VALUE) + ")";
		}
		if (kind == double.class || kind == Double.class) {
			return "a number such as 7.5";
		}
		if (kind == java.math.BigDecimal.class) {
			return "an amount such as 12000 or 12000.50";
		}
		if (kind == boolean.class || kind == Boolean.class) {
			return "true or false";
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

	private static boolean anyMessageStartsWith(Throwable failure, String start) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause.getMessage() != null && cause.getMessage().startsWith(start)) {
				return true;
			}
		}
		return false;
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
