package org.outsidein.core.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.outsidein.model.Customer;
import org.outsidein.model.Invention;
import org.outsidein.model.InventionStatus;
import org.outsidein.model.OutsideInModel;

/** Lead users' inventions by how far they have come, from observed to commercialised. */
public final class InventionPipeline {

	private InventionPipeline() {
	}

	/** Every status, in pipeline order, with its inventions (maybe none). */
	public static Map<InventionStatus, List<Invention>> of(OutsideInModel model) {
		Map<InventionStatus, List<Invention>> pipeline = new EnumMap<>(InventionStatus.class);
		for (InventionStatus status : InventionStatus.values()) {
			pipeline.put(status, new ArrayList<>());
		}
		for (Customer customer : model.getCustomers()) {
			for (Invention invention : customer.getInventions()) {
				pipeline.get(invention.getStatus()).add(invention);
			}
		}
		return Collections.unmodifiableMap(pipeline);
	}
}
