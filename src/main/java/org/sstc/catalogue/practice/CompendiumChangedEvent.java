package org.sstc.catalogue.practice;

/**
 * Published when a compendium is created or its title, biennium, publisher or preface
 * change, so that what shows its title (facet labels) reads it again; listen with
 * {@code @TransactionalEventListener} to act once the change is committed.
 */
public record CompendiumChangedEvent(String code) {
}
