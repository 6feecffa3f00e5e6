package org.outsidein.interchange.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.outsidein.model.Identified;
import org.outsidein.model.Named;
import org.outsidein.model.util.Days;

/** Model values as table cells: references as ids, enumerations as their literal, dates as days. */
final class Cells {

	private Cells() {
	}

	/**
	 * The id of a referenced element. A reference that leads nowhere keeps what the file says it leads to, so that
	 * an analysis can still see it (validation reports it).
	 */
	static String id(EObject element) {
		if (element == null) {
			return null;
		}
		if (element.eIsProxy()) {
			return ((InternalEObject) element).eProxyURI().toString();
		}
		return element instanceof Identified identified ? identified.getId() : null;
	}

	/** The name of a referenced element as the model holds it; null for one that leads nowhere. */
	static String name(EObject element) {
		return element instanceof Named named && !element.eIsProxy() ? named.getName() : null;
	}

	/** The ids of referenced elements; one without an id (only an element built in memory can lack it) is left out. */
	static List<String> ids(Collection<? extends EObject> elements) {
		List<String> ids = new ArrayList<>(elements.size());
		for (EObject element : elements) {
			String id = id(element);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	static String literal(Enumerator value) {
		return value == null ? null : value.getLiteral();
	}

	static LocalDate day(XMLGregorianCalendar date) {
		return Days.of(date);
	}

	static BigDecimal money(BigDecimal amount) {
		return amount == null ? null : amount.setScale(Table.DECIMAL_SCALE, RoundingMode.HALF_EVEN);
	}
}
