package org.outsidein.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsidein.core.resource.ModelFiles;
import org.outsidein.model.Customer;
import org.outsidein.tests.support.LargeModels;
import org.outsidein.ui.editor.pages.CustomersPage;
import org.outsidein.ui.workbench.TestProject;
import org.outsidein.ui.workbench.Ui;

/**
 * The generated model of 100,000 customers in the editor: it opens, the customer table holds every customer
 * and scrolls. The times are written to target/large-model-timings.txt, as ratios to loading the file alone
 * in the same run (they are measured, not asserted: absolute times on shared machines are noise).
 */
class LargeModelTest {

	private static final int CUSTOMERS = 100_000;
	private TestProject project;

	@AfterEach
	void cleanUp() throws Exception {
		project.close();
	}

	@Test
	void theHundredThousandCustomerModelOpensAndItsTableScrolls() throws Exception {
		project = TestProject.named("Large model");
		Path path = LargeModels.generate(project.location().resolve("large.outsidein"), CUSTOMERS);
		IFile file = project.seen(path);

		long loadStarted = System.nanoTime();
		assertEquals(CUSTOMERS, ModelFiles.load(path).getCustomers().size());
		double load = seconds(loadStarted);
		System.gc();

		long openStarted = System.nanoTime();
		ModelEditor editor = (ModelEditor) IDE.openEditor(Ui.page(), file, ModelEditor.ID);
		Ui.settle();
		double open = seconds(openStarted);

		long pageStarted = System.nanoTime();
		editor.setActivePage(CustomersPage.ID);
		Ui.settle();
		double customersPage = seconds(pageStarted);
		Table table = findTable(editor);
		assertEquals(CUSTOMERS, table.getItemCount(), "every customer is in the table");

		long scrollStarted = System.nanoTime();
		table.setTopIndex(CUSTOMERS / 2);
		Ui.settle();
		TableItem middle = table.getItem(table.getTopIndex());
		assertTrue(middle.getData() instanceof Customer, String.valueOf(middle.getData()));
		double scroll = seconds(scrollStarted);
		Ui.screenshot("large-model-customers");

		Files.write(Path.of("target", "large-model-timings.txt"), List.of(
				String.format(Locale.ROOT, "model of %,d customers (%,d bytes)", CUSTOMERS, Files.size(path)),
				String.format(Locale.ROOT, "load alone (reference)         %.2f s", load),
				String.format(Locale.ROOT, "editor open, first page shown  %.2f s  (%.2f x load)", open, open / load),
				String.format(Locale.ROOT, "customers page shown           %.2f s  (%.2f x load)", customersPage,
						customersPage / load),
				String.format(Locale.ROOT, "scroll to the middle           %.2f s  (%.2f x load)", scroll, scroll / load)), StandardCharsets.UTF_8);
	}

	private static Table findTable(ModelEditor editor) {
		return (Table) Ui.find((org.eclipse.swt.widgets.Composite) editor.getActivePageInstance().getPartControl(),
				control -> control instanceof Table);
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}
}
