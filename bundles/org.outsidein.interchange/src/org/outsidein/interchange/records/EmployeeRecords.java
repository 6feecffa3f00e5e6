package org.outsidein.interchange.records;

import java.util.List;

import org.outsidein.model.Department;
import org.outsidein.model.Employee;
import org.outsidein.model.Organisation;
import org.outsidein.model.OutsideInFactory;
import org.outsidein.model.OutsideInModel;

/** Employees as an HR system exports them: department, job title, and whether they are an executive. */
public final class EmployeeRecords implements RecordType<EmployeeRecord, Employee> {

	static final Column DEPARTMENT = new Column("department");
	static final Column JOB_TITLE = new Column("job title");
	static final Column EXECUTIVE = new Column("executive");
	private static final List<Column> COLUMNS = List.of(EXTERNAL_ID, NAME, DEPARTMENT, JOB_TITLE, EXECUTIVE);

	private final OutsideInModel model;
	private final Groups<Department> departments;

	public EmployeeRecords(OutsideInModel model) {
		this.model = model;
		List<Department> existing = model.getOrganisation() == null ? List.of() : model.getOrganisation().getDepartments();
		this.departments = new Groups<>("department", existing, this::newDepartment);
	}

	private Department newDepartment(String name) {
		Department department = OutsideInFactory.eINSTANCE.createDepartment();
		department.setName(name);
		organisation().getDepartments().add(department);
		return department;
	}

	/** The organisation employees belong to; a model without one gets one, named after the model. */
	private Organisation organisation() {
		if (model.getOrganisation() == null) {
			Organisation organisation = OutsideInFactory.eINSTANCE.createOrganisation();
			organisation.setName(model.getName());
			model.setOrganisation(organisation);
		}
		return model.getOrganisation();
	}

	@Override
	public String noun() {
		return "employee";
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public EmployeeRecord read(Row row) throws BadValue {
		return new EmployeeRecord(row.text(EXTERNAL_ID), row.text(NAME), row.has(DEPARTMENT) ? row.text(DEPARTMENT) : null,
				row.has(JOB_TITLE) ? row.text(JOB_TITLE) : null,
				row.has(EXECUTIVE) ? Values.yesNo(row.text(EXECUTIVE), EXECUTIVE) : null);
	}

	@Override
	public List<Employee> existing() {
		return model.getOrganisation() == null ? List.of() : model.getOrganisation().getEmployees();
	}

	@Override
	public Employee create() {
		return OutsideInFactory.eINSTANCE.createEmployee();
	}

	@Override
	public void addAll(List<Employee> created) {
		if (!created.isEmpty()) {
			RecordType.addNew(organisation().getEmployees(), created);
		}
	}

	@Override
	public void apply(EmployeeRecord record, Employee employee, ChangeNotes notes) {
		if (record.department() != null) {
			notes.set("department", employee.getDepartment(),
					departments.replacing(employee.getDepartment(), record.department()), employee::setDepartment);
		}
		if (record.jobTitle() != null) {
			notes.set("job title", Values.text(employee.getJobTitle()), Values.text(record.jobTitle()), employee::setJobTitle);
		}
		if (record.executive() != null) {
			notes.set("executive", employee.isExecutive(), record.executive(), employee::setExecutive);
		}
	}

	@Override
	public List<String> created() {
		return departments.created();
	}

	@Override
	public List<String> write(Employee employee) {
		return List.of(Values.cell(employee.getExternalId()), Values.cell(employee.getName()),
				employee.getDepartment() == null ? "" : Values.cell(employee.getDepartment().getName()),
				Values.cell(employee.getJobTitle()), Values.yesNo(employee.isExecutive()));
	}
}
