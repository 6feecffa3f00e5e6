package org.outsidein.core.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outsidein.model.Employee;
import org.outsidein.model.OutsideInModel;

/**
 * Loading a model never opens a network connection, and reads no file but the model's neighbours and the
 * installed methodology library, each as carefully as the model: a listener on this machine stands in for a
 * server a hostile file points at, and must see nothing.
 */
class NoNetworkTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String MODEL_NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
			+ " xmlns:outsidein=\"http://www.outsidein.org/model/1.0\"";

	@TempDir
	Path folder;

	private ServerSocket listener;
	private final AtomicInteger connections = new AtomicInteger();
	private Thread accepting;

	@BeforeEach
	void listen() throws IOException {
		listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		accepting = new Thread(() -> {
			while (!listener.isClosed()) {
				try (Socket socket = listener.accept()) {
					connections.incrementAndGet();
				} catch (IOException closed) {
					return;
				}
			}
		}, "hostile-server");
		accepting.setDaemon(true);
		accepting.start();
	}

	@AfterEach
	void stop() throws Exception {
		listener.close();
		accepting.join(2_000);
		assertEquals(0, connections.get(), "the server a file named was contacted");
	}

	private String server() {
		return "http://127.0.0.1:" + listener.getLocalPort();
	}

	@Test
	void aNamespaceOverTheNetworkIsAnUnknownNamespaceNotADownload() throws Exception {
		Path file = write("namespace.outsidein", HEADER + "<evil:Model xmlns:evil=\"" + server() + "/evil.ecore\"/>\n");
		ModelLoadException refused = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(refused.getProblem().startsWith("unknown namespace '" + server() + "/evil.ecore'"), refused.getMessage());
	}

	@Test
	void aTypeFromANamespaceOverTheNetworkIsRefusedToo() throws Exception {
		Path file = write("type.outsidein", HEADER + "<outsidein:OutsideInModel " + MODEL_NS + " xmlns:evil=\"" + server()
				+ "/types.ecore\" id=\"m\">\n  <customers xsi:type=\"evil:Customer\" id=\"c\"/>\n</outsidein:OutsideInModel>\n");
		ModelLoadException refused = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
		assertTrue(refused.getMessage().contains(server() + "/types.ecore"), refused.getMessage());
	}

	@Test
	void aReferenceOverTheNetworkStaysUnresolved() throws Exception {
		Employee employee = employeeWhoseDepartmentIs(server() + "/evil.xmi#d");
		assertTrue(employee.getDepartment() == null || employee.getDepartment().eIsProxy(), "nothing was fetched");
	}

	@Test
	void aFileNextToTheModelIsReadWithTheSameCareAsTheModel() throws Exception {
		write("evil.xmi", HEADER + "<!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<outsidein:Department " + MODEL_NS + " id=\"d\" name=\"&secret;\"/>\n");
		Employee employee = employeeWhoseDepartmentIs("evil.xmi#d");
		assertTrue(employee.getDepartment() == null || employee.getDepartment().eIsProxy(), "no entity was expanded");
		Resource evil = employee.eResource().getResourceSet().getResources().stream()
				.filter(r -> r.getURI().lastSegment().equals("evil.xmi")).findFirst().orElseThrow();
		assertFalse(evil.getErrors().isEmpty(), "the DOCTYPE is refused");
		assertTrue(evil.getErrors().get(0).getMessage().contains("DOCTYPE"), evil.getErrors().get(0).getMessage());
	}

	@Test
	void aFileElsewhereIsNotRead() throws Exception {
		Path elsewhere = Files.createTempDirectory("outsidein-elsewhere");
		try {
			Files.writeString(elsewhere.resolve("departments.outsidein"), HEADER + "<outsidein:OutsideInModel " + MODEL_NS
					+ " id=\"x\">\n  <organisation id=\"o\">\n    <departments id=\"d\" name=\"Secret\"/>\n  </organisation>\n"
					+ "</outsidein:OutsideInModel>\n");
			Employee direct = employeeWhoseDepartmentIs(elsewhere.toUri() + "departments.outsidein#d");
			assertTrue(direct.getDepartment() == null || direct.getDepartment().eIsProxy(), "an absolute path elsewhere");
			Files.createSymbolicLink(folder.resolve("linked"), elsewhere);
			Employee linked = employeeWhoseDepartmentIs("linked/departments.outsidein#d");
			assertTrue(linked.getDepartment() == null || linked.getDepartment().eIsProxy(), "a link from here to elsewhere");
		} finally {
			try (var files = Files.walk(elsewhere)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void aModelNextToTheModelIsRead() throws Exception {
		write("departments.outsidein", HEADER + "<outsidein:OutsideInModel " + MODEL_NS + " id=\"x\">\n"
				+ "  <organisation id=\"o\">\n    <departments id=\"d\" name=\"Design\"/>\n  </organisation>\n"
				+ "</outsidein:OutsideInModel>\n");
		Employee employee = employeeWhoseDepartmentIs("departments.outsidein#d");
		assertFalse(employee.getDepartment().eIsProxy(), "a neighbour is one of the user's models");
		assertEquals("Design", employee.getDepartment().getName());
	}

	private Employee employeeWhoseDepartmentIs(String reference) throws Exception {
		Path file = write("model.outsidein", HEADER + "<outsidein:OutsideInModel " + MODEL_NS + " id=\"m\">\n"
				+ "  <organisation id=\"o\">\n    <employees id=\"e\" name=\"Eli\" department=\"" + reference + "\"/>\n"
				+ "  </organisation>\n</outsidein:OutsideInModel>\n");
		OutsideInModel model = ModelFiles.load(file);
		EcoreUtil.resolveAll(model.eResource().getResourceSet());
		return model.getOrganisation().getEmployees().get(0);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content);
	}
}
