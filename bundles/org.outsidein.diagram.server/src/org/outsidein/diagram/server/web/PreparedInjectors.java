package org.outsidein.diagram.server.web;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.google.inject.Injector;

/**
 * The GLSP injector for the next browser connection, made ahead of it on a background thread. Building one (Guice
 * reading the bindings of the server and of every diagram, and what the handshake asks of it) took a third of a
 * second and more, which a page waited for between opening its websocket and being sent its diagram. One injector is
 * kept ready; handing it out starts the making of the next.
 */
final class PreparedInjectors implements Supplier<Injector>, AutoCloseable {

	private final Supplier<Injector> factory;
	private final ExecutorService preparer;
	private Future<Injector> next;

	/** @param contextLoader the context class loader the injectors are made with (GLSP finds its parts through it) */
	PreparedInjectors(Supplier<Injector> factory, ClassLoader contextLoader) {
		this.factory = factory;
		this.preparer = Executors.newSingleThreadExecutor(work -> {
			Thread thread = new Thread(work, "outsidein-diagram-injectors");
			thread.setDaemon(true);
			thread.setContextClassLoader(contextLoader);
			return thread;
		});
		this.next = preparer.submit(factory::get);
	}

	@Override
	public synchronized Injector get() {
		Future<Injector> ready = next;
		next = preparer.submit(factory::get);
		try {
			return ready.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return factory.get();
		} catch (ExecutionException e) {
			throw new IllegalStateException("the diagram server could not be prepared for a page", e.getCause());
		}
	}

	/** Waits until the injector for the next connection is made (or failed: the connection will say so). */
	void awaitNext(Duration atMost) {
		Future<Injector> ready;
		synchronized (this) {
			ready = next;
		}
		try {
			ready.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | TimeoutException e) {
			// the connection that takes it reports the failure; a slow machine just makes the page wait
		}
	}

	@Override
	public void close() {
		preparer.shutdownNow();
	}
}
