package org.outsidein.reports;

import org.outsidein.model.Customer;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;

/** Model text that would do harm if a report printed it unescaped. */
final class Hostile {

	static final String SCRIPT = "<script>alert('owned')</script>";
	static final String IMAGE = "\"><img src=x onerror=alert(1)>";
	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
	static final String MARKDOWN = "*Ada* | [link](http://evil.example) `code`";

	private Hostile() {
	}

	/** Renames the first lead user and gives her inventions with hostile names; returns the model. */
	static OutsideInModel inject(OutsideInModel model) {
		Customer lead = model.getCustomers().stream().filter(Customer::isLeadUser).findFirst().orElseThrow();
		lead.setName(SCRIPT);
		for (String name : new String[] { IMAGE, FORMULA, MARKDOWN }) {
			Invention invention = OutsideInFactory.eINSTANCE.createInvention();
			invention.setName(name);
			invention.setStatus(InventionStatus.PILOTING);
			lead.getInventions().add(invention);
		}
		model.getOrganisation().setName("Cairnwood & <Sons>");
		return model;
	}
}
