package org.sstc.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sstc.catalogue.practice.Practice;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with PostgreSQL, the source of truth, without ever
 * taking the catalogue down. The index is checked once the web server answers, then at a
 * fixed interval:
 * <ul>
 * <li>an index in step with the database is used as it is;</li>
 * <li>a stale one (rows written behind the application's back, as Flyway does; an older
 * document version; writes that failed to reach it) keeps serving searches while it is
 * brought up to date, practice by practice;</li>
 * <li>a missing, emptied or unreadable one (deleted or corrupt files) is set aside and
 * rebuilt; until it is complete, searches answer that search is being prepared (HTTP 503)
 * while the practices' pages, which come from the database, work as ever.</li>
 * </ul>
 * A failure met by a search starts the same repair at once. All rebuilding happens on one
 * background thread.
 * <p>
 * On OpenSearch with outbox-polling coordination, every instance shares the index and the
 * outbox: one instance at a time rebuilds ({@link IndexBuildLock}), the others wait and
 * then find the index it built; an index that lags the database while the outbox still
 * holds events is catching up, not stale; and repairs go through the mass indexer or the
 * outbox, never the per-request indexing that this coordination does not have.
 */
@Component
public class SearchIndexMaintenance {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexMaintenance.class);

	/** Practices loaded and indexed together when an index is updated in place. */
	private static final int BATCH_SIZE = 200;

	/** How many set-aside copies of a broken index are kept for inspection. */
	private static final int BROKEN_COPIES_KEPT = 1;

	/** Where the index stands. */
	public enum State {

		/**
		 * Not checked yet (a moment after start-up): an empty index must not answer as if
		 * nothing matched.
		 */
		STARTING,
		/** In step with the database. */
		READY,
		/** Being brought up to date; searches use it meanwhile. */
		UPDATING,
		/** Missing or broken, being rebuilt: nothing to search until it is complete. */
		PREPARING

	}

	/** What a check found. */
	enum Condition {

		CURRENT, STALE, EMPTY, UNREADABLE

	}

	private final EntityManagerFactory entityManagerFactory;

	private final SearchProperties properties;

	private final ApplicationEventPublisher events;

	private final IndexWriteFailures writeFailures;

	private final IndexBuildLock buildLock;

	/** The embedded index's segments; none on OpenSearch, which merges its own. */
	private final IndexSegments segments;

	/** The segments as the previous check found them, or null. */
	private IndexSegments.Shape lastShape;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean repairQueued = new AtomicBoolean();

	private volatile State state = State.STARTING;

	SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, SearchProperties properties,
			ApplicationEventPublisher events, IndexWriteFailures writeFailures, IndexBuildLock buildLock,
			IndexSegments segments) {
		this.buildLock = buildLock;
		this.segments = (properties.backend() == SearchProperties.Backend.LUCENE) ? segments : null;
		this.entityManagerFactory = entityManagerFactory;
		this.properties = properties;
		this.events = events;
		this.writeFailures = writeFailures;
	}

	public State state() {
		return this.state;
	}

	/** Whether searches can be answered now. */
	public boolean searchable() {
		return this.state == State.READY || this.state == State.UPDATING;
	}

	/**
	 * Throws {@link SearchUnavailableException} while the index is being rebuilt from
	 * nothing.
	 */
	void requireSearchable() {
		if (!searchable()) {
			throw new SearchUnavailableException();
		}
	}

	/**
	 * Once the web server answers: the check never delays start-up, however long a
	 * rebuild takes.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void onApplicationStarted() {
		this.worker.execute(this::checkAtStart);
	}

	private void checkAtStart() {
		Condition condition;
		try {
			condition = condition();
		}
		catch (RuntimeException ex) {
			// PostgreSQL or the OpenSearch cluster is not there yet: the periodic check
			// tries again
			logger.warn("The search index could not be checked at start-up; trying again at the next check: {}",
					ex.toString());
			return;
		}
		if (this.properties.reindexOnStart() && condition == Condition.CURRENT) {
			logger.info("Rebuilding the search index, as catalogue.search.reindex-on-start asks");
			condition = Condition.STALE;
		}
		repair(condition);
	}

	/**
	 * Rebuilds the whole index from the database and waits for it; searches keep using
	 * the current index meanwhile when it is readable. Returns how many practices the
	 * index holds.
	 */
	public long reindex() {
		Future<Long> done = this.worker.submit(() -> this.buildLock.holding(() -> {
			Condition condition = condition();
			rebuild(condition == Condition.CURRENT || condition == Condition.STALE);
			return indexedCount();
		}));
		try {
			return done.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The search index could not be rebuilt", ex.getCause());
		}
	}

	/**
	 * Called when reading or writing the index failed: checks it and repairs it in the
	 * background.
	 */
	void indexFailed(Throwable failure) {
		if (isIndexFailure(failure) && this.repairQueued.compareAndSet(false, true)) {
			logger.warn("The search index failed ({}): checking and repairing it", failure.toString());
			this.worker.execute(() -> {
				this.repairQueued.set(false);
				try {
					Condition condition = condition();
					repair((condition == Condition.CURRENT && damaged()) ? Condition.UNREADABLE : condition);
				}
				catch (RuntimeException ex) {
					logger.warn("The search index could not be checked; trying again at the next check: {}",
							ex.toString());
				}
			});
		}
	}

	/**
	 * Whether a failure comes from the index's storage, not from the query: files missing
	 * or unreadable, or Lucene failing inside its own reading code, as it does on files
	 * damaged while it reads them (garbage offsets and lengths make it index out of its
	 * arrays); on OpenSearch, a cluster that cannot be reached (an I/O failure) or an
	 * index that is not there.
	 */
	static boolean isIndexFailure(Throwable failure) {
		if (SearchFailures.tooManyClauses(failure)) {
			return false;
		}
		if (SearchFailures.indexMissing(failure)) {
			return true;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException || cause instanceof AlreadyClosedException) {
				return true;
			}
			StackTraceElement[] stack = cause.getStackTrace();
			if (cause instanceof RuntimeException && !(cause instanceof SearchException) && stack.length > 0
					&& stack[0].getClassName().startsWith("org.apache.lucene.")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The periodic check: retries the index writes that failed, repairs an index that
	 * went missing or stale, and merges the segments of one that writes split.
	 */
	@Scheduled(fixedDelayString = "${catalogue.search.check-interval:30s}",
			initialDelayString = "${catalogue.search.check-interval:30s}")
	void check() {
		if (this.repairQueued.get()) {
			return;
		}
		this.worker.execute(() -> {
			Set<Long> failed = this.writeFailures.drain();
			try {
				Condition condition = condition();
				repair(condition);
				if (!failed.isEmpty() && condition != Condition.EMPTY && condition != Condition.UNREADABLE) {
					logger.info("Indexing again {} practices whose index writes failed", failed.size());
					index(failed);
				}
				if (condition == Condition.CURRENT && failed.isEmpty()) {
					mergeWhenQuiet();
				}
			}
			catch (RuntimeException ex) {
				failed.forEach(this.writeFailures::add);
				logger.warn("The search index could not be checked; trying again at the next check: {}", ex.toString());
			}
		});
	}

	/**
	 * Merges the index's segments into one when they are more than
	 * {@link IndexSegments#MOST_KEPT} and nothing was written since the previous check: a
	 * merge rewrites the whole index, so it waits for a burst of saves to end rather than
	 * following each.
	 */
	private void mergeWhenQuiet() {
		if (this.segments == null) {
			return;
		}
		IndexSegments.Shape shape = this.segments.shape();
		boolean quiet = shape.equals(this.lastShape);
		this.lastShape = shape;
		if (quiet && shape.tooMany()) {
			long started = System.nanoTime();
			this.segments.merge();
			this.lastShape = this.segments.shape();
			logger.info("Merged the search index's {} segments into {} in {} ms", shape.segments(),
					this.lastShape.segments(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	private void repair(Condition found) {
		try {
			if (found == Condition.CURRENT || !this.properties.outboxPolling()) {
				repairNow(found);
			}
			else {
				// another instance may be rebuilding the shared index: wait for it, then
				// look again
				this.buildLock.holding(() -> {
					repairNow(condition());
					return null;
				});
			}
		}
		catch (RuntimeException ex) {
			// the database may be away, or the disk full: the next check tries again
			logger.error("The search index could not be repaired; trying again at the next check", ex);
		}
	}

	private void repairNow(Condition condition) {
		switch (condition) {
			case CURRENT -> this.state = State.READY;
			case STALE -> {
				if (this.state != State.STARTING && !this.properties.outboxPolling()
						&& catchUp() == Condition.CURRENT) {
					this.state = State.READY;
				}
				else {
					rebuild(true);
				}
			}
			case EMPTY, UNREADABLE -> {
				if (condition == Condition.UNREADABLE) {
					setAside();
				}
				rebuild(false);
			}
		}
	}

	/**
	 * Rebuilds the index. In place when the current one is readable (each practice's
	 * document replaced, then those of practices no longer in the database removed), so
	 * that searches go on; from nothing otherwise.
	 */
	private void rebuild(boolean inPlace) {
		long started = System.nanoTime();
		this.state = inPlace ? State.UPDATING : State.PREPARING;
		this.events.publishEvent(new SearchIndexBuildStartedEvent(inPlace));
		if (inPlace) {
			updateInPlace();
		}
		else {
			buildFromNothing();
		}
		long count = indexedCount();
		logger.info("Indexed {} practices in {} ms", count, (System.nanoTime() - started) / 1_000_000);
		// what depends on the index's content (facet value names) is read before searches
		// see the new index
		this.events.publishEvent(new SearchIndexRebuiltEvent(count));
		this.state = State.READY;
	}

	private void buildFromNothing() {
		try {
			Path directory = this.properties.localIndexDirectory();
			if (directory != null) {
				// a folder deleted under the running catalogue, or set aside: dropping
				// the index needs it there
				Files.createDirectories(directory);
			}
			massIndexer().dropAndCreateSchemaOnStart(true)
				// one segment: every query term is looked up once per segment, and a
				// fresh index has no other writes
				.mergeSegmentsOnFinish(true)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while building the search index", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void updateInPlace() {
		if (this.properties.outboxPolling()) {
			updateInPlaceThroughMassIndexer();
			return;
		}
		// not the mass indexer: on the embedded backend, without purging first, it adds a
		// second document for every practice instead of replacing the first (200,000
		// documents for 100,000 practices, measured 2026-12-02)
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(entityManager);
			OverlappingBatches writes = new OverlappingBatches();
			session.indexingPlanSynchronizationStrategy(writes);
			long lastId = 0;
			while (true) {
				List<Practice> batch = entityManager
					.createQuery("select p from Practice p where p.id > :last order by p.id", Practice.class)
					.setParameter("last", lastId)
					.setMaxResults(BATCH_SIZE)
					.getResultList();
				if (batch.isEmpty()) {
					break;
				}
				batch.forEach(session.indexingPlan()::addOrUpdate);
				session.indexingPlan().execute();
				lastId = batch.get(batch.size() - 1).getId();
				entityManager.clear();
			}
			gone(entityManager, session).forEach((id) -> session.indexingPlan().purge(Practice.class, id, null));
			session.indexingPlan().execute();
			writes.awaitLast();
			// every document was written again
			mergeSegments();
			session.workspace(Practice.class).flush();
			session.workspace(Practice.class).refresh();
		}
		finally {
			entityManager.close();
		}
	}

	private void mergeSegments() {
		if (this.segments != null) {
			this.segments.merge();
		}
	}

	/**
	 * With outbox-polling, documents are written by the mass indexer (which pauses event
	 * processing meanwhile) over the current ones, and those of practices no longer in
	 * the database are removed through the outbox.
	 */
	private void updateInPlaceThroughMassIndexer() {
		try {
			massIndexer().purgeAllOnStart(false).startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while updating the search index", ex);
		}
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(entityManager);
			List<Long> gone = gone(entityManager, session);
			if (!gone.isEmpty()) {
				entityManager.getTransaction().begin();
				gone.forEach((id) -> session.indexingPlan().purge(Practice.class, id, null));
				entityManager.getTransaction().commit();
			}
		}
		finally {
			entityManager.close();
		}
	}

	private MassIndexer massIndexer() {
		return Search.mapping(this.entityManagerFactory)
			.scope(Practice.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(50);
	}

	/**
	 * The practices the index holds that the database no longer does; read by scrolling,
	 * since OpenSearch answers at most 10,000 hits a request.
	 */
	private static List<Long> gone(EntityManager entityManager, SearchSession session) {
		Set<Long> inDatabase = Set
			.copyOf(entityManager.createQuery("select p.id from Practice p", Long.class).getResultList());
		List<Long> gone = new ArrayList<>();
		try (SearchScroll<Long> scroll = session.search(Practice.class)
			.select((f) -> f.id(Long.class))
			.where((f) -> f.matchAll())
			.scroll(1000)) {
			for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				chunk.hits().stream().filter((id) -> !inDatabase.contains(id)).forEach(gone::add);
			}
		}
		return gone;
	}

	/**
	 * Indexes the practices changed since the index's latest change (writes that never
	 * reached it), and tells how the index then compares with the database.
	 */
	private Condition catchUp() {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			List<Instant> latest = Search.session(entityManager)
				.search(Practice.class)
				.select((f) -> f.field(PracticeFields.UPDATED_AT, Instant.class))
				.where((f) -> f.matchAll())
				.sort((f) -> f.field(PracticeFields.UPDATED_AT).desc())
				.fetchHits(1);
			Set<Long> changed = Set
				.copyOf(entityManager.createQuery("select p.id from Practice p where p.updatedAt > :since", Long.class)
					.setParameter("since", latest.isEmpty() ? Instant.EPOCH : latest.get(0))
					.getResultList());
			if (!changed.isEmpty()) {
				logger.info("Indexing {} practices changed since the index's latest change", changed.size());
				index(changed);
			}
		}
		finally {
			entityManager.close();
		}
		return condition();
	}

	/**
	 * Indexes these practices again, and removes from the index those no longer in the
	 * database; {@value #BATCH_SIZE} at a time, each batch written and then let go, so
	 * that thousands of changes (a script's import) never hold the heap at once.
	 */
	private void index(Set<Long> ids) {
		List<Long> sorted = ids.stream().sorted().toList();
		for (int from = 0; from < sorted.size(); from += BATCH_SIZE) {
			List<Long> batch = sorted.subList(from, Math.min(sorted.size(), from + BATCH_SIZE));
			EntityManager entityManager = this.entityManagerFactory.createEntityManager();
			try {
				SearchSession session = Search.session(entityManager);
				session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
				List<Practice> found = entityManager
					.createQuery("select p from Practice p where p.id in :ids", Practice.class)
					.setParameter("ids", batch)
					.getResultList();
				found.forEach(session.indexingPlan()::addOrUpdate);
				Set<Long> foundIds = found.stream().map(Practice::getId).collect(Collectors.toSet());
				batch.stream()
					.filter((id) -> !foundIds.contains(id))
					.forEach((id) -> session.indexingPlan().purge(Practice.class, id, null));
				session.indexingPlan().execute();
			}
			finally {
				entityManager.close();
			}
		}
	}

	/**
	 * A broken index's files are moved aside, for inspection, before it is rebuilt; older
	 * such copies go.
	 */
	private void setAside() {
		Path directory = this.properties.localIndexDirectory();
		if (directory == null || !Files.isDirectory(directory)) {
			return;
		}
		Path aside = directory.resolveSibling(directory.getFileName() + ".broken-" + Instant.now().toEpochMilli());
		try {
			Files.move(directory, aside);
			logger.warn("The search index at {} could not be read: moved to {} and rebuilt", directory, aside);
			try (Stream<Path> siblings = Files.list(directory.getParent())) {
				siblings
					.filter((path) -> path.getFileName().toString().startsWith(directory.getFileName() + ".broken-"))
					.sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
					.skip(BROKEN_COPIES_KEPT)
					.forEach(SearchIndexMaintenance::deleteTree);
			}
		}
		catch (IOException ex) {
			logger.warn("The broken search index at {} could not be set aside: it is rebuilt over", directory, ex);
		}
	}

	private static void deleteTree(Path path) {
		try (Stream<Path> tree = Files.walk(path)) {
			tree.sorted((a, b) -> b.compareTo(a)).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}", path, ex);
		}
	}

	/**
	 * How the index compares with the database: its number of practices, latest change
	 * and document version.
	 */
	Condition condition() {
		Condition condition = comparedWithDatabase();
		if (condition == Condition.STALE && this.properties.outboxPolling()) {
			// an event processed a moment ago may not be visible yet (OpenSearch
			// refreshes every second)
			EntityManager entityManager = this.entityManagerFactory.createEntityManager();
			try {
				Search.session(entityManager).workspace(Practice.class).refresh();
			}
			finally {
				entityManager.close();
			}
			condition = comparedWithDatabase();
		}
		return condition;
	}

	private Condition comparedWithDatabase() {
		if (!onDisk()) {
			return Condition.UNREADABLE;
		}
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			Object[] database = entityManager
				.createQuery("select count(p), max(p.updatedAt) from Practice p", Object[].class)
				.getSingleResult();
			long databaseCount = ((Number) database[0]).longValue();
			SearchSession session = Search.session(entityManager);
			long totalInIndex;
			List<Instant> latest;
			long current;
			try {
				var result = session.search(Practice.class)
					.select((f) -> f.field(PracticeFields.UPDATED_AT, Instant.class))
					.where((f) -> f.match()
						.field(PracticeFields.DOCUMENT_VERSION)
						.matching(PracticeIndexBinder.DOCUMENT_VERSION))
					.sort((f) -> f.field(PracticeFields.UPDATED_AT).desc())
					.fetch(1);
				current = result.total().hitCount();
				latest = result.hits();
				totalInIndex = session.search(Practice.class).where((f) -> f.matchAll()).fetchTotalHitCount();
			}
			catch (RuntimeException ex) {
				// an OpenSearch that cannot be reached is not a reason to rebuild what it
				// holds: checked again later
				if (isIndexFailure(ex) && (this.properties.backend() == SearchProperties.Backend.LUCENE
						|| SearchFailures.indexMissing(ex))) {
					return Condition.UNREADABLE;
				}
				throw ex;
			}
			if (totalInIndex == 0) {
				return (databaseCount == 0) ? Condition.CURRENT : Condition.EMPTY;
			}
			boolean inStep = current == databaseCount && totalInIndex == databaseCount
					&& Objects.equals(database[1], latest.isEmpty() ? null : latest.get(0));
			if (!inStep && this.properties.outboxPolling() && outboxPending(entityManager)) {
				// the instances' event processors are indexing the latest writes:
				// catching up, not stale
				return Condition.CURRENT;
			}
			return inStep ? Condition.CURRENT : Condition.STALE;
		}
		finally {
			entityManager.close();
		}
	}

	private static boolean outboxPending(EntityManager entityManager) {
		return ((Number) entityManager
			.createNativeQuery("select count(*) from hsearch_outbox_event where status = 'PENDING'")
			.getSingleResult()).longValue() > 0;
	}

	/**
	 * Whether the index's files are there, when it lives on disk: an open index does not
	 * notice their deletion.
	 */
	private boolean onDisk() {
		Path directory = this.properties.localIndexDirectory();
		if (directory == null) {
			return true;
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.anyMatch((file) -> file.getFileName().toString().startsWith("segments_"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Whether the index's files fail their checksums, when it lives on disk: a search
	 * that failed inside Lucene may have read damaged files that the quick check never
	 * touches.
	 */
	private boolean damaged() {
		Path directory = this.properties.localIndexDirectory();
		if (directory == null) {
			return false;
		}
		try (FSDirectory files = FSDirectory.open(directory);
				CheckIndex check = new CheckIndex(files, NoLockFactory.INSTANCE.obtainLock(files, "write.lock"))) {
			check.setChecksumsOnly(true);
			return !check.checkIndex().clean;
		}
		catch (IOException | RuntimeException ex) {
			return true;
		}
	}

	/**
	 * Whether the index differs from the database in its number of practices, latest
	 * change or document version.
	 */
	public boolean isStale() {
		return condition() != Condition.CURRENT;
	}

	private long indexedCount() {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			return Search.session(entityManager).search(Practice.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
		finally {
			entityManager.close();
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
