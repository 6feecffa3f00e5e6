package org.outsidein.interchange.records;

import java.util.List;

import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;
import org.outsidein.model.Segment;

/** Customers as a CRM exports them: segment, kind, group size, the lead-user and current-customer flags, roles. */
public final class CustomerRecords implements RecordType<CustomerRecord, Customer> {

	static final Column SEGMENT = new Column("segment");
	static final Column KIND = new Column("kind");
	static final Column GROUP_SIZE = new Column("group size");
	static final Column LEAD_USER = new Column("lead user");
	static final Column CURRENT_CUSTOMER = new Column("current customer");
	static final Column ROLES = new Column("roles");
	private static final List<Column> COLUMNS = List.of(EXTERNAL_ID, NAME, SEGMENT, KIND, GROUP_SIZE, LEAD_USER,
			CURRENT_CUSTOMER, ROLES);

	private final OutsideInModel model;
	private final Groups<Segment> segments;
	private final RoleCell roles;

	public CustomerRecords(OutsideInModel model) {
		this.model = model;
		this.segments = new Groups<>("segment", model.getSegments(), this::newSegment);
		this.roles = new RoleCell(MethodologyLibrary.rolesOf(model));
	}

	private Segment newSegment(String name) {
		Segment segment = OutsideInFactory.eINSTANCE.createSegment();
		segment.setName(name);
		model.getSegments().add(segment);
		return segment;
	}

	@Override
	public String noun() {
		return "customer";
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public CustomerRecord read(Row row) throws BadValue {
		return new CustomerRecord(row.text(EXTERNAL_ID), row.text(NAME), row.has(SEGMENT) ? row.text(SEGMENT) : null,
				row.has(KIND) ? kind(row.text(KIND)) : null,
				row.has(GROUP_SIZE) ? Values.wholeNumber(row.text(GROUP_SIZE), GROUP_SIZE) : null,
				row.has(LEAD_USER) ? Values.yesNo(row.text(LEAD_USER), LEAD_USER) : null,
				row.has(CURRENT_CUSTOMER) ? Values.yesNo(row.text(CURRENT_CUSTOMER), CURRENT_CUSTOMER) : null,
				row.has(ROLES) ? roles.read(row.text(ROLES)) : null);
	}

	/** An empty kind is an individual, as in a new customer; CRMs in the US write Organization. */
	private static CustomerKind kind(String text) throws BadValue {
		if (text.isEmpty()) {
			return CustomerKind.INDIVIDUAL;
		}
		return Values.literal(text.equalsIgnoreCase("organization") ? CustomerKind.ORGANISATION.getLiteral() : text,
				CustomerKind.VALUES, KIND);
	}

	@Override
	public List<Customer> existing() {
		return model.getCustomers();
	}

	@Override
	public Customer create() {
		return OutsideInFactory.eINSTANCE.createCustomer();
	}

	@Override
	public void addAll(List<Customer> created) {
		RecordType.addNew(model.getCustomers(), created);
	}

	@Override
	public void apply(CustomerRecord record, Customer customer, ChangeNotes notes) {
		if (record.segment() != null) {
			notes.set("segment", customer.getSegment(), segments.replacing(customer.getSegment(), record.segment()),
					customer::setSegment);
		}
		if (record.kind() != null) {
			notes.set("kind", customer.getKind(), record.kind(), customer::setKind);
		}
		if (record.groupSize() != null) {
			notes.set("group size", customer.getGroupSize(), record.groupSize(), customer::setGroupSize);
		}
		if (record.leadUser() != null) {
			notes.set("lead user", customer.isLeadUser(), record.leadUser(), customer::setLeadUser);
		}
		if (record.currentCustomer() != null) {
			notes.set("current customer", customer.isCurrentCustomer(), record.currentCustomer(), customer::setCurrentCustomer);
		}
		if (record.roles() != null) {
			RoleChanges.apply(customer, record.roles(), notes);
		}
	}

	@Override
	public List<String> created() {
		return segments.created();
	}

	@Override
	public List<String> write(Customer customer) {
		return List.of(Values.cell(customer.getExternalId()), Values.cell(customer.getName()),
				customer.getSegment() == null ? "" : Values.cell(customer.getSegment().getName()), customer.getKind().getLiteral(),
				customer.getGroupSize() == 0 ? "" : String.valueOf(customer.getGroupSize()), Values.yesNo(customer.isLeadUser()),
				Values.yesNo(customer.isCurrentCustomer()), RoleCell.write(customer.getRoles()));
	}
}
