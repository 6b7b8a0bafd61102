package org.sstc.catalogue.search;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sstc.catalogue.CatalogueTest;
import org.sstc.catalogue.practice.Practice;
import org.sstc.catalogue.practice.PracticeRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Saves split the embedded index into segments, one each; once they pause, the periodic
 * check merges the segments into one, and searches find the same practices.
 */
@CatalogueTest
class IndexSegmentsTests {

	@Autowired
	IndexSegments segments;

	@Autowired
	SearchIndexMaintenance maintenance;

	@Autowired
	PracticeSearch search;

	@Autowired
	PracticeRepository practices;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSegmentsThatSavesLeaveAreMergedIntoOneOnceTheSavesPause() {
		// a save of a practice saved before leaves no more segments: the earlier one,
		// wholly replaced, goes
		List<Integer> saved = IntStream.rangeClosed(1, IndexSegments.MOST_KEPT + 2).boxed().toList();
		try {
			saved.forEach((number) -> this.transactions.executeWithoutResult((status) -> practice(number).unpublish()));
			assertThat(this.segments.shape().segments()).isGreaterThan(IndexSegments.MOST_KEPT);

			// the first check finds the saves, the second nothing written since
			this.maintenance.check();
			this.maintenance.check();
			await().atMost(Duration.ofSeconds(30)).until(() -> this.segments.shape().segments() == 1);

			assertThat(this.search.search(SearchQuery.empty(100)).total()).isEqualTo(30 - saved.size());
			assertThat(this.search.search(SearchQuery.empty(100).withText("child labour")).hits())
				.extracting((hit) -> hit.practice().number())
				.contains(19);
		}
		finally {
			this.transactions.executeWithoutResult((status) -> saved.forEach((number) -> practice(number).publish()));
		}
	}

	private Practice practice(int number) {
		return this.practices.findAll()
			.stream()
			.filter((practice) -> practice.getNumber() == number)
			.findFirst()
			.orElseThrow();
	}

}
