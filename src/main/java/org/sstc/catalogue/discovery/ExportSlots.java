package org.sstc.catalogue.discovery;

import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

/**
 * The exports of whole result sets that may run at once ({@link ExportProperties}): an
 * export takes a slot before it writes anything, and gives it back when it ends, however
 * it ends (done, failed, or the client gone).
 */
@Component
class ExportSlots {

	private final Semaphore slots;

	ExportSlots(ExportProperties properties) {
		this.slots = new Semaphore(properties.concurrent());
	}

	/**
	 * A slot, to be closed when the export ends.
	 * @throws ExportsBusyException when every slot is taken
	 */
	Slot take() {
		if (!this.slots.tryAcquire()) {
			throw new ExportsBusyException();
		}
		return this.slots::release;
	}

	/** A slot held by a running export. */
	interface Slot extends AutoCloseable {

		@Override
		void close();

	}

}
