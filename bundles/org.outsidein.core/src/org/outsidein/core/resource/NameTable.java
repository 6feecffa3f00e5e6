package org.outsidein.core.resource;

/**
 * One String per element or attribute name, as an XML parser's symbol table keeps them: a model file repeats a
 * few dozen names millions of times, and a name found here is not copied, and its hash (which the metamodel's maps
 * need) is computed once. Names beyond {@link #MOST} are not kept (a file of endless distinct names is refused at
 * the first unknown one anyway).
 */
final class NameTable {

	private static final int MOST = 4096;

	private String[] table = new String[256];
	private int count;

	String name(char[] chars, int start, int length) {
		int hash = 0;
		for (int i = start, end = start + length; i < end; i++) {
			hash = 31 * hash + chars[i];
		}
		int mask = table.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			String known = table[slot];
			if (known == null) {
				return add(slot, new String(chars, start, length));
			}
			if (known.hashCode() == hash && same(known, chars, start, length)) {
				return known;
			}
		}
	}

	private String add(int slot, String name) {
		if (count == MOST) {
			return name;
		}
		table[slot] = name;
		if (++count * 2 > table.length) {
			String[] old = table;
			table = new String[old.length * 2];
			count = 0;
			for (String kept : old) {
				if (kept != null) {
					name(kept.toCharArray(), 0, kept.length());
				}
			}
		}
		return name;
	}

	private static boolean same(String known, char[] chars, int start, int length) {
		if (known.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (known.charAt(i) != chars[start + i]) {
				return false;
			}
		}
		return true;
	}
}
