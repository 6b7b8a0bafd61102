package org.sstc.catalogue.practice;

/** Published when staff save, publish, archive or restore a practice, after the change is committed. */
public record PracticeChangedEvent(long practiceId) {
}
