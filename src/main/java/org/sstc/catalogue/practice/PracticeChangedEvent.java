package org.sstc.catalogue.practice;

/**
 * Published whenever a practice is written, at the flush; listen with
 * {@code @TransactionalEventListener} to act once the change is committed (and not at all
 * when it is rolled back).
 */
public record PracticeChangedEvent(long practiceId) {
}
