package org.outsidein.reports.maturity;

/** Where an organisation stands overall, from its overall score. See docs/maturity-model.md. */
public enum MaturityLevel {
	INITIAL(1, "Initial", "customer-led innovation happens by accident"),
	EXPLORING(2, "Exploring", "some roles and steps are tried"),
	PRACTISING(3, "Practising", "several roles and steps are practised on purpose"),
	EMBEDDED(4, "Embedded", "most roles and steps are part of how the organisation works"),
	CUSTOMER_LED(5, "Customer-led", "customers play active roles across the business");

	private final int number;
	private final String label;
	private final String meaning;

	MaturityLevel(int number, String label, String meaning) {
		this.number = number;
		this.label = label;
		this.meaning = meaning;
	}

	public static MaturityLevel of(double overall) {
		int index = (int) Math.floor(Math.max(0, Math.min(99.999, overall)) / 20);
		return values()[index];
	}

	public int number() {
		return number;
	}

	public String label() {
		return label;
	}

	public String meaning() {
		return meaning;
	}
}
