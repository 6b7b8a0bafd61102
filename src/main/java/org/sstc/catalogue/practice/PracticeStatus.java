package org.sstc.catalogue.practice;

/** Only published practices appear on public pages and in the API. */
public enum PracticeStatus {

	DRAFT, PUBLISHED, ARCHIVED

}
