package org.outsidein.interchange.tables;

import static org.outsidein.interchange.tables.TableColumn.bool;
import static org.outsidein.interchange.tables.TableColumn.integer;
import static org.outsidein.interchange.tables.TableColumn.text;

import org.outsidein.core.metrics.EngagementMetrics;
import org.outsidein.model.Customer;
import org.outsidein.model.OutsideInModel;

/** One row per customer entry (a person, an organisation or a group). */
final class CustomerTable {

	private CustomerTable() {
	}

	static Table of(OutsideInModel model) {
		Table table = new Table("customers", text("id"), text("external_id"), text("name"), text("description"),
				text("kind"), integer("group_size"), integer("customers_represented"), bool("current_customer"),
				bool("lead_user"), text("segment_id"), text("segment"), integer("roles_played"), integer("inventions"));
		for (Customer customer : model.getCustomers()) {
			table.add(customer.getId(), customer.getExternalId(), customer.getName(), customer.getDescription(),
					Cells.literal(customer.getKind()), customer.getGroupSize(),
					EngagementMetrics.customersRepresented(customer), customer.isCurrentCustomer(), customer.isLeadUser(),
					Cells.id(customer.getSegment()), Cells.name(customer.getSegment()), customer.getRoles().size(),
					customer.getInventions().size());
		}
		return table;
	}
}
