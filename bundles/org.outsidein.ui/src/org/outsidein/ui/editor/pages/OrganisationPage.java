package org.outsidein.ui.editor.pages;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.outsidein.core.labels.ElementLabels;
import org.outsidein.edit.ui.DataValueCellEditor;
import org.outsidein.model.Employee;
import org.outsidein.model.Department;
import org.outsidein.model.OutsideInPackage;
import org.outsidein.ui.editor.ModelEditor;

/** The organisation's departments and the employees who matter to the model: who engages customers, who owns next steps. */
public class OrganisationPage extends ModelFormPage {

	public static final String ID = "organisation";
	private static final OutsideInPackage P = OutsideInPackage.eINSTANCE;

	private ElementTable<Department> departments;
	private ElementTable<Employee> employees;

	public OrganisationPage(ModelEditor editor) {
		super(editor, ID, "Organisation");
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		body.setLayout(new GridLayout(2, false));
		if (model().getOrganisation() == null) {
			toolkit.createLabel(body, "The model has no organisation; add one on the Model page.", SWT.WRAP);
			return;
		}
		departments = listSection(toolkit, body, "Departments", null, model().getOrganisation(),
				P.getOrganisation_Departments(), "New department", List.of(
						ElementTable.Column.<Department>of("Department", 200, ElementLabels::name),
						ElementTable.Column.<Department, Long>sortedBy("Employees listed", 110,
								d -> String.valueOf(staffOf(d)), this::staffOf)));
		employees = listSection(toolkit, body, "Employees", "Job title in place; department and more in the Properties view.",
				model().getOrganisation(), P.getOrganisation_Employees(), "New employee", List.of(
						ElementTable.Column.<Employee>of("Name", 180, ElementLabels::name),
						ElementTable.Column.<Employee>of("Job title", 180, e -> e.getJobTitle() == null ? "" : e.getJobTitle())
								.editedWith(viewer -> new CommandEditingSupport(viewer, new DataValueCellEditor(viewer.getTable(),
										P.getEmployee_JobTitle().getEAttributeType(), true), row -> (EObject) row,
										P.getEmployee_JobTitle(), commands())),
						ElementTable.Column.<Employee>of("Department", 160,
								e -> e.getDepartment() == null ? "" : ElementLabels.name(e.getDepartment())),
						ElementTable.Column.<Employee>of("Executive", 80, e -> e.isExecutive() ? "yes" : "")));
	}

	private long staffOf(Department department) {
		return model().getOrganisation().getEmployees().stream().filter(e -> e.getDepartment() == department).count();
	}

	@Override
	protected void refresh() {
		if (departments != null) {
			departments.refresh();
			employees.refresh();
		}
	}

	@Override
	public ISelectionProvider viewer() {
		return employees == null ? null : employees.viewer();
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof Employee || element instanceof Department;
	}

	@Override
	public boolean reveal(EObject element) {
		return employees != null && (employees.reveal(element) || departments.reveal(element));
	}
}
