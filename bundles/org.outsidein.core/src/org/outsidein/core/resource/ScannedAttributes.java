package org.outsidein.core.resource;

import java.util.Arrays;

import org.xml.sax.Attributes;

/**
 * The attributes of one start tag as {@link ModelXmlScanner} read them, reused from tag to tag: qualified name,
 * namespace, local name and value, in document order (all CDATA: a model file has no DTD).
 */
final class ScannedAttributes implements Attributes {

	private String[] qNames = new String[16];
	private String[] uris = new String[16];
	private String[] localNames = new String[16];
	private String[] values = new String[16];
	private int length;

	void clear() {
		Arrays.fill(values, 0, length, null);
		length = 0;
	}

	void add(String qName, String value) {
		if (length == qNames.length) {
			int grown = length * 2;
			qNames = Arrays.copyOf(qNames, grown);
			uris = Arrays.copyOf(uris, grown);
			localNames = Arrays.copyOf(localNames, grown);
			values = Arrays.copyOf(values, grown);
		}
		qNames[length] = qName;
		values[length] = value;
		length++;
	}

	void name(int index, String uri, String localName) {
		uris[index] = uri;
		localNames[index] = localName;
	}

	@Override
	public int getLength() {
		return length;
	}

	@Override
	public String getURI(int index) {
		return index < length ? uris[index] : null;
	}

	@Override
	public String getLocalName(int index) {
		return index < length ? localNames[index] : null;
	}

	@Override
	public String getQName(int index) {
		return index < length ? qNames[index] : null;
	}

	@Override
	public String getType(int index) {
		return index < length ? "CDATA" : null;
	}

	@Override
	public String getValue(int index) {
		return index >= 0 && index < length ? values[index] : null;
	}

	@Override
	public int getIndex(String uri, String localName) {
		for (int i = 0; i < length; i++) {
			if (uris[i].equals(uri) && localNames[i].equals(localName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public int getIndex(String qName) {
		for (int i = 0; i < length; i++) {
			if (qNames[i].equals(qName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public String getType(String uri, String localName) {
		return getIndex(uri, localName) < 0 ? null : "CDATA";
	}

	@Override
	public String getType(String qName) {
		return getIndex(qName) < 0 ? null : "CDATA";
	}

	@Override
	public String getValue(String uri, String localName) {
		return getValue(getIndex(uri, localName));
	}

	@Override
	public String getValue(String qName) {
		return getValue(getIndex(qName));
	}
}
