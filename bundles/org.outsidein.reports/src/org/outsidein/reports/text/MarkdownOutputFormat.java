package org.outsidein.reports.text;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * FreeMarker output format for Markdown: every value from the model is escaped so that it shows as text,
 * whatever characters it holds (a customer called "*Ada* | <script>" stays exactly that, in one table cell).
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markdown> {

	public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

	/** Markdown text produced by a template. */
	public static final class Markdown extends CommonTemplateMarkupOutputModel<Markdown> {
		Markdown(String plainText, String markupText) {
			super(plainText, markupText);
		}

		@Override
		public MarkdownOutputFormat getOutputFormat() {
			return INSTANCE;
		}
	}

	private MarkdownOutputFormat() {
	}

	@Override
	public String getName() {
		return "Markdown";
	}

	@Override
	public String getMimeType() {
		return "text/markdown";
	}

	@Override
	public void output(String textToEscape, Writer out) throws IOException {
		out.write(escape(textToEscape));
	}

	@Override
	public String escapePlainText(String plainTextContent) {
		return escape(plainTextContent);
	}

	@Override
	public boolean isLegacyBuiltInBypassed(String builtInName) {
		return false;
	}

	@Override
	protected Markdown newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
		return new Markdown(plainTextContent, markupContent);
	}

	/**
	 * Backslash-escapes the characters that make emphasis, links, code, tables and inline HTML, and those that
	 * would start a heading or a list at the start of a value; line breaks become spaces so that a value never
	 * breaks a table. Dates and numbers stay readable ("2026-05-14", not "2026\\-05\\-14").
	 */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				escaped.append(' ');
			} else if ("\\`*_[]<>|~&".indexOf(c) >= 0 || i == 0 && "#+-!=".indexOf(c) >= 0) {
				escaped.append('\\').append(c);
			} else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
