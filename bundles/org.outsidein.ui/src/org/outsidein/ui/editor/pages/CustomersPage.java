package org.outsidein.ui.editor.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.core.library.MethodologyLibrary;
import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.edit.ui.ChoiceCellEditor;
import org.outsidein.edit.ui.DataValueCellEditor;
import org.outsidein.model.Customer;
import org.outsidein.model.CustomerKind;
import org.outsidein.model.CustomerRole;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.model.RelationshipDepth;
import org.outsidein.model.RoleAssignment;
import org.outsidein.model.util.Days;
import org.outsidein.ui.editor.ModelEditor;

/**
 * Customers and the roles they play: a table of every customer (filter, sort), the selected customer's
 * details, and the roles it plays with their depth and date edited in place; who engages them, and the
 * outcomes they care about, in the Properties view.
 */
public class CustomersPage extends ModelFormPage {

	public static final String ID = "customers";
	private static final OutsideInPackage P = OutsideInPackage.eINSTANCE;

	private ElementTable<Customer> customers;
	private ElementTable<RoleAssignment> roles;
	private List<FeatureField> details;
	private Combo roleToAdd;
	private List<CustomerRole> addableRoles = List.of();
	private Customer current;

	public CustomersPage(ModelEditor editor) {
		super(editor, ID, "Customers and Roles");
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		body.setLayout(new FillLayout());
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		Composite left = section(toolkit, sash, "Customers", "Everyone in the ecosystem: customers, groups, lead users.", 1);
		Text filter = toolkit.createText(left, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by any column");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		customers = new ElementTable<>(left, () -> model().getCustomers(), List.of(
				ElementTable.Column.<Customer>of("Name", 180, ElementLabels::name),
				ElementTable.Column.<Customer>of("Kind", 90, c -> c.getKind().getLiteral()),
				ElementTable.Column.<Customer, Integer>sortedBy("People", 70,
						c -> String.valueOf(EngagementMetrics.customersRepresented(c)), EngagementMetrics::customersRepresented),
				ElementTable.Column.<Customer>of("Segment", 100, c -> c.getSegment() == null ? "" : ElementLabels.name(c.getSegment())),
				ElementTable.Column.<Customer>of("Lead user", 70, c -> c.isLeadUser() ? "yes" : ""),
				ElementTable.Column.<Customer>of("Customer", 70, c -> c.isCurrentCustomer() ? "yes" : "no"),
				ElementTable.Column.<Customer>of("Roles", 200, CustomersPage::roleNames)));
		filter.addModifyListener(event -> customers.setFilter(filter.getText()));
		customers.viewer().addSelectionChangedListener(event -> showCustomer());
		follow(customers);
		Composite buttons = toolkit.createComposite(left);
		buttons.setLayout(new GridLayout(2, false));
		button(toolkit, buttons, "Add customer", this::addCustomer);
		button(toolkit, buttons, "Remove", () -> commands().delete(customers.selected()));

		Composite right = toolkit.createComposite(sash);
		right.setLayout(new GridLayout(1, false));
		Composite fields = section(toolkit, right, "Customer", null, 2);
		details = List.of(FeatureField.create(toolkit, fields, "Name:", P.getNamed_Name(), edited()),
				FeatureField.create(toolkit, fields, "Kind:", P.getCustomer_Kind(), edited()),
				FeatureField.create(toolkit, fields, "Group size:", P.getCustomer_GroupSize(), edited()),
				FeatureField.create(toolkit, fields, "Segment:", P.getCustomer_Segment(), edited()),
				FeatureField.create(toolkit, fields, "Lead user:", P.getCustomer_LeadUser(), edited()),
				FeatureField.create(toolkit, fields, "Current customer:", P.getCustomer_CurrentCustomer(), edited()),
				FeatureField.create(toolkit, fields, "Description:", P.getNamed_Description(), edited()));
		Composite played = section(toolkit, right, "Roles played",
				"Depth and date here; outcomes and the employees who engage them in the Properties view.", 1);
		roles = new ElementTable<>(played, () -> current == null ? List.of() : current.getRoles(), List.of(
				ElementTable.Column.<RoleAssignment>of("Role", 130, a -> ElementLabels.name(a.getRole())),
				ElementTable.Column.<RoleAssignment>of("Depth", 110, a -> a.getDepth().getLiteral())
						.editedWith(viewer -> new CommandEditingSupport(viewer, new ChoiceCellEditor(viewer.getTable(),
								RelationshipDepth.VALUES, value -> ((RelationshipDepth) value).getLiteral()), row -> (EObject) row,
								P.getRoleAssignment_Depth(), commands())),
				ElementTable.Column.<RoleAssignment>of("Since", 90, a -> Days.text(a.getSince()))
						.editedWith(viewer -> new CommandEditingSupport(viewer, new DataValueCellEditor(viewer.getTable(),
								OutsideInPackage.Literals.DATE, true), row -> (EObject) row, P.getRoleAssignment_Since(),
								commands())),
				ElementTable.Column.<RoleAssignment>of("Outcomes", 150,
						a -> a.getOutcomes().stream().map(ElementLabels::name).collect(Collectors.joining("; "))),
				ElementTable.Column.<RoleAssignment>of("Employees", 150, CustomersPage::employeeNames)));
		follow(roles);
		Composite roleButtons = toolkit.createComposite(played);
		roleButtons.setLayout(new GridLayout(3, false));
		roleToAdd = new Combo(roleButtons, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(roleToAdd, true, false);
		button(toolkit, roleButtons, "Add role", this::addRole);
		button(toolkit, roleButtons, "Remove role", () -> commands().delete(roles.selected()));
		sash.setWeights(3, 2);
	}

	private static Button button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private static String roleNames(Customer customer) {
		return customer.getRoles().stream().map(a -> ElementLabels.name(a.getRole())).collect(Collectors.joining(", "));
	}

	private static String employeeNames(RoleAssignment assignment) {
		return java.util.stream.Stream.concat(assignment.getInteractingEmployees().stream(),
				assignment.getMonitoringEmployees().stream()).distinct().map(ElementLabels::name)
				.collect(Collectors.joining(", "));
	}

	private void addCustomer() {
		Customer customer = OutsideInFactory.eINSTANCE.createCustomer();
		customer.setName("New customer");
		customer.setKind(CustomerKind.INDIVIDUAL);
		if (commands().add(model(), P.getOutsideInModel_Customers(), customer)) {
			customers.refresh();
			customers.reveal(customer);
			details.get(0).control().setFocus();
		}
	}

	private void addRole() {
		int index = roleToAdd.getSelectionIndex();
		if (current == null || index < 0 || index >= addableRoles.size()) {
			return;
		}
		RoleAssignment assignment = OutsideInFactory.eINSTANCE.createRoleAssignment();
		assignment.setRole(addableRoles.get(index));
		commands().add(current, P.getCustomer_Roles(), assignment);
	}

	private void showCustomer() {
		List<Customer> selected = customers.selected();
		current = selected.size() == 1 ? selected.get(0) : null;
		details.forEach(field -> field.show(current));
		roles.refresh();
		addableRoles = MethodologyLibrary.rolesOf(model());
		roleToAdd.setItems(addableRoles.stream().map(ElementLabels::name).toArray(String[]::new));
		if (!addableRoles.isEmpty()) {
			roleToAdd.select(0);
		}
	}

	@Override
	protected void refresh() {
		customers.refresh();
		if (current != null && current.eContainer() == null) {
			current = null;
		}
		details.forEach(field -> field.show(current));
		roles.refresh();
	}

	@Override
	public ISelectionProvider viewer() {
		return customers == null ? null : customers.viewer();
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof org.outsidein.model.Customer || element instanceof RoleAssignment;
	}

	@Override
	public boolean reveal(EObject element) {
		if (customers == null) {
			return false;
		}
		if (element instanceof RoleAssignment assignment && assignment.eContainer() instanceof Customer owner) {
			customers.reveal(owner);
			showCustomer();
			return roles.reveal(assignment);
		}
		return customers.reveal(element);
	}
}
